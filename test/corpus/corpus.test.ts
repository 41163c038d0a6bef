/**
 * microcred measured on credentials it did not write: the 1EdTech public validator's OB 3.0 test
 * resources and the EU's ELM v3 micro-credential samples, each verified offline and compared
 * with the verdict a strict offline verifier must give (expectations.json, with the reason and
 * where the 1EdTech test expects otherwise). Prints the confusion matrix; the goal is no false
 * accept and no false reject.
 *
 * The files themselves are not in this repository (see README.md here): the EU samples are read
 * from ../shared/specs/elm/samples, the 1EdTech resources from $MICROCRED_CORPUS_DIR/1edtech-ob30
 * (default ../shared/corpus/1edtech-ob30). A folder that is absent is skipped with a message.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/index.js';
import { repoRoot } from '../helpers/fixtures.js';
import expectations from './expectations.json' with { type: 'json' };

interface Expectation {
  file: string;
  source: '1edtech-ob30' | 'eu-elm';
  at: string;
  verified: boolean;
  reason: string;
  oneEdTech: string | null;
  differs: string | null;
}

const corpusRoot = process.env.MICROCRED_CORPUS_DIR ?? resolve(repoRoot, '../shared/corpus');
const FOLDERS: Record<Expectation['source'], string> = {
  '1edtech-ob30': join(corpusRoot, '1edtech-ob30'),
  'eu-elm': resolve(repoRoot, '../shared/specs/elm/samples'),
};
const entries = (expectations as { entries: Expectation[] }).entries;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** What a verifier receives: image bytes for baked badges, text for everything else. */
function received(path: string): Uint8Array | string {
  const bytes = readFileSync(path);
  return /\.(png|svg)$/i.test(path) ? new Uint8Array(bytes) : bytes.toString('utf8');
}

type Outcome = 'true accept' | 'false accept' | 'true reject' | 'false reject';
const outcomeOf = (expected: boolean, got: boolean): Outcome =>
  got ? (expected ? 'true accept' : 'false accept') : expected ? 'false reject' : 'true reject';

for (const [source, dir] of Object.entries(FOLDERS) as [Expectation['source'], string][]) {
  const mine = entries.filter((e) => e.source === source);
  if (!existsSync(dir)) {
    console.warn(`[skip] corpus ${source}: ${dir} not found (see test/corpus/README.md).`);
    describe.skip(`corpus ${source} — skipped: ${dir} not found`, () => {
      it('needs the corpus folder', () => undefined);
    });
    continue;
  }
  describe(`corpus ${source} (${dir})`, () => {
    it('has a verdict for every file, and a file for every verdict', () => {
      const present = filesUnder(dir).map((path) => relative(dir, path).split('\\').join('/'));
      const listed = mine.map((e) => e.file);
      // The EU folder holds only the two samples we list; other folders must match exactly.
      expect(present.filter((f) => listed.includes(f) || source !== 'eu-elm').sort()).toEqual([...listed].sort());
    });

    it('verifies each offline as a strict verifier must, and prints the confusion matrix', async () => {
      const matrix: Record<Outcome, number> = { 'true accept': 0, 'false accept': 0, 'true reject': 0, 'false reject': 0 };
      const wrong: string[] = [];
      for (const entry of mine) {
        const report = await verify(received(join(dir, entry.file)), { at: entry.at });
        const outcome = outcomeOf(entry.verified, report.verified);
        matrix[outcome]++;
        if (outcome.startsWith('false')) {
          const failed = report.checks.filter((c) => c.status === 'fail').map((c) => `${c.id}: ${c.code} ${c.message}`);
          wrong.push(`${outcome}: ${entry.file} (expected ${entry.verified}: ${entry.reason}) — ${failed.join('; ') || 'no failed check'}`);
        }
      }
      // The 1EdTech verdict: "valid…" accepts (warnings included), "invalid…" rejects.
      const differs = mine.filter((e) => e.oneEdTech !== null && e.oneEdTech.startsWith('valid') !== e.verified).length;
      console.log(
        `corpus ${source}: ${mine.length} credentials — ` +
          Object.entries(matrix).map(([k, v]) => `${k} ${v}`).join(', ') +
          (differs > 0 ? `; ${differs} verdicts differ from the 1EdTech test's expectation (why: "differs" in expectations.json)` : ''),
      );
      expect(wrong).toEqual([]);
    });
  });
}
