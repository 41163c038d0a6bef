/**
 * The naive baseline, in its own worker thread so that it has its own instances of jsonld,
 * @digitalbazaar/vc and their process-wide caches — nothing microcred does can warm them:
 * plain @digitalbazaar/vc issue/verifyCredential with DataIntegrityProof + eddsa-rdfc-2022 and a
 * static document loader returning the same bundled contexts from a Map.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import jsonld from 'jsonld';
import jsonldContext from 'jsonld/lib/context.js';
import { runOps } from './measure.mjs';

// The baseline must be pristine jsonld: microcred never modifies the installed package (its
// patched expansion is its own copy, src/jsonld), and this worker has its own module instances.
// Check that the code which runs here is jsonld's deep-copying original, not anything patched.
const initial = jsonldContext.getInitialContext({});
const pristine =
  initial.clone.name === '_cloneActiveContext' && /this\.previousContext\.clone\(\)/.test(initial.clone.toString()) &&
  initial.revertToPreviousContext.name === '_revertToPreviousContext' && /return this\.previousContext\.clone\(\)/.test(initial.revertToPreviousContext.toString()) &&
  /_expand\(\{/.test(jsonld.expand.toString()) && eddsaRdfc2022.canonize.toString().includes('jsonld.toRDF(input, opts)');
if (!pristine) throw new Error('bench baseline: the installed jsonld or cryptosuite is not pristine');

const { contexts: contextEntries } = workerData;
const contexts = new Map(contextEntries);
const draft = await Ed25519Multikey.generate();
const did = `did:key:${draft.publicKeyMultibase}`;
const keyPair = await Ed25519Multikey.from({ ...(await draft.export({ publicKey: true, secretKey: true })), id: `${did}#${draft.publicKeyMultibase}`, controller: did });
const publicMethod = await keyPair.export({ publicKey: true, includeContext: true });
const controllerDoc = {
  '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
  id: keyPair.controller, verificationMethod: [publicMethod], assertionMethod: [publicMethod.id],
};
const documentLoader = async (url) => {
  if (contexts.has(url)) return { contextUrl: null, documentUrl: url, document: contexts.get(url) };
  if (url === keyPair.id) return { contextUrl: null, documentUrl: url, document: publicMethod };
  if (url === keyPair.controller) return { contextUrl: null, documentUrl: url, document: controllerDoc };
  throw new Error(`not found: ${url}`);
};

const sign = (credential) => vc.issue({ credential: structuredClone(credential), suite: new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: eddsaRdfc2022 }), documentLoader });
async function check(credential) {
  const result = await vc.verifyCredential({ credential, suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }), documentLoader });
  if (!result.verified) throw new Error(`baseline failed to verify: ${JSON.stringify(result.error)}`);
}

let sets = {};
parentPort.on('message', async (message) => {
  if (message.type === 'sign') {
    // Signed once, outside any measurement: the credentials both sides verify.
    const signed = [];
    // The OB 3.0 schema wants `proof` as an array; the same proof either way in JSON-LD.
    for (const credential of message.credentials) {
      const one = await sign(credential);
      signed.push({ ...one, proof: [one.proof] });
    }
    parentPort.postMessage({ signed });
  } else if (message.type === 'load') {
    sets = message.sets;
    parentPort.postMessage({});
  } else if (message.type === 'run') {
    const ops = { issue: (i) => sign(sets.unsigned[i]), verify: (i) => check(sets.signed[i]), 'foreign-verify': (i) => check(sets.foreign[i]) };
    parentPort.postMessage(await runOps(ops[message.op], message.count));
  }
});
parentPort.postMessage({ ready: true, issuer: did, jsonld: createRequire(import.meta.url)('jsonld/package.json').version });
