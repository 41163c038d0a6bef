import { textIn } from '../model/language-map.js';
import type { LearningOutcome } from '../model/types.generated.js';
import type { CredentialFacts } from './facts.js';
import type { OutcomeCoverage } from './types.js';

/** Text compared as written, up to Unicode normalisation, whitespace and letter case. */
const normal = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Outcomes match by a shared ESCO skill URI, else by the same text in a language both state. */
function match(target: LearningOutcome, outcome: LearningOutcome): { match: 'esco' | 'text'; esco?: string } | undefined {
  const esco = (target.escoSkills ?? []).find((uri) => (outcome.escoSkills ?? []).includes(uri));
  if (esco) return { match: 'esco', esco };
  for (const [language, text] of Object.entries(target.text)) {
    const other = outcome.text[language];
    if (other !== undefined && normal(other) === normal(text)) return { match: 'text' };
  }
  return undefined;
}

/** Which of the target's outcomes the counted credentials cover, and by which of their outcomes. */
export function outcomeCoverage(targets: readonly LearningOutcome[], counted: readonly CredentialFacts[], language: string): OutcomeCoverage[] {
  return targets.map((target, index) => {
    const by: OutcomeCoverage['by'] = [];
    for (const credential of counted) {
      credential.outcomes.forEach((outcome, j) => {
        const found = match(target, outcome);
        if (found) by.push({ credential: credential.id ?? credential.digest, outcome: j, ...found });
      });
    }
    const item: OutcomeCoverage = { outcome: index, covered: by.length > 0, by };
    if (target.id) item.id = target.id;
    const text = textIn(target.text, language);
    if (text) item.text = text;
    return item;
  });
}
