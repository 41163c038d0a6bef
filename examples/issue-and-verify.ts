/**
 * An LMS turns a course completion into a signed Open Badges 3.0 micro-credential, and a
 * verifier checks it. Run: npx tsx examples/issue-and-verify.ts
 */
import { readFileSync } from 'node:fs';
import { createMicroCredential, generateKey, verify } from 'microcred';

const completion = JSON.parse(readFileSync(new URL('./ge-ai-research.json', import.meta.url), 'utf8'));

// Once per institution: an issuer key (keep the key file secret; here a did:key for the demo).
const key = await generateKey({ suite: 'eddsa-rdfc-2022' });

// Per learner: validate against the Georgian profile, map to OB 3.0, sign.
const credential = await createMicroCredential(completion, { profile: 'ge', key });

// At the admissions office: verify what was received.
const report = await verify(credential, { trust: { trusted: [key.controller] } });
console.log(report.verified ? 'verified' : 'NOT verified', report.microCredential?.title.ka);
for (const check of report.checks) console.log(`${check.status.padEnd(4)} ${check.id}: ${check.message}`);
