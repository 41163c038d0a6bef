/**
 * What a learner receives besides the credential: a certificate PDF with a QR code, the
 * supplement, and a baked badge image that carries the credential itself.
 * Run: npx tsx examples/render-and-bake.ts   (writes into a temporary folder)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bake, unbake } from 'microcred/bake';
import { createMicroCredential, generateKey, verify } from 'microcred';
import { renderCertificate, renderSupplement } from 'microcred/render';

const document = JSON.parse(readFileSync(new URL('./ge-ai-research.json', import.meta.url), 'utf8'));
const credential = await createMicroCredential(document, { profile: 'ge', key: await generateKey({ suite: 'eddsa-rdfc-2022' }) });

const out = mkdtempSync(join(tmpdir(), 'microcred-'));
const verifyBaseUrl = 'https://credentials.university.example.ge/verify';
writeFileSync(join(out, 'certificate-ka.pdf'), await renderCertificate(credential, {
  language: 'ka', verifyBaseUrl, signatories: [{ name: 'Nino Kiknadze', role: 'Rector' }], attach: true,
  onWarning: (warning) => console.warn(warning.message),
}));
writeFileSync(join(out, 'supplement-en.pdf'), await renderSupplement(credential, { language: 'en' }));

// A 1×1 PNG stands in for the badge artwork.
const artwork = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const baked = bake(credential, new Uint8Array(artwork)) as Uint8Array;
writeFileSync(join(out, 'badge.png'), baked);

const report = await verify(unbake(baked));
console.log(`wrote certificate, supplement and baked badge to ${out}; the badge ${report.verified ? 'verifies' : 'does NOT verify'}`);
