/**
 * microcred's side of the interleaved bench, in its own worker thread (its own module instances):
 * createMicroCredential under profile `ge` (validate → map → sign) and verify() with the same
 * profile (proof, status, validity, schema, profile, issuer trust).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createMicroCredential, generateKey, verify } from '../../dist/index.js';
import { runOps } from './measure.mjs';

const { inputs } = workerData;
const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
const check = async (credential) => {
  const report = await verify(credential, { profile: 'ge' });
  if (!report.verified) throw new Error(`microcred failed to verify: ${JSON.stringify(report.checks.filter((c) => c.status === 'fail'))}`);
};

let sets = {};
parentPort.on('message', async (message) => {
  if (message.type === 'load') {
    sets = message.sets;
    parentPort.postMessage({});
  } else if (message.type === 'run') {
    const ops = { issue: (i) => createMicroCredential(inputs[i], { key, profile: 'ge' }), verify: (i) => check(sets.signed[i]), 'foreign-verify': (i) => check(sets.foreign[i]) };
    parentPort.postMessage(await runOps(ops[message.op], message.count));
  }
});
parentPort.postMessage({ ready: true });
