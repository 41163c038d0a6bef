import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSignatory } from '../../src/cli/commands/render.js';
import { run } from '../../src/cli/main.js';
import { createMicroCredential, generateKey } from '../../src/index.js';
import { scratch } from '../helpers/cli.js';
import { example } from '../helpers/fixtures.js';
import { pdf, poppler } from '../helpers/poppler.js';

// jsqr is CommonJS; its typings declare an ES default export.
const jsQR = ((jsQRModule as unknown as { default?: unknown }).default ?? jsQRModule) as unknown as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const qrOf = (image: PNG) => jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('parseSignatory', () => {
  it('takes the name up to the first comma and the role after it', () => {
    expect(parseSignatory('Nino Kiknadze, Rector')).toEqual({ name: 'Nino Kiknadze', role: 'Rector' });
    expect(parseSignatory('Giorgi M., Dean, Faculty of Education')).toEqual({ name: 'Giorgi M.', role: 'Dean, Faculty of Education' });
    expect(parseSignatory('  Anna  ')).toEqual({ name: 'Anna' });
    expect(() => parseSignatory(', Rector')).toThrow(/Name, Role/);
  });
});

describe.runIf(poppler)('microcred render', () => {
  const tmp = scratch();
  beforeAll(async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const vc = await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key });
    tmp.write('vc.json', JSON.stringify(vc));
    const bad = JSON.parse(JSON.stringify(vc));
    bad.credentialSubject.achievement.creditsAvailable = 30;
    tmp.write('bad.json', JSON.stringify(bad));
    const logo = new PNG({ width: 40, height: 20 });
    logo.data.fill(200);
    tmp.write('logo.png', PNG.sync.write(logo));
  });

  it('renders a Letter certificate with logo, signatories and the credential attached, and the supplement', async () => {
    const r = await cli('render', tmp.path('vc.json'), '--pdf', tmp.path('c.pdf'), '--supplement', '--paper', 'letter', '--logo', tmp.path('logo.png'),
      '--signatory', 'Nino Kiknadze, Rector', '--signatory', 'Giorgi M., Dean, Faculty of Education', '--attach', '--offline', '--verify-url', 'https://uni.example.ge/verify');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('does not verify');
    const file = pdf('cli-c', readFileSync(tmp.path('c.pdf')));
    expect(file.info()).toContain('(letter)');
    expect(file.flat()).toContain('Dean, Faculty of Education');
    expect(file.attachments()).toContain('credential.json');
    expect(file.images()).toBe(2);
    expect(pdf('cli-s', readFileSync(tmp.path('c-supplement.pdf'))).flat()).toContain('Certification of the supplement');
  });

  it('without --verify-url it warns that there is no QR code', async () => {
    const r = await cli('render', tmp.path('vc.json'), '--pdf', tmp.path('noqr.pdf'), '--offline');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning: No QR code');
  });

  it('--qr embed: the credential itself in the QR code when it fits, else the link with a warning', async () => {
    const big = await cli('render', tmp.path('vc.json'), '--pdf', tmp.path('embed-big.pdf'), '--qr', 'embed', '--verify-url', 'https://uni.example.ge/verify', '--offline');
    expect(big.code, big.stderr).toBe(0);
    expect(big.stderr).toMatch(/warning: The credential needs \d+ characters in a QR code.*verification link instead/);
    expect(qrOf(pdf('cli-embed-big', readFileSync(tmp.path('embed-big.pdf'))).image(150))).toBe('https://uni.example.ge/verify?id=urn%3Auuid%3A4c2b6a2e-8f0e-4d7a-9a51-2f6f1b0c9e11');

    const small = JSON.stringify({ '@context': ['https://www.w3.org/ns/credentials/v2'], id: 'urn:uuid:0b1c', type: ['VerifiableCredential', 'OpenBadgeCredential'], issuer: { id: 'did:web:x.example', name: 'X' },
      validFrom: '2025-01-01T00:00:00Z', credentialSubject: { type: ['AchievementSubject'], name: 'A. Learner', achievement: { id: 'urn:uuid:1', type: ['Achievement'], name: 'Short course', creditsAvailable: 1 } } });
    tmp.write('small.json', small);
    const r = await cli('render', tmp.path('small.json'), '--pdf', tmp.path('embed-small.pdf'), '--qr', 'embed', '--offline');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('QR');
    const content = qrOf(pdf('cli-embed-small', readFileSync(tmp.path('embed-small.pdf'))).image(200))!;
    expect(content.startsWith('MC1:')).toBe(true);
    expect(inflateRawSync(Buffer.from(content.slice(4), 'base64url')).toString('utf8')).toBe(small);
    expect((await cli('render', tmp.path('vc.json'), '--pdf', tmp.path('x.pdf'), '--qr', 'inline')).code).toBe(2);
  });

  it('a credential that does not verify: a warning, "not verified" on the page, unless --force', async () => {
    const r = await cli('render', tmp.path('bad.json'), '--pdf', tmp.path('bad.pdf'), '--supplement', '--offline');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('does not verify');
    expect(pdf('cli-bad', readFileSync(tmp.path('bad.pdf'))).flat()).toContain('NOT VERIFIED');
    expect(pdf('cli-bad-s', readFileSync(tmp.path('bad-supplement.pdf'))).flat()).toContain('NOT VERIFIED');
    const forced = await cli('render', tmp.path('bad.json'), '--pdf', tmp.path('forced.pdf'), '--offline', '--force');
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('--force');
    expect(pdf('cli-forced', readFileSync(tmp.path('forced.pdf'))).flat()).not.toContain('NOT VERIFIED');
  });

  it('refuses bad flags with exit 2', async () => {
    expect((await cli('render', tmp.path('vc.json'), '--pdf', tmp.path('x.pdf'), '--paper', 'a5')).code).toBe(2);
    expect((await cli('render', tmp.path('vc.json'), '--pdf', tmp.path('x.pdf'), '--signatory', ', Rector', '--offline')).code).toBe(2);
    const many = Array.from({ length: 13 }, (_, i) => ['--signatory', `P${i}, R`]).flat();
    expect((await cli('render', tmp.path('vc.json'), '--pdf', tmp.path('x.pdf'), ...many, '--offline')).code).toBe(2);
    expect((await cli('render', tmp.path('vc.json'), '--pdf', tmp.path('x.pdf'), '--logo', tmp.path('missing.png'), '--offline')).code).toBe(2);
  });
});
