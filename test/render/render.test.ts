import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMicroCredential, generateKey } from '../../src/index.js';
import { renderCertificate, renderSupplement } from '../../src/render/index.js';
import { example } from '../helpers/fixtures.js';

// jsqr is CommonJS; its typings declare an ES default export.
const jsQR = ((jsQRModule as unknown as { default?: unknown }).default ?? jsQRModule) as unknown as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;

/** Poppler's tools read the PDFs as a person's viewer would. CI installs them; locally the tests skip without them. */
const poppler = spawnSync('pdftotext', ['-v']).status === 0;
if (!poppler && process.env.CI === 'true') throw new Error('pdftotext/pdftoppm (poppler-utils) are required when CI=true');

const dir = mkdtempSync(join(tmpdir(), 'microcred-render-'));
function pdf(name: string, bytes: Uint8Array) {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  return {
    text: () => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
    pages: () => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]),
    /** Page 1 as an RGBA image at `dpi`. */
    image: (dpi = 150) => {
      execFileSync('pdftoppm', ['-r', String(dpi), '-png', '-f', '1', '-l', '1', '-singlefile', path, join(dir, name)]);
      return PNG.sync.read(readFileSync(join(dir, `${name}.png`)));
    },
  };
}

describe.runIf(poppler)('certificate and supplement PDFs', () => {
  let ge: object;
  let am: object;
  beforeAll(async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    ge = (await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key })) as object;
    am = (await createMicroCredential(example('am-data-analytics'), { profile: 'am', key })) as object;
  });

  it('a Georgian certificate shows the Georgian title, ECTS and the crucial items on one page', async () => {
    const file = pdf('ge-ka', await renderCertificate(ge, { language: 'ka', verifyBaseUrl: 'https://credentials.university.example.ge/verify' }));
    const text = file.text().replace(/\s+/g, ' ');
    expect(file.pages()).toBe(1);
    expect(text).toContain('ხელოვნური ინტელექტის გამოყენება');
    expect(text).toContain('7 ECTS');
    expect(text).toContain('175');
    expect(text).toContain('Nino Beridze');
    expect(text).toContain('EQF 7');
    expect(text).toContain('2025-10-20');
    expect(text).toContain('სანიმუშო სახელმწიფო უნივერსიტეტი');
    expect(text).toContain('urn:uuid:4c2b6a2e-8f0e-4d7a-9a51-2f6f1b0c9e11');
    expect(text).not.toMatch(/[\u1C90-\u1CBF]/); // no Georgian capitals the font lacks
  });

  it('an Armenian certificate renders Armenian, and English falls back per field', async () => {
    const text = pdf('am-hy', await renderCertificate(am, { language: 'hy' })).text().replace(/\s+/g, ' ');
    expect(text).toContain('Տվյալների վերլուծության հիմունքներ');
    expect(text).toContain('XYZ University'); // no Armenian name given: English
    expect(text).toContain('10 ECTS');
  });

  it('the QR code on the rendered page decodes to the verification URL', async () => {
    const image = pdf('qr', await renderCertificate(ge, { verifyBaseUrl: 'https://credentials.university.example.ge/verify' })).image();
    const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    expect(code?.data).toBe('https://credentials.university.example.ge/verify?id=urn%3Auuid%3A4c2b6a2e-8f0e-4d7a-9a51-2f6f1b0c9e11');
  });

  it('--qr embed refuses a credential too large for a QR code', async () => {
    await expect(renderCertificate(ge, { qr: 'embed' })).rejects.toMatchObject({ code: 'ERR_QR_TOO_LARGE' });
  });

  it('the supplement lists every Annex I element and national extra present, over several pages', async () => {
    const file = pdf('supplement', await renderSupplement(ge));
    const text = file.text().replace(/\s+/g, ' ');
    expect(file.pages()).toBeGreaterThanOrEqual(2);
    for (const heading of ['Learning outcomes', 'Knowledge', 'Skills', 'Responsibility and autonomy', 'Workload breakdown', 'Type of assessment',
      'Form of participation', 'Quality assurance', 'Prerequisites', 'Supervision and identity verification', 'Integration and stackability', 'Recognition']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Contact: synchronous online webinars: 50 hours');
    expect(text).toContain('National Center for Educational Quality Enhancement');
    expect(text).toContain('Supervised online, with identity verification');
    const amText = pdf('supplement-am', await renderSupplement(am)).text().replace(/\s+/g, ' ');
    for (const heading of ['Grade', 'Accessibility and support', 'Objective']) expect(amText).toContain(heading);
    expect(amText).toContain('85 · percent · passed');
  });
});
