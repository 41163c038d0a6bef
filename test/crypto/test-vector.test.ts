import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { beforeAll, expect, it } from 'vitest';
import { importKey, keyDocument, signerFromKeyFile, type KeyFile } from '../../src/keys/index.js';
import { createDocumentLoader } from '../../src/loader/index.js';
import { createEddsaRdfc2022Suite, type JsonObject } from '../../src/suites/index.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';
import { stubResolver } from './fixtures.js';

interface Vector {
  keyPair: { id: string; controller: string; publicKeyMultibase: string; secretKeyMultibase: string; publicKeyHex: string };
  unsignedCredential: JsonObject;
  proofOptions: JsonObject & { created: string };
  documentCanonFile: string;
  proofCanonFile: string;
  documentHashHex: string;
  proofHashHex: string;
  signatureHex: string;
  expectedProofValue: string;
}

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The 1EdTech "Linked Data Proof Test Vector for Open Badges 3.0" (eddsa-rdfc-2022), read from
 * ../shared/specs at test time. Reproduced byte for byte with the vector's own key.
 */
describeWithSpecs('1EdTech OB 3.0 eddsa-rdfc-2022 test vector', (specs) => {
  const dir = `${specs}/ob3/test-vectors`;
  const vector = JSON.parse(readFileSync(`${dir}/obv3p0-eddsa-rdfc-2022.json`, 'utf8')) as Vector;
  const documentCanon = readFileSync(`${dir}/${vector.documentCanonFile}`, 'utf8');
  const proofCanon = readFileSync(`${dir}/${vector.proofCanonFile}`, 'utf8');
  const { keyPair } = vector;
  // The issuer is an HTTPS URL: its key document is served by a stub resolver, built from the key.
  const documentLoader = createDocumentLoader();
  let keyFile: KeyFile;
  beforeAll(async () => {
    keyFile = await importKey(
      { secretKeyMultibase: keyPair.secretKeyMultibase, publicKeyMultibase: keyPair.publicKeyMultibase },
      { suite: 'eddsa-rdfc-2022', controller: keyPair.controller, id: keyPair.id },
    );
  });

  it('imports the vector key', () => {
    const key = keyFile;
    expect(key.publicKeyMultibase).toBe(keyPair.publicKeyMultibase);
    expect(Buffer.from(key.publicKeyJwk.x as string, 'base64url').toString('hex')).toBe(keyPair.publicKeyHex);
  });

  it('canonizes the document to the vector N-Quads and hash', async () => {
    const canon = await eddsaRdfc2022.canonize(vector.unsignedCredential, { documentLoader });
    expect(canon).toBe(documentCanon);
    expect(sha256Hex(canon)).toBe(vector.documentHashHex);
  });

  it('canonizes the proof options to the vector N-Quads and hash', async () => {
    const options = { '@context': vector.unsignedCredential['@context'], ...vector.proofOptions };
    const canon = await eddsaRdfc2022.canonize(options, { documentLoader });
    expect(canon).toBe(proofCanon);
    expect(sha256Hex(canon)).toBe(vector.proofHashHex);
  });

  it('signs to the expected signature and proofValue', async () => {
    const signer = await signerFromKeyFile(keyFile);
    const seen: Uint8Array[] = [];
    const recording = { ...signer, sign: async (data: Uint8Array) => (seen.push(data), signer.sign(data)) };
    const suite = createEddsaRdfc2022Suite();
    const signed = await suite.issue(vector.unsignedCredential, { signer: recording, documentLoader, created: vector.proofOptions.created });
    // Signed data = SHA-256(proof options) || SHA-256(document).
    expect(Buffer.from(seen[0] as Uint8Array).toString('hex')).toBe(vector.proofHashHex + vector.documentHashHex);
    expect(signed.proof).toEqual([{ ...vector.proofOptions, proofValue: vector.expectedProofValue }]);
    expect(Buffer.from(await signer.sign(seen[0] as Uint8Array)).toString('hex')).toBe(vector.signatureHex);

    const resolver = stubResolver({ [keyPair.controller]: keyDocument(keyFile) });
    const result = await suite.verify(signed, { resolver });
    expect(result).toEqual({ verified: true, suite: 'eddsa-rdfc-2022', verificationMethod: keyPair.id, controller: keyPair.controller, controllers: [keyPair.controller] });
  });
});
