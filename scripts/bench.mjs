/**
 * npm run bench — credentials per second to issue and to verify, in one process on the same
 * inputs (the Georgian example, one credential per learner id):
 *   (a) a naive baseline: plain @digitalbazaar/vc issue/verifyCredential with DataIntegrityProof +
 *       eddsa-rdfc-2022 and a document loader that returns the same bundled contexts from a Map;
 *   (b) microcred: createMicroCredential / verify (which also validates, maps, and checks schema,
 *       profile and validity);
 * plus microcred's other suites, VC-JWT, cohort issuance with worker threads (`microcred batch`),
 * refusing a status-list GZIP bomb, and peak RSS. Never run by the tests.
 * The last line is: ratio issue=<sdk/baseline> verify=<sdk/baseline>
 */
import { readFileSync } from 'node:fs';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {
  createMicroCredential, decodeBitstring, generateKey, toOpenBadge, verify,
} from '../dist/index.js';
import { gzipSync } from 'node:zlib';
import { bundledContexts } from '../dist/index.js';
import { issueBatch } from '../dist/service.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const N = Number(process.env.BENCH_N ?? 200);
const example = JSON.parse(readFileSync(new URL('../examples/ge-ai-research.json', import.meta.url), 'utf8'));
const inputs = Array.from({ length: N }, (_, i) => ({
  ...example,
  id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  learner: { ...example.learner, identifiers: [{ type: 'studentId', value: `TSU-2025-${String(i).padStart(5, '0')}` }] },
}));
let peakRss = 0;
const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };

async function time(label, fn) {
  await fn(0); // warm-up: context processing, key import, JIT
  global.gc?.();
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    await fn(i);
    if (i % 20 === 0) sample();
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { label, perSecond: N / seconds, msEach: (seconds * 1000) / N };
}

// (a) Baseline
const draft = await Ed25519Multikey.generate();
const did = `did:key:${draft.publicKeyMultibase}`;
const keyPair = await Ed25519Multikey.from({ ...(await draft.export({ publicKey: true, secretKey: true })), id: `${did}#${draft.publicKeyMultibase}`, controller: did });
const contexts = new Map(bundledContexts());
const publicMethod = await keyPair.export({ publicKey: true, includeContext: true });
const controllerDoc = {
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
  id: keyPair.controller, verificationMethod: [publicMethod], assertionMethod: [publicMethod.id],
};
const baselineLoader = async (url) => {
  if (contexts.has(url)) return { contextUrl: null, documentUrl: url, document: contexts.get(url) };
  if (url === keyPair.id) return { contextUrl: null, documentUrl: url, document: publicMethod };
  if (url === keyPair.controller) return { contextUrl: null, documentUrl: url, document: controllerDoc };
  throw new Error(`not found: ${url}`);
};
const unsigned = inputs.map((doc) => toOpenBadge(doc, { issuer: keyPair.controller }));
const baselineSigned = [];
const baseIssue = await time('baseline issue (eddsa-rdfc-2022)', async (i) => {
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: eddsaRdfc2022 });
  baselineSigned[i] = await vc.issue({ credential: structuredClone(unsigned[i]), suite, documentLoader: baselineLoader });
});
const baseVerify = await time('baseline verify (eddsa-rdfc-2022)', async (i) => {
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
  const result = await vc.verifyCredential({ credential: baselineSigned[i], suite, documentLoader: baselineLoader });
  if (!result.verified) throw new Error(`baseline failed to verify: ${JSON.stringify(result.error)}`);
});

// (b) microcred
const rows = [baseIssue, baseVerify];
let sdkIssue;
let sdkVerify;
for (const suite of ['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'ecdsa-rdfc-2019', 'vc-jwt']) {
  const key = await generateKey({ suite });
  const signed = [];
  const issue = await time(`microcred issue (${suite})`, async (i) => {
    signed[i] = await createMicroCredential(inputs[i], { key });
  });
  const check = await time(`microcred verify (${suite})`, async (i) => {
    const report = await verify(signed[i]);
    if (!report.verified) throw new Error(`microcred failed to verify: ${JSON.stringify(report.checks)}`);
  });
  rows.push(issue, check);
  if (suite === 'eddsa-rdfc-2022') [sdkIssue, sdkVerify] = [issue, check];
}

// Cohort issuance: `microcred batch` (worker threads, one per core) on a JSONL file of N×5 learners.
const batchDir = mkdtempSync(join(tmpdir(), 'microcred-bench-'));
const batchRows = N * 5;
const { learner: _learner, id: _id, ...course } = example;
writeFileSync(join(batchDir, 'cohort.jsonl'), Array.from({ length: batchRows }, (_, i) => JSON.stringify({ learner: { name: `Learner ${i}`, identifiers: [{ type: 'studentId', value: `S${i}` }] } })).join('\n'));
const batchKey = await generateKey({ suite: 'eddsa-rdfc-2022' });
const rssTimer = setInterval(sample, 100);
const batch = await issueBatch({
  input: join(batchDir, 'cohort.jsonl'), key: batchKey, profile: 'ge', template: course, outDir: join(batchDir, 'out'),
  workerUrl: new URL('../dist/cli/batch-worker.js', import.meta.url),
});
clearInterval(rssTimer);
rows.push({ label: `microcred batch (${batch.issued} rows, workers)`, perSecond: batch.issued / batch.seconds, msEach: (batch.seconds * 1000) / batch.issued });

// Status list GZIP bomb (issue 10): 1 GiB of zeros in a ~1.4 MB encodedList, refused at the 16 MiB cap.
{
  const member = gzipSync(Buffer.alloc(64 * 1024 * 1024));
  const bomb = `u${Buffer.concat(Array.from({ length: 16 }, () => member)).toString('base64url')}`;
  const runs = 10;
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) {
    try { decodeBitstring(bomb); } catch (error) { if (error.code !== 'ERR_STATUS_LIST_TOO_LARGE') throw error; }
    sample();
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rows.push({ label: `refuse status-list GZIP bomb (${(bomb.length / 1e6).toFixed(1)} MB)`, perSecond: runs / seconds, msEach: (seconds * 1000) / runs });
}

console.log(`credentials: ${N} per row, Georgian example (${JSON.stringify(unsigned[0]).length} bytes unsigned), Node ${process.version}`);
console.log('operation'.padEnd(40), 'per second'.padStart(12), 'ms each'.padStart(10));
for (const row of rows) console.log(row.label.padEnd(40), row.perSecond.toFixed(1).padStart(12), row.msEach.toFixed(2).padStart(10));
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
console.log(`ratio issue=${(sdkIssue.perSecond / baseIssue.perSecond).toFixed(2)} verify=${(sdkVerify.perSecond / baseVerify.perSecond).toFixed(2)}`);
