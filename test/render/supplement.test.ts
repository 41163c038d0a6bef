import { beforeAll, describe, expect, it } from 'vitest';
import { createMicroCredential, generateKey } from '../../src/index.js';
import { renderSupplement } from '../../src/render/index.js';
import { example } from '../helpers/fixtures.js';
import { pdf, poppler } from '../helpers/poppler.js';

describe.runIf(poppler)('supplement', () => {
  let ge: object;
  let am: object;
  beforeAll(async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    ge = (await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key })) as object;
    am = (await createMicroCredential(example('am-data-analytics'), { profile: 'am', key })) as object;
  });

  it('has the numbered sections of a diploma supplement, with every Annex I element and national extra present', async () => {
    const file = pdf('supplement', await renderSupplement(ge, { signatories: [{ name: 'Nino Kiknadze', role: 'Rector' }] }));
    const text = file.flat();
    const sections = ['1. Information identifying the holder', '2. Information identifying the micro-credential and the awarding body', '3. Information on the level of the micro-credential',
      '4. Information on the contents and results gained', '5. Information on the function of the micro-credential', '6. Additional information', '7. Certification of the supplement',
      '8. Information on the national education system'];
    let at = -1;
    for (const section of sections) {
      const index = text.indexOf(section);
      expect(index, section).toBeGreaterThan(at);
      at = index;
    }
    for (const expected of ['Knowledge', 'Skills', 'Responsibility and autonomy', 'Workload breakdown', 'Type of assessment', 'Form of participation', 'Quality assurance', 'Prerequisites',
      'Supervision and identity verification', 'Integration and stackability', 'Recognition', 'Contact: synchronous online webinars: 50 hours', 'National Center for Educational Quality Enhancement',
      'Supervised online, with identity verification', 'Seal or stamp', 'Nino Kiknadze', 'Place and date', 'Tbilisi, Georgia, 20 October 2025', 'National Qualifications Framework of Georgia']) {
      expect(text).toContain(expected);
    }
    const struct = file.struct();
    expect(struct).toMatch(/H2 \(block\)\n\s+"1\. Information identifying the holder"/);
    expect(struct).toMatch(/TR\n\s+TH\n\s+"1\.1"\n\s+TH\n\s+"Name"\n\s+TD/);
  });

  it('shows words, not codes, in each language', async () => {
    const en = pdf('words-en', await renderSupplement(ge)).flat();
    for (const expected of ['Student number TSU-2025-00417', 'Georgian: ხელოვნური', '0111 — Education science', 'Language of delivery Georgian', 'Country Georgia', 'Georgia: 7', 'Second cycle (Master)', 'Internal — The institution']) {
      expect(en).toContain(expected);
    }
    for (const raw of ['studentId', '(en)', '(ka)', ' GE ', 'second-cycle', 'supervised-online-id', 'written-report']) expect(en).not.toContain(raw);
    const ka = pdf('words-ka', await renderSupplement(ge, { language: 'ka' })).flat();
    for (const expected of ['სტუდენტის ნომერი TSU-2025-00417', 'ინგლისური: AI for Enhancing', '0111 — განათლების მეცნიერება', 'ქართული', 'საქართველო', 'ონლაინ ზედამხედველობით, იდენტობის დადასტურებით',
      'წერილობითი ანგარიში (შეფასებული დავალება)', 'დაგროვებადი', 'შიდა', 'გარე', 'გვერდი 1, სულ']) {
      expect(ka).toContain(expected);
    }
    const hy = pdf('words-hy', await renderSupplement(am, { language: 'hy' })).flat();
    for (const expected of ['Ուսանողի համար YSU-77812', '85 — հանձնված է', 'Գնահատման սանդղակ: տոկոս (0–100)', 'հայերեն, անգլերեն', 'Ինքնուրույն', 'Տեղում վերահսկողությամբ, ինքնության ստուգմամբ',
      'Ներքին', 'Արտաքին', 'Որակավորումների ազգային շրջանակում', 'Էջ 1՝']) {
      expect(hy).toContain(expected);
    }
    const amEn = pdf('words-am-en', await renderSupplement(am)).flat();
    expect(amEn).toContain('85 — passed');
    expect(amEn).toContain('Grading scale: per cent (0–100)');
    expect(amEn).not.toContain('· percent ·');
  });

  it('every page has the institution header and "page n of m"; no page but the last is mostly empty', async () => {
    for (const [name, credential, language, paper] of [['ge-en', ge, 'en', 'A4'], ['ge-hy', ge, 'hy', 'Letter'], ['am-ka', am, 'ka', 'A4']] as const) {
      const file = pdf(`pages-${name}`, await renderSupplement(credential, { language, paper }));
      const pages = file.pages();
      expect(pages, name).toBeGreaterThanOrEqual(2);
      const lines = file.lines();
      const height = paper === 'A4' ? 841.89 : 792;
      const body = credential === ge ? { en: 'Example State University', ka: 'სანიმუშო სახელმწიფო უნივერსიტეტი', hy: 'Example State University' }[language] : 'XYZ University';
      for (let page = 1; page <= pages; page++) {
        const on = lines.filter((l) => l.page === page);
        expect(on[0]!.text, `${name} page ${page}`).toBe(body);
        const footer = { en: `Page ${page} of ${pages}`, ka: `გვერდი ${page}, სულ ${pages}`, hy: `Էջ ${page}՝ ${pages}-ից` }[language];
        expect(on.some((l) => l.text === footer), `${name} page ${page}: ${footer}`).toBe(true);
        if (page < pages) {
          const content = on.filter((l) => l.yMax < height - 45); // above the footer
          expect(Math.max(...content.map((l) => l.yMax)), `${name} page ${page} is filled`).toBeGreaterThan(height * 0.7);
        }
      }
    }
  });

  it('bullets hang: every line of a list item starts right of its bullet', async () => {
    const lines = pdf('hanging', await renderSupplement(ge)).lines();
    const first = lines.findIndex((l) => l.text.startsWith('• Describes the main artificial intelligence'));
    const bulletLine = lines[first]!;
    const continuation = lines[first + 1]!;
    expect(continuation.text.startsWith('•')).toBe(false);
    expect(continuation.xMin).toBeGreaterThan(bulletLine.xMin + 5);
    const next = lines.find((l, i) => i > first && l.text.startsWith('• Explains ethical challenges'))!;
    expect(next.xMin).toBeCloseTo(bulletLine.xMin, 0);
  });

  it('is tagged PDF/A-3b like the certificate, and can carry the credential', async () => {
    const file = pdf('supplement-attached', await renderSupplement(ge, { attach: true }));
    expect(file.info()).toMatch(/Tagged:\s+yes/);
    expect(file.meta()).toContain('<pdfaid:part>3</pdfaid:part>');
  });
});
