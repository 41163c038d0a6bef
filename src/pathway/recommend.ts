import { textIn } from '../model/language-map.js';
import type { Pathway } from '../model/types.generated.js';
import type { PathwayEvaluation } from './types.js';

/**
 * The proposal in words, addressed to the receiving institution. It recommends; it never says
 * the learner is entitled to anything: stacking creates no automatic entitlement.
 */
export function recommend(pathway: Pathway, evaluation: PathwayEvaluation, language: string): { recommendation: string; reasons: string[] } {
  const institution = textIn(pathway.target.institution.name, language) ?? 'the receiving institution';
  const target = textIn(pathway.target.title, language) ?? pathway.id;
  const programmes = (pathway.target.programmes ?? []).map((p) => textIn(p.title, language)).filter(Boolean);
  const towards = programmes.length ? `${target} (${programmes.join('; ')})` : target;
  const counted = evaluation.credentials.filter((c) => c.outcome !== 'excluded');
  const flagged = evaluation.credentials.filter((c) => c.outcome === 'flagged');
  const excluded = evaluation.credentials.filter((c) => c.outcome === 'excluded');
  const reasons: string[] = [];
  reasons.push(`${counted.length} of ${evaluation.credentials.length} credentials verified and fit the pathway; they count ${evaluation.totalEcts} ECTS after the caps (${evaluation.statedEcts} stated).`);
  const capped = counted.filter((c) => c.capsApplied.length > 0);
  if (capped.length) reasons.push(`Caps bound ${capped.length} credential(s): ${[...new Set(capped.flatMap((c) => c.capsApplied))].join(', ')}.`);
  if (excluded.length) reasons.push(`${excluded.length} credential(s) count nothing: ${excluded.map((c) => `${c.id ?? c.digest} — ${c.reasons[0]?.message ?? 'excluded'}`).join('; ')}`);
  if (flagged.length) reasons.push(`${flagged.length} credential(s) count but are flagged for the institution to check: ${flagged.map((c) => c.id ?? c.digest).join(', ')}.`);
  for (const item of evaluation.missing) reasons.push(item.message);
  if (evaluation.outcomes) reasons.push(`${evaluation.outcomes.covered} of ${evaluation.outcomes.total} of the target's learning outcomes are matched by the credentials' outcomes (ESCO skill or exact text); the rest need the institution's own comparison.`);
  const rule = `pathway ${pathway.id} v${pathway.version}`;
  const recommendation = evaluation.eligible
    ? `Recommendation to ${institution}: the verified credentials meet the conditions of ${rule}; ${evaluation.totalEcts} ECTS may be recognised towards ${towards}${flagged.length ? ', once the flagged credentials are checked' : ''}. This is a proposal, not an entitlement: the decision lies with ${institution}.`
    : `Recommendation to ${institution}: the verified credentials do not yet meet the conditions of ${rule} (${evaluation.missing.length} condition(s) open); ${evaluation.totalEcts} ECTS count so far towards ${towards}. The institution may still decide otherwise, for instance through its recognition of prior learning procedure.`;
  return { recommendation, reasons };
}
