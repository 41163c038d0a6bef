/**
 * docs/errors.md is generated from src/error-codes.ts and lists every code the source uses:
 * a code added to src without an entry (and advice) in the tables, or an entry no code uses any
 * more, fails here. The compiler checks the same for `new XError('ERR_…')`; this also covers codes
 * in reports, comments and string comparisons.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderErrorsDoc } from '../scripts/gen-errors-doc.js';
import { CODE_FAMILIES } from '../src/error-codes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const TABLES = 'src/error-codes.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const sources = sourceFiles(join(root, 'src'))
  .filter((path) => relative(root, path).replaceAll('\\', '/') !== TABLES)
  .map((path) => readFileSync(path, 'utf8'));
const text = sources.join('\n');
const used = new Set(text.match(/\b(?:ERR|WARN)_[A-Z0-9_]*[A-Z0-9]\b/g) ?? []);
const documented = new Set(CODE_FAMILIES.flatMap((family) => Object.keys(family.codes)));

describe('docs/errors.md', () => {
  it('is what npm run gen:errors generates now', () => {
    expect(readFileSync(join(root, 'docs/errors.md'), 'utf8')).toBe(renderErrorsDoc());
  });

  it('lists every ERR_/WARN_ code that appears in src', () => {
    expect(used.size).toBeGreaterThan(300);
    const doc = readFileSync(join(root, 'docs/errors.md'), 'utf8');
    const missing = [...used].filter((code) => !documented.has(code) || !doc.includes(`\`${code}\``)).sort();
    expect(missing).toEqual([]);
  });

  it('documents no code that src does not use', () => {
    // verify/input.ts reports model/guard.ts's issue codes prefixed: `ERR_${'INPUT_TOO_DEEP'}`.
    const unused = [...documented].filter((code) => !used.has(code) && !(code.startsWith('ERR_') && text.includes(`'${code.slice(4)}'`))).sort();
    expect(unused).toEqual([]);
  });

  it('gives each code advice: a sentence or two, ending with a full stop', () => {
    for (const family of CODE_FAMILIES) {
      for (const [code, advice] of Object.entries(family.codes)) {
        expect(advice.length, code).toBeGreaterThan(20);
        expect(advice.length, code).toBeLessThan(260);
        expect(advice, code).toMatch(/[.)]$/);
      }
    }
  });
});
