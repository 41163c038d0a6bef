/**
 * A learner's wallet presents a micro-credential to an admissions office, which asked with a
 * fresh challenge; the office verifies the presentation and the credential inside it.
 * Run: npx tsx examples/verify-presentation.ts
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createMicroCredential, generateKey, signPresentation, verifyPresentation } from 'microcred';

const completion = JSON.parse(readFileSync(new URL('./am-data-analytics.json', import.meta.url), 'utf8'));
const university = await generateKey({ suite: 'eddsa-rdfc-2022' });
const credential = await createMicroCredential(completion, { profile: 'am', key: university });

// The office asks: a one-time challenge, and its own domain.
const challenge = randomUUID();
const domain = 'admissions.example.am';

// The wallet answers with a presentation signed by the learner's key.
const learner = await generateKey({ suite: 'eddsa-rdfc-2022' });
const presentation = await signPresentation(
  { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'], holder: learner.controller, verifiableCredential: [credential] },
  { key: learner, challenge, domain },
);

const report = await verifyPresentation(presentation, { challenge, domain, trust: { trusted: [university.controller] } });
console.log(report.verified ? 'verified' : 'NOT verified', report.credentials[0]?.microCredential?.title.hy);
for (const check of report.checks) console.log(`${check.status.padEnd(4)} ${check.id}: ${check.message}`);

// The same presentation replayed to another request fails.
const replay = await verifyPresentation(presentation, { challenge: randomUUID(), domain });
console.log('replayed:', replay.verified ? 'verified' : 'NOT verified', replay.checks.find((c) => c.status === 'fail')?.code);
if (!report.verified || replay.verified) process.exit(1);
