import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSignatory } from '../../src/cli/commands/render.js';
import { run } from '../../src/cli/main.js';
import { createMicroCredential, generateKey } from '../../src/index.js';
import { scratch } from '../helpers/cli.js';
import { example } from '../helpers/fixtures.js';
import { pdf, poppler } from '../helpers/poppler.js';

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
