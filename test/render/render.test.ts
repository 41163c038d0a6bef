import { inflateRawSync } from 'node:zlib';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMicroCredential, generateKey } from '../../src/index.js';
import type { MicroCredential } from '../../src/model/index.js';
import { type RenderWarning, renderCertificate, renderSupplement } from '../../src/render/index.js';
import { MAX_LOGO_BYTES } from '../../src/render/options.js';
import { example } from '../helpers/fixtures.js';
import { pdf, poppler } from '../helpers/poppler.js';

// jsqr is CommonJS; its typings declare an ES default export.
const jsQR = ((jsQRModule as unknown as { default?: unknown }).default ?? jsQRModule) as unknown as (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
const qrOf = (image: PNG) => jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;

const VERIFY = 'https://credentials.university.example.ge/verify';
const VERIFY_LINK = `${VERIFY}?id=urn%3Auuid%3A4c2b6a2e-8f0e-4d7a-9a51-2f6f1b0c9e11`;
const FIXED = new Date('2025-10-21T09:30:00Z');

/** A PNG logo: a coloured square on white, `width`×`height`. */
function logoPng(width = 120, height = 48): Buffer {
  const png = new PNG({ width, height });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([(i / 4) % width < height ? 0 : 255, 51, 153, 255], i);
  return PNG.sync.write(png);
}
const dataUri = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`;

function collect() {
  const warnings: RenderWarning[] = [];
  return { warnings, onWarning: (w: RenderWarning) => warnings.push(w), codes: () => warnings.map((w) => w.code) };
}

describe.runIf(poppler)('certificate', () => {
  let key: Awaited<ReturnType<typeof generateKey>>;
  let ge: object;
  let am: object;
  const issue = async (mc: MicroCredential, profile: 'ge' | 'am' = 'ge') => (await createMicroCredential(mc, { profile, key })) as object;
  beforeAll(async () => {
    key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    ge = await issue(example('ge-ai-research'));
    am = await issue(example('am-data-analytics'), 'am');
  });

  it('a Georgian certificate shows the Georgian title, the crucial items and the outcomes on one page', async () => {
    const file = pdf('ge-ka', await renderCertificate(ge, { language: 'ka', verifyBaseUrl: VERIFY, signatories: [{ name: 'Nino Kiknadze', role: 'Rector' }] }));
    const text = file.flat();
    expect(file.pages()).toBe(1);
    for (const expected of ['ხელოვნური ინტელექტის გამოყენება', '7 ECTS', '175', 'Nino Beridze', 'EQF 7', '2025-10-20', 'სანიმუშო სახელმწიფო უნივერსიტეტი',
      'urn:uuid:4c2b6a2e-8f0e-4d7a-9a51-2f6f1b0c9e11', 'სწავლის შედეგები', 'ცოდნა და გაცნობიერება', 'Describes the main artificial intelligence (AI) tools',
      'ადგილი და თარიღი', 'Tbilisi, საქართველო, 20 ოქტომბერი, 2025', 'ხელმოწერა', 'ბეჭედი', 'Nino Kiknadze', 'Rector', 'დაასკანერეთ გადასამოწმებლად',
      'ციფრულად ხელმოწერილი მიკროკრედენციალის ნაბეჭდი ფორმაა', 'მეორე საფეხური (მაგისტრატურა)']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/[\u1C90-\u1CBF]/); // no Georgian capitals the font lacks
    expect(text).not.toContain('Scan to verify');
  });

  it('is A4 or US Letter, one page either way, and every outcome fits on both', async () => {
    for (const paper of ['A4', 'Letter'] as const) {
      const file = pdf(`paper-${paper}`, await renderCertificate(ge, { paper, verifyBaseUrl: VERIFY, creationDate: FIXED }));
      expect(file.info()).toContain(paper === 'A4' ? '595.28 x 841.89 pts (A4)' : '612 x 792 pts (letter)');
      expect(file.pages()).toBe(1);
      expect(file.flat()).toContain('Develops an ethical framework for the use of AI in research');
      expect(file.flat()).not.toContain('more learning outcomes');
      expect(qrOf(file.image(150))).toBe(VERIFY_LINK);
    }
  });

  it('an Armenian certificate renders Armenian, English falls back per field, and the verification text is Armenian', async () => {
    const text = pdf('am-hy', await renderCertificate(am, { language: 'hy', verifyBaseUrl: 'https://university.example.am/verify' })).flat();
    for (const expected of ['Տվյալների վերլուծության հիմունքներ', 'XYZ University', '10 ECTS', 'Ուսումնառության վերջնարդյունքներ', 'Սկանավորեք՝ ստուգելու համար',
      'Այս վկայականը թվային ստորագրությամբ միկրոորակավորման տպագիր տարբերակն է', 'Հայաստան', 'Կնիք', 'Ստորագրություն']) {
      expect(text).toContain(expected);
    }
  });

  it('without a verification page there is no QR code, a warning says so, and the text says how to check instead', async () => {
    const seen = collect();
    const file = pdf('no-qr', await renderCertificate(ge, { onWarning: seen.onWarning }));
    expect(seen.codes()).toEqual(['WARN_NO_QR']);
    expect(seen.warnings[0]!.message).toContain('--verify-url');
    expect(file.images()).toBe(0);
    expect(qrOf(file.image(100))).toBeUndefined();
    const text = file.flat();
    expect(text).not.toContain('Scan to verify');
    expect(text).toContain('verify the signed credential file held by the learner');
    expect(text).toContain('urn:uuid:4c2b6a2e-8f0e-4d7a-9a51-2f6f1b0c9e11');
  });

  it('--qr embed: a credential too large warns and falls back to the link; a small one is in the QR code itself', async () => {
    const seen = collect();
    const big = pdf('embed-big', await renderCertificate(ge, { qr: 'embed', verifyBaseUrl: VERIFY, onWarning: seen.onWarning }));
    expect(seen.codes()).toEqual(['WARN_QR_TOO_LARGE']);
    expect(seen.warnings[0]!.message).toMatch(/needs \d+ characters in a QR code.*verification link instead/);
    expect(qrOf(big.image(150))).toBe(VERIFY_LINK);
    const neither = collect();
    await renderCertificate(ge, { qr: 'embed', onWarning: neither.onWarning });
    expect(neither.codes()).toEqual(['WARN_QR_TOO_LARGE', 'WARN_NO_QR']);

    const small = { '@context': ['https://www.w3.org/ns/credentials/v2'], id: 'urn:uuid:0b1c', type: ['VerifiableCredential', 'OpenBadgeCredential'], issuer: { id: 'did:web:x.example', name: 'X' },
      validFrom: '2025-01-01T00:00:00Z', credentialSubject: { type: ['AchievementSubject'], name: 'A. Learner', achievement: { id: 'urn:uuid:1', type: ['Achievement'], name: 'Short course', creditsAvailable: 1 } } };
    const quiet = collect();
    const file = pdf('embed-small', await renderCertificate(small, { qr: 'embed', onWarning: quiet.onWarning }));
    expect(quiet.codes()).toEqual([]);
    const content = qrOf(file.image(300))!;
    expect(content.startsWith('MC1:')).toBe(true);
    expect(JSON.parse(inflateRawSync(Buffer.from(content.slice(4), 'base64url')).toString('utf8'))).toEqual(small);
    expect(file.flat()).toContain('The QR code holds the signed credential itself');
  });

  it('prints the verification link whole: line breaks only after its separators, never inside a word', async () => {
    const lines = pdf('url', await renderCertificate(ge, { verifyBaseUrl: VERIFY })).lines().map((l) => l.text);
    const start = lines.findIndex((l) => l.startsWith('https://'));
    let url = '';
    for (let i = start; url.length < VERIFY_LINK.length && i < lines.length; i++) {
      if (url) expect(url).toMatch(/[/?&=#]$/); // the previous line ended at a separator
      url += lines[i]!.replace(/\s+/g, '');
    }
    expect(url).toBe(VERIFY_LINK);
  });

  it('has a real CreationDate (a fixed one when asked) and declares PDF/A-3b in its XMP metadata', async () => {
    const fixed = pdf('dated', await renderCertificate(ge, { verifyBaseUrl: VERIFY, creationDate: FIXED }));
    expect(fixed.info()).toMatch(/CreationDate:\s+Tue Oct 21 09:30:00 2025 UTC/);
    const meta = fixed.meta();
    expect(meta).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(meta).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    const now = pdf('now', await renderCertificate(ge, { verifyBaseUrl: VERIFY }));
    const year = Number(/CreationDate:.*?(\d{4}) UTC/.exec(now.info())![1]);
    expect(year).toBeGreaterThanOrEqual(2025); // not 1970
  });

  it('is a tagged PDF: heading, table of facts, lists of outcomes, figures with alternative text', async () => {
    const file = pdf('tagged', await renderCertificate(ge, { verifyBaseUrl: VERIFY, logo: logoPng() }));
    expect(file.info()).toMatch(/Tagged:\s+yes/);
    const struct = file.struct();
    expect(struct).toMatch(/H1 \(block\)\n\s+"AI for Enhancing Research Skills in Higher Education"/);
    expect(struct).toMatch(/Table \(block\)\n\s+TR\n\s+TH\n\s+"Date of issue"\n\s+TD\n\s+"2025-10-20"/);
    expect(struct).toMatch(/H2 \(block\)\n\s+"Learning outcomes"/);
    expect(struct).toMatch(/L \(block\)\n\s+LI \(block\)/);
    expect(struct.match(/Figure/g)).toHaveLength(2); // the logo and the QR code
    const raw = Buffer.from(await renderCertificate(ge, { verifyBaseUrl: VERIFY, logo: logoPng() })).toString('latin1');
    expect(raw).toContain(`/Alt (QR code: link to the verification page of this credential: ${VERIFY_LINK})`);
    expect(raw).toContain('/Alt (Logo of Example State University)');
  });

  it('--attach: the signed credential travels inside the PDF as an embedded file, byte for byte', async () => {
    const text = JSON.stringify(ge);
    const file = pdf('attached', await renderCertificate(text, { verifyBaseUrl: VERIFY, attach: true, creationDate: FIXED }));
    expect(file.attachments()).toMatch(/1 embedded files\n1: credential\.json/);
    expect(file.attachment(1).toString('utf8')).toBe(text);
    expect(file.flat()).toContain('The signed credential is attached to this PDF file.');
    const raw = Buffer.from(await renderCertificate(text, { attach: true })).toString('latin1');
    expect(raw).toContain('/AFRelationship /Source');
    expect(raw).toContain('/Subtype /application#2Fvc+ld+json');
    expect(pdf('not-attached', await renderCertificate(ge)).attachments()).toMatch(/0 embedded files/);
  });

  it('prints "not verified" and the reason when told the credential did not verify', async () => {
    const text = pdf('unverified', await renderCertificate(ge, { language: 'ka', verification: { verified: false, reason: 'Invalid signature. (ERR_SIGNATURE_INVALID)' } })).flat();
    expect(text).toContain('არ არის დადასტურებული');
    expect(text).toContain('ERR_SIGNATURE_INVALID');
    expect(pdf('verified', await renderCertificate(ge, { language: 'ka', verification: { verified: true } })).flat()).not.toContain('არ არის დადასტურებული');
  });

  it('co-awarded: one signature block with a seal area per awarding body, signatories in order, logos of each body', async () => {
    const mc = example('ge-ai-research');
    mc.awardingBodies[0]!.image = { id: dataUri(logoPng()) };
    mc.awardingBodies.push({ id: 'did:web:uni.example.am', name: { en: 'Yerevan Example University' }, country: 'AM', region: 'Yerevan', image: { id: dataUri(logoPng(80, 80)) } });
    mc.awardingBodies.push({ name: { en: 'Third Partner Institute' }, country: 'DE', image: { id: mc.image!.id } }); // an SVG: not printable
    const seen = collect();
    const file = pdf('co-awarded', await renderCertificate(await issue(mc), {
      verifyBaseUrl: VERIFY, signatories: [{ name: 'Nino Kiknadze', role: 'Rector' }, { name: 'Armen Petrosyan', role: 'Rector' }], onWarning: seen.onWarning,
    }));
    expect(seen.codes()).toEqual(['WARN_LOGO_NOT_PRINTED']);
    expect(seen.warnings[0]!.message).toContain('Third Partner Institute');
    const text = file.flat();
    expect(text.match(/Seal or stamp/g)).toHaveLength(3);
    expect(text.match(/Signature/g)).toHaveLength(3);
    expect(text).toContain('Name and position'); // the third body has nobody named: a blank line
    const lines = file.lines();
    const x = (needle: string) => lines.find((l) => l.text === needle)!.xMin;
    expect(x('Armen Petrosyan')).toBeGreaterThan(x('Nino Kiknadze') + 100); // side by side, in body order
    expect(x('Yerevan Example University')).toBeCloseTo(x('Armen Petrosyan'), -1);
    expect(file.images()).toBe(3); // two logos and the QR code
    expect(file.pages()).toBe(1);
  });

  it('outcomes that do not fit are counted in a note pointing to the supplement', async () => {
    const mc = example('ge-ai-research');
    for (let i = 0; i < 30; i++) mc.learningOutcomes.push({ category: 'skills', text: { en: `Additional outcome ${i}: applies the methods of the course to a further research question of their own choosing.` } });
    for (const paper of ['A4', 'Letter'] as const) {
      const file = pdf(`overflow-${paper}`, await renderCertificate(await issue(mc), { paper, verifyBaseUrl: VERIFY }));
      const text = file.flat();
      const shown = (text.match(/•/g) ?? []).length;
      expect(shown).toBeGreaterThan(8);
      expect(text).toContain(`${mc.learningOutcomes.length - shown} more learning outcomes are listed in the supplement.`);
      expect(file.pages()).toBe(1);
      // The outcomes stop above place and date; nothing overlaps the signing area.
      const lines = file.lines();
      const place = lines.find((l) => l.text.startsWith('Place and date'))!;
      const lastOutcome = lines.filter((l) => l.yMax < place.yMin + 1).at(-1)!;
      expect(lastOutcome.text).toContain('more learning outcomes');
    }
  });

  it('a logo file takes the place of the bodies\' images; unreadable or oversized logos are left out with a warning', async () => {
    expect(pdf('logo-file', await renderCertificate(ge, { logo: logoPng(), verifyBaseUrl: VERIFY })).images()).toBe(2);
    for (const [name, logo, reason] of [
      ['text', Buffer.from('not an image'), 'neither PNG nor JPEG'],
      ['broken', Buffer.concat([logoPng().subarray(0, 40)]), 'cannot be read'],
      ['huge', Buffer.concat([logoPng(), Buffer.alloc(MAX_LOGO_BYTES)]), `more than ${MAX_LOGO_BYTES}`],
    ] as const) {
      const seen = collect();
      const file = pdf(`logo-${name}`, await renderCertificate(ge, { logo, onWarning: seen.onWarning }));
      expect(seen.codes(), name).toContain('WARN_LOGO_NOT_PRINTED');
      expect(seen.warnings.find((w) => w.code === 'WARN_LOGO_NOT_PRINTED')!.message, name).toContain(reason);
      expect(file.images()).toBe(0);
    }
  });

  it('bounds: at most 12 signatories, signature blocks for at most 6 awarding bodies', async () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ name: `Person ${i}` }));
    await expect(renderCertificate(ge, { signatories: many })).rejects.toMatchObject({ code: 'ERR_TOO_MANY_SIGNATORIES' });
    await expect(renderSupplement(ge, { signatories: many })).rejects.toMatchObject({ code: 'ERR_TOO_MANY_SIGNATORIES' });
    const mc = example('ge-ai-research');
    for (let i = 0; i < 6; i++) mc.awardingBodies.push({ name: { en: `Partner ${i}` }, country: 'GE' });
    const seen = collect();
    const file = pdf('seven-bodies', await renderCertificate(await issue(mc), { verifyBaseUrl: VERIFY, onWarning: seen.onWarning }));
    expect(seen.codes()).toEqual(['WARN_TOO_MANY_SIGNATURE_BLOCKS']);
    expect(file.flat().match(/Seal or stamp/g)).toHaveLength(6);
    expect(file.pages()).toBe(1);
  });
});

describe('QR code size', () => {
  it('prints every dot at least 0.5 mm wide, grows up to 144 pt, and refuses what would need more', async () => {
    const { EMBED_LIMIT, QR_MAX_PT, QR_MIN_PT, QR_MODULE_PT, embeddedQrText, qrPng } = await import('../../src/render/qr.js');
    const QRCode = (await import('qrcode')).default;
    expect((await qrPng(VERIFY_LINK)).size).toBe(QR_MIN_PT);
    for (const length of [300, 500, EMBED_LIMIT]) {
      const text = `MC1:${'aB3'.repeat(length).slice(0, length - 4)}`;
      const { size } = await qrPng(text);
      const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size + 4;
      expect(size / modules, String(length)).toBeGreaterThanOrEqual(QR_MODULE_PT - 1e-9);
      expect(size).toBeLessThanOrEqual(QR_MAX_PT);
    }
    // Incompressible text just over the limit once deflated and base64url-encoded.
    let seed = 7;
    const noise = Array.from({ length: 700 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 94))).join('');
    expect(() => embeddedQrText(noise)).toThrow(expect.objectContaining({ code: 'ERR_QR_TOO_LARGE' }));
    expect(embeddedQrText(noise.slice(0, 400)).length).toBeLessThanOrEqual(EMBED_LIMIT);
  });
});
