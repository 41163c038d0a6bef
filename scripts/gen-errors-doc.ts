/**
 * Writes docs/errors.md from the code tables in src/error-codes.ts: every error code and every
 * report code, by family, with what it means and what to do. The tables are the source of truth;
 * test/errors-doc.test.ts fails when the document is stale. Run: npm run gen:errors
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CODE_FAMILIES } from '../src/error-codes.js';

/** Anchor of a family's section. */
const anchor = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const KINDS = {
  error: {
    heading: 'Errors',
    intro:
      'Thrown (or rejected) by the API. Every class extends `MicrocredError`; branch on `error.code`, whose type is the union below (e.g. `StoreErrorCode`), never on the message.',
  },
  check: {
    heading: 'Verification report codes',
    intro:
      '`verify()` never throws on a bad credential: it returns a report whose failed or warned checks carry one of these in `checks[].code` (`CheckCode`). A check may also carry the code of an error above (e.g. a `ResolutionError` code when a key could not be fetched).',
  },
  other: {
    heading: 'Other codes',
    intro: 'Codes in pathway evaluations, service responses and rendering warnings.',
  },
} as const;

/** The Markdown of docs/errors.md. */
export function renderErrorsDoc(): string {
  const lines: string[] = [
    '<!-- GENERATED from src/error-codes.ts by `npm run gen:errors` — do not edit by hand. -->',
    '',
    '# Error and report codes',
    '',
    'Every code microcred puts in an error (`error.code`) or in a verification report (`checks[].code`), grouped by family, with what it means and what to do about it. Codes are stable across releases: match on them, not on messages. The messages add the particulars (which file, which field, which URL).',
    '',
    'The tables come from `src/error-codes.ts`, where each code and its advice are defined together; the TypeScript code unions (`ErrorCode`, `CheckCode`, `StoreErrorCode`, …) are derived from the same tables, so a code cannot be used without being listed here.',
    '',
  ];
  const all = new Map<string, string[]>();
  for (const kind of ['error', 'check', 'other'] as const) {
    const families = CODE_FAMILIES.filter((f) => f.kind === kind);
    lines.push(`- [${KINDS[kind].heading}](#${anchor(KINDS[kind].heading)}): ${families.map((f) => `[${f.title}](#${anchor(f.title)}) (${Object.keys(f.codes).length})`).join(', ')}`);
  }
  lines.push('- [Index of codes](#index-of-codes)', '');
  for (const kind of ['error', 'check', 'other'] as const) {
    lines.push(`<a id="${anchor(KINDS[kind].heading)}"></a>`, '', `## ${KINDS[kind].heading}`, '', KINDS[kind].intro, '');
    for (const family of CODE_FAMILIES.filter((f) => f.kind === kind)) {
      lines.push(`<a id="${anchor(family.title)}"></a>`, '', `### ${family.title}`, '', family.about, '', '| Code | Meaning and what to do |', '| --- | --- |');
      for (const [code, advice] of Object.entries(family.codes)) {
        lines.push(`| \`${code}\` | ${cell(advice)} |`);
        all.set(code, [...(all.get(code) ?? []), family.title]);
      }
      lines.push('');
    }
  }
  lines.push('<a id="index-of-codes"></a>', '', '## Index of codes', '', `${all.size} codes. Where a code belongs to several families, its meaning is the same; the advice is given in each.`, '');
  lines.push('| Code | Families |', '| --- | --- |');
  for (const code of [...all.keys()].sort()) {
    lines.push(`| \`${code}\` | ${all.get(code)!.map((title) => `[${cell(title)}](#${anchor(title)})`).join(', ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('../docs/errors.md', import.meta.url));
  await writeFile(target, renderErrorsDoc());
  console.log(`wrote ${target}`);
}
