/**
 * Path validation, differentially against OpenSSL: random chains root → 0–2 intermediates → leaf
 * with random basicConstraints (absent, cA false/true, pathLenConstraint 0–2), keyUsage with or
 * without keyCertSign. microcred must never trust a chain `openssl verify` rejects (default checks: the builder writes no key identifiers, which -x509_strict would demand).
 * Where microcred is deliberately stricter (it also refuses any nameConstraints and unknown
 * critical extensions) it may reject what OpenSSL accepts; those cases are counted, not failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildChain } from '../../src/seal/chain.js';
import { buildCertificate, generateKeyPair } from '../../src/seal/certificate-builder.js';
import { encodeSubject, parseSubject } from '../../src/seal/seal-key.js';
import { type KeyUsage, parseCertificate } from '../../src/seal/x509.js';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'microcred-x509diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const caShape = fc.record({
  ca: fc.constantFrom<'absent' | 'false' | 'true'>('absent', 'false', 'true', 'true', 'true'),
  pathLength: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
  keyCertSign: fc.boolean(),
});
const chainShape = fc.record({ root: caShape, intermediates: fc.array(caShape, { maxLength: 2 }) });
type CaShape = { ca: 'absent' | 'false' | 'true'; pathLength: number | undefined; keyCertSign: boolean };

const pem = (der: Uint8Array) => `-----BEGIN CERTIFICATE-----\n${Buffer.from(der).toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;

async function issue(subject: string, shape: CaShape | 'leaf', issuer?: { name: Uint8Array; privateKey: CryptoKey; spki: Uint8Array }) {
  const keys = await generateKeyPair('ES256');
  const name = encodeSubject(parseSubject(subject));
  const ca = shape !== 'leaf' && shape.ca === 'true';
  const keyUsage: KeyUsage[] = shape === 'leaf' ? ['digitalSignature', 'nonRepudiation'] : shape.keyCertSign ? ['keyCertSign', 'cRLSign'] : ['digitalSignature'];
  const der = await buildCertificate({
    subject: name,
    spki: keys.spki,
    ...(issuer ? { issuer: { ...issuer, algorithm: 'ES256' as const } } : { selfKey: { privateKey: keys.privateKey, algorithm: 'ES256' as const } }),
    notBefore: new Date(Date.now() - DAY),
    notAfter: new Date(Date.now() + 365 * DAY),
    ...(shape !== 'leaf' && shape.ca !== 'absent' ? { ca } : {}),
    ...(shape !== 'leaf' && ca && shape.pathLength !== undefined ? { pathLength: shape.pathLength } : {}),
    keyUsage,
  });
  return { der, signer: { name, privateKey: keys.privateKey, spki: keys.spki } };
}

describe.skipIf(!hasOpenssl && process.env.CI !== "true")('path validation agrees with OpenSSL (property, fixed seed)', () => {
  const counts = { bothTrust: 0, bothReject: 0, stricter: 0 };
  it('never trusts a chain OpenSSL rejects', async () => {
    await fc.assert(
      fc.asyncProperty(chainShape, async ({ root, intermediates }) => {
        const rootCert = await issue('CN=Root,O=Test', root);
        let parent = rootCert.signer;
        const inters: Uint8Array[] = [];
        for (const [i, shape] of intermediates.entries()) {
          const c = await issue(`CN=Intermediate ${i},O=Test`, shape, parent);
          inters.push(c.der);
          parent = c.signer;
        }
        const leaf = await issue('CN=Seal,O=Test', 'leaf', parent);
        writeFileSync(join(dir, 'root.pem'), pem(rootCert.der));
        writeFileSync(join(dir, 'inter.pem'), inters.map(pem).join(''));
        writeFileSync(join(dir, 'leaf.pem'), pem(leaf.der));
        const args = ['verify', '-CAfile', join(dir, 'root.pem'), ...(inters.length ? ['-untrusted', join(dir, 'inter.pem')] : []), join(dir, 'leaf.pem')];
        const run = spawnSync('openssl', args, { encoding: 'utf8' });
        const openssl = run.status === 0;

        const ours = (await buildChain(parseCertificate(leaf.der), inters.map(parseCertificate), [parseCertificate(rootCert.der)])).status === 'trusted';
        if (ours && openssl) counts.bothTrust++;
        else if (!ours && !openssl) counts.bothReject++;
        else if (!ours && openssl) counts.stricter++;
        expect({ ours, openssl, root, intermediates }).not.toMatchObject({ ours: true, openssl: false });
      }),
      { seed: 5280, numRuns: 40 },
    );
    console.log(`[x509 differential] both trust ${counts.bothTrust}, both reject ${counts.bothReject}, microcred stricter ${counts.stricter}`);
    expect(counts.bothTrust).toBeGreaterThan(0);
    expect(counts.bothReject).toBeGreaterThan(0);
  });
});
