/**
 * npm run bench — what microcred costs against the naive pipeline, measured honestly:
 *   - baseline: plain @digitalbazaar/vc issue/verifyCredential with DataIntegrityProof +
 *     eddsa-rdfc-2022 and a static document loader over the same bundled contexts;
 *   - microcred: createMicroCredential / verify() under profile `ge` (which also validate, map,
 *     and check schema, profile, validity and issuer trust).
 * Each side runs in its own worker thread, so each has its own jsonld/vc module instances and
 * caches (nothing one does can warm the other). They are interleaved — A B, then B A, round
 * after round — after a warm-up, on the same inputs: the Georgian example per learner id
 * (`issue`), the same credentials signed once by the baseline (`verify`), and credentials whose
 * achievement differs each time (`foreign-verify`, so no achievement-keyed cache helps). Figures
 * are medians over rounds of CPU time per operation (process CPU while only that side runs) and
 * wall time. Then microcred alone: a per-stage breakdown, its other suites, cohort issuance with
 * worker threads, refusing a status-list GZIP bomb, and peak RSS. Never run by the tests.
 * BENCH_N credentials per round (default 100), BENCH_ROUNDS rounds (default 5).
 * The last line is: ratio issue=<x> verify=<y> foreign-verify=<z> (baseline CPU / microcred CPU).
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import jsonld from 'jsonld';
import canonize from 'rdf-canonize';
import { sha256 } from '@noble/hashes/sha256';
import {
  createDocumentLoader, createMicroCredential, decodeBitstring, expandJsonLd, generateKey, toOpenBadge, validateMicroCredential, verify,
} from '../dist/index.js';
import { gzipSync } from 'node:zlib';
import { bundledContexts } from '../dist/index.js';
import { issueBatch } from '../dist/service.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const N = Number(process.env.BENCH_N ?? 100);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const example = JSON.parse(readFileSync(new URL('../examples/ge-ai-research.json', import.meta.url), 'utf8'));
const inputs = Array.from({ length: N }, (_, i) => ({
  ...example,
  id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  learner: { ...example.learner, identifiers: [{ type: 'studentId', value: `TSU-2025-${String(i).padStart(5, '0')}` }] },
}));
let peakRss = 0;
const sample = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };
const median = (values) => { const sorted = [...values].sort((x, y) => x - y); const m = sorted.length >> 1; return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2; };

async function time(label, fn) {
  await fn(0); // warm-up: context processing, key import, JIT
  global.gc?.();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    await fn(i);
    if (i % 20 === 0) sample();
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { label, perSecond: N / seconds, msEach: (seconds * 1000) / N, cpuMsEach: (used.user + used.system) / 1000 / N };
}

// ---- Interleaved: baseline and microcred, each in its own worker thread ----
const foreignInputs = inputs.map((doc, i) => ({
  ...doc,
  achievementId: `urn:uuid:11111111-0000-4000-8000-${String(i).padStart(12, '0')}`,
  title: Object.fromEntries(Object.entries(doc.title).map(([lang, text]) => [lang, `${text} ${i}`])),
  learningOutcomes: doc.learningOutcomes.map((o) => ({ ...o, text: Object.fromEntries(Object.entries(o.text).map(([lang, text]) => [lang, `${text} (${i})`])) })),
}));
function startWorker(file, data) {
  const worker = new Worker(new URL(file, import.meta.url), { workerData: data });
  const ready = new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  const ask = (message) => new Promise((resolve, reject) => {
    const onError = (error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (answer) => { worker.off('error', onError); resolve(answer); });
    worker.postMessage(message);
  });
  return { ready, ask, worker };
}
const baseline = startWorker('./bench/baseline-worker.mjs', { contexts: bundledContexts() });
const sdk = startWorker('./bench/microcred-worker.mjs', { inputs });
const [{ issuer: issuerOfBaseline, jsonld: baselineJsonld }] = await Promise.all([baseline.ready, sdk.ready]);
const unsigned = inputs.map((doc) => toOpenBadge(doc, { issuer: issuerOfBaseline }));
const { signed } = await baseline.ask({ type: 'sign', credentials: unsigned });
const { signed: foreign } = await baseline.ask({ type: 'sign', credentials: foreignInputs.map((doc) => toOpenBadge(doc, { issuer: issuerOfBaseline })) });
const sets = { unsigned, signed, foreign };
await Promise.all([baseline.ask({ type: 'load', sets }), sdk.ask({ type: 'load', sets })]);

const OPS = ['issue', 'verify', 'foreign-verify'];
const results = { baseline: {}, microcred: {} };
for (const op of OPS) { results.baseline[op] = []; results.microcred[op] = []; }
const warmUp = Math.max(5, Math.round(N / 5));
for (const op of OPS) for (const side of [baseline, sdk]) await side.ask({ type: 'run', op, count: warmUp });
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? [['baseline', baseline], ['microcred', sdk]] : [['microcred', sdk], ['baseline', baseline]];
  for (const op of OPS) {
    for (const [name, side] of order) {
      const r = await side.ask({ type: 'run', op, count: N });
      results[name][op].push({ cpuMs: r.cpuMs / r.count, wallMs: r.wallMs / r.count });
      sample();
    }
  }
}
await Promise.all([baseline.worker.terminate(), sdk.worker.terminate()]);
const interleaved = {};
for (const name of ['baseline', 'microcred']) {
  for (const op of OPS) {
    interleaved[`${name} ${op}`] = { cpuMs: median(results[name][op].map((r) => r.cpuMs)), wallMs: median(results[name][op].map((r) => r.wallMs)) };
  }
}

// ---- microcred alone: where the time goes, on one credential ----
const stageLoader = async (url) => {
  const document = bundledContextMap.get(url);
  if (!document) throw new Error(`not bundled: ${url}`);
  return { contextUrl: null, documentUrl: url, document };
};
const bundledContextMap = new Map(bundledContexts());
const stageCredential = structuredClone(signed[0]);
delete stageCredential.proof;
const stageKey = await Ed25519Multikey.generate();
const stageSigner = stageKey.signer();
let stageDataset;
let stageNquads;
const microcredLoader = createDocumentLoader();
let stageExpanded;
const stages = [
  ['JSON-LD expansion, jsonld.js (naive)', async () => { await jsonld.expand(stageCredential, { documentLoader: stageLoader, safe: true }); }],
  ['JSON-LD expansion, microcred (patched)', async () => { stageExpanded = await expandJsonLd(stageCredential, { documentLoader: microcredLoader, base: null, safe: true }); }],
  ['JSON-LD toRDF (of the expanded document)', async () => { stageDataset = await jsonld.toRDF(stageExpanded, { documentLoader: stageLoader, base: null, safe: true, skipExpansion: true, rdfDirection: 'i18n-datatype' }); }],
  ['RDFC-1.0 canonicalization', async () => { stageNquads = await canonize.canonize(stageDataset, { algorithm: 'RDFC-1.0' }); }],
  ['SHA-256 (document + proof config)', async () => { sha256(new TextEncoder().encode(stageNquads)); sha256(new TextEncoder().encode(stageNquads.slice(0, 400))); }],
  ['Ed25519 signature', async () => { await stageSigner.sign({ data: sha256(new TextEncoder().encode(stageNquads)) }); }],
  ['model schema + ge profile', async () => { validateMicroCredential(inputs[0], { profile: 'ge' }); }],
];
const stageRows = [];
for (const [label, fn] of stages) {
  for (let i = 0; i < 5; i++) await fn();
  const cpu = process.cpuUsage();
  const runs = Math.max(20, N);
  for (let i = 0; i < runs; i++) await fn();
  const used = process.cpuUsage(cpu);
  stageRows.push({ label, cpuMs: (used.user + used.system) / 1000 / runs });
}

// ---- microcred alone: the other suites ----
const rows = [];
for (const suite of ['eddsa-jcs-2022', 'ecdsa-rdfc-2019', 'Ed25519Signature2020', 'vc-jwt']) {
  const key = await generateKey({ suite });
  const own = [];
  rows.push(await time(`microcred issue (${suite})`, async (i) => {
    own[i] = await createMicroCredential(inputs[i], { key, profile: 'ge' });
  }));
  rows.push(await time(`microcred verify (${suite})`, async (i) => {
    const report = await verify(own[i], { profile: 'ge' });
    if (!report.verified) throw new Error(`microcred failed to verify: ${JSON.stringify(report.checks)}`);
  }));
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

console.log(`credentials: ${N} per round, ${ROUNDS} rounds, Georgian example (${JSON.stringify(unsigned[0]).length} bytes unsigned), profile ge, Node ${process.version}`);
console.log(`baseline: plain @digitalbazaar/vc + pristine jsonld ${baselineJsonld} (checked unpatched, own worker thread)`);
console.log('\ninterleaved, eddsa-rdfc-2022 (median per operation over rounds)');
console.log('operation'.padEnd(40), 'CPU ms'.padStart(10), 'wall ms'.padStart(10), 'per CPU-s'.padStart(10));
for (const [label, r] of Object.entries(interleaved)) console.log(label.padEnd(40), r.cpuMs.toFixed(2).padStart(10), r.wallMs.toFixed(2).padStart(10), (1000 / r.cpuMs).toFixed(1).padStart(10));
console.log('\nmicrocred, where the time goes (one credential, CPU ms)');
for (const row of stageRows) console.log(row.label.padEnd(40), row.cpuMs.toFixed(3).padStart(10));
console.log('\nmicrocred alone');
console.log('operation'.padEnd(40), 'per second'.padStart(12), 'ms each'.padStart(10));
for (const row of rows) console.log(row.label.padEnd(40), row.perSecond.toFixed(1).padStart(12), row.msEach.toFixed(2).padStart(10));
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
const ratio = (op) => (interleaved[`baseline ${op}`].cpuMs / interleaved[`microcred ${op}`].cpuMs).toFixed(2);
console.log(`ratio issue=${ratio('issue')} verify=${ratio('verify')} foreign-verify=${ratio('foreign-verify')}`);
