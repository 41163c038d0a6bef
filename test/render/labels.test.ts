import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { EN, type LabelKey, UI_LANGUAGES, type UiLanguage, labelTable } from '../../src/render/labels.js';
import { TaggedPdf } from '../../src/render/pdf.js';
import { assessmentTypeName, countryName, iscedFName, languageName, qfEheaName, supervisionName } from '../../src/render/vocabulary-labels.js';
import type { AssessmentType, QfEheaCycle, Supervision } from '../../src/model/types.generated.js';
import { ASSESSMENT_TYPES, QF_EHEA_CYCLES, SUPERVISION_LEVELS } from '../../src/model/vocabularies.js';
import { repoRoot } from '../helpers/fixtures.js';
import { pdf, poppler } from '../helpers/poppler.js';

const TRANSLATED = UI_LANGUAGES.filter((l): l is Exclude<UiLanguage, 'en'> => l !== 'en');
const KEYS = Object.keys(EN) as LabelKey[];
const ISCED = (JSON.parse(readFileSync(`${repoRoot}schemas/vocabularies.schema.json`, 'utf8')) as { $defs: { IscedFCode: { enum: string[] } } }).$defs.IscedFCode.enum;
const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

/** Every word a document or the page can show in `language`: interface labels and vocabulary names. */
function everything(language: UiLanguage): Map<string, string> {
  const all = new Map<string, string>();
  for (const key of KEYS) all.set(`label ${key}`, labelTable(language)[key] ?? '');
  for (const code of Object.keys(ASSESSMENT_TYPES) as AssessmentType[]) all.set(`assessment ${code}`, assessmentTypeName(code, language));
  for (const code of Object.keys(SUPERVISION_LEVELS) as Supervision[]) all.set(`supervision ${code}`, supervisionName(code, language));
  for (const code of Object.keys(QF_EHEA_CYCLES) as QfEheaCycle[]) all.set(`qf-ehea ${code}`, qfEheaName(code, language));
  for (const code of ISCED) all.set(`isced-f ${code}`, iscedFName(code, language) ?? '');
  for (const code of ['GE', 'AM', 'DE', 'FR']) all.set(`country ${code}`, countryName(code, language));
  for (const tag of ['en', 'ka', 'hy', 'ru', 'de']) all.set(`language ${tag}`, languageName(tag, language));
  return all;
}

describe('labels in en, ka and hy', () => {
  it('English has every label, none empty', () => {
    for (const [what, text] of everything('en')) expect(text.trim(), what).not.toBe('');
  });

  for (const language of TRANSLATED) {
    it(`${language}: every label and vocabulary word exists and is translated, not left in English`, () => {
      const english = everything('en');
      const missing: string[] = [];
      const untranslated: string[] = [];
      for (const [what, text] of everything(language)) {
        if (!text.trim()) missing.push(what);
        else if (text === english.get(what)) untranslated.push(`${what}: ${text}`);
      }
      expect(missing, `${language}: missing`).toEqual([]);
      expect(untranslated, `${language}: identical to English`).toEqual([]);
      // Only keys English has: a typo in a key would otherwise be a silent fallback.
      expect(Object.keys(labelTable(language)).filter((key) => !(key in EN))).toEqual([]);
    });

    it(`${language}: placeholders ({n}, {name}, …) are kept`, () => {
      for (const key of KEYS) expect(placeholders(labelTable(language)[key]!), key).toEqual(placeholders(EN[key]));
    });
  }

  it('Georgian uses no capitals (Mtavruli) the font lacks; the font has a glyph for every character', async () => {
    for (const text of everything('ka').values()) expect(text).not.toMatch(/[\u1C90-\u1CBF]/);
    const require = createRequire(import.meta.url);
    // fontkit is pdfkit's font reader (installed with pdfkit, no typings of its own).
    const fontkit = (await import('fontkit' as string)) as { create: (b: Buffer) => { hasGlyphForCodePoint: (c: number) => boolean } };
    for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
      const font = fontkit.create(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
      for (const language of UI_LANGUAGES) {
        for (const [what, text] of everything(language)) {
          const lacking = [...text].filter((c) => !/\s/.test(c) && !font.hasGlyphForCodePoint(c.codePointAt(0)!));
          expect(lacking, `${file} ${language} ${what}`).toEqual([]);
        }
      }
    }
  });

  it.runIf(poppler)('renders every label of each language into a PDF that reads back word for word', async () => {
    for (const language of UI_LANGUAGES) {
      const doc = await TaggedPdf.open({ title: `labels ${language}`, language, creationDate: new Date('2025-01-01T00:00:00Z') });
      const all = everything(language);
      for (const text of all.values()) doc.tag('P', () => doc.doc.fontSize(9).text(text));
      const read = pdf(`labels-${language}`, await doc.end()).flat();
      // Line breaks may fall anywhere in a long label (pdftotext joins a hyphen at a line end); compare without them.
      const squash = (s: string) => s.replace(/[\s-]+/g, '');
      const lost = [...all].filter(([, text]) => !squash(read).includes(squash(text))).map(([what]) => what);
      expect(lost, language).toEqual([]);
    }
  });
});
