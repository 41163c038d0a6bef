import type { CheckCode } from '../errors.js';
import type { MicroCredential, QualityAssurance, RegistryEntry } from '../model/types.generated.js';
import type { Check } from '../verify/report.js';
import type { VerifiedRegistry } from './verify-registry.js';

/** Who the credential's provider is, as far as the proof or seal shows it. */
export interface ProviderIdentity {
  /** Issuer ids the proof binds to the signer (Open Badges 3.0: the issuer that signed). */
  ids: readonly string[];
  /** eIDAS organisation identifier of a seal certificate that chains to a trust anchor (sealed EDC). */
  sealOrganisationIdentifier?: string;
}

const TYPE_LABELS: Record<NonNullable<QualityAssurance['accreditationType']>, string> = {
  institutional: 'institutional accreditation',
  programme: 'programme accreditation',
  'right-to-implement': 'right to implement',
  'external-qa': 'external quality assurance',
};
const GRANTED = new Set(['granted', 'granted-with-monitoring', 'accredited']);

/** `date` (YYYY-MM-DD) lies in the accreditation's validity, both ends inclusive; absent ends do not limit. */
const inWindow = (qa: QualityAssurance, date: string) => (qa.validFrom === undefined || date >= qa.validFrom) && (qa.validUntil === undefined || date <= qa.validUntil);

function validity(qa: QualityAssurance): string {
  if (qa.validFrom && qa.validUntil) return `valid ${qa.validFrom} to ${qa.validUntil}`;
  if (qa.validFrom) return `valid from ${qa.validFrom}`;
  if (qa.validUntil) return `valid until ${qa.validUntil}`;
  return 'no end date';
}

/** "right to implement (granted subject to monitoring), decision 2025/123, valid 2025-01-15 to 2027-01-14". */
function describe(qa: QualityAssurance): string {
  const type = qa.accreditationType ? TYPE_LABELS[qa.accreditationType] : 'accreditation';
  const monitoring = qa.decision === 'granted-with-monitoring' ? ' (granted subject to monitoring)' : '';
  const decision = qa.accreditationId ? `, decision ${qa.accreditationId}` : qa.decisionDate ? `, decided ${qa.decisionDate}` : '';
  return `${type}${monitoring}${decision}, ${validity(qa)}`;
}

/** Why the accreditation's scope does not cover the micro-credential (empty: it does). */
export function scopeMismatches(scope: QualityAssurance['scope'], mc: MicroCredential | undefined): string[] {
  if (!scope) return [];
  if (!mc) return ['the micro-credential could not be read, so its field, level and credits could not be checked against the scope'];
  const out: string[] = [];
  if (scope.iscedF) {
    const field = mc.fieldOfStudy?.iscedF;
    if (field === undefined) out.push(`the credential states no field of study (the accreditation covers ISCED-F ${scope.iscedF.join(', ')})`);
    else if (!scope.iscedF.some((covered) => field.startsWith(covered))) out.push(`its field ISCED-F ${field} is outside ${scope.iscedF.join(', ')}`);
  }
  if (scope.eqf) {
    const eqf = mc.level.eqf;
    if (typeof eqf !== 'number' || !scope.eqf.includes(eqf)) out.push(`EQF level ${String(eqf ?? 'not stated')} is not covered (EQF ${scope.eqf.join(', ')})`);
  }
  if (scope.nqf) {
    const nqf = mc.level.nqf;
    if (!nqf || !scope.nqf.some((l) => l.framework === nqf.framework && l.level === nqf.level)) {
      out.push(`NQF level ${nqf ? `${nqf.framework} ${nqf.level}` : 'not stated'} is not covered (${scope.nqf.map((l) => `${l.framework} ${l.level}`).join(', ')})`);
    }
  }
  if (scope.maxEcts !== undefined && mc.workload.ects !== undefined && mc.workload.ects > scope.maxEcts) {
    out.push(`${mc.workload.ects} ECTS exceed the ${scope.maxEcts} ECTS covered`);
  }
  if (scope.programmes) {
    const named = scope.programmes.some((p) => (p.id !== undefined && p.id === mc.achievementId) || (p.courseCode !== undefined && p.courseCode === mc.courseCode));
    if (!named) out.push(`this micro-credential (${mc.achievementId ?? mc.courseCode ?? 'no id or course code'}) is not one of the programmes covered`);
  }
  return out;
}

type Outcome = { status: 'pass' | 'fail'; code?: CheckCode; message: string; rank: number; details: Record<string, unknown> };

/** Judges one registry entry for a credential issued on `date`. */
function judge(entry: RegistryEntry, registry: VerifiedRegistry, mc: MicroCredential | undefined, date: string): Outcome {
  const agencyOf = (qa: QualityAssurance) => (qa.body?.id !== undefined && qa.body.id !== registry.issuer.id ? (qa.body.name.en ?? Object.values(qa.body.name)[0]!) : registry.agency);
  const provider = entry.provider.name.en ?? Object.values(entry.provider.name)[0]!;
  const details = (qa?: QualityAssurance) => ({ registry: registry.id, agency: registry.issuer.id, provider: entry.provider, ...(qa ? { accreditation: qa } : {}), dateOfIssue: date });
  const outcomes: Outcome[] = [];
  for (const qa of entry.accreditations) {
    const mismatches = scopeMismatches(qa.scope, mc);
    if (qa.decision === 'withdrawn') {
      const from = qa.validFrom ?? qa.decisionDate;
      if ((from === undefined || from <= date) && mismatches.length === 0) {
        outcomes.push({ status: 'fail', code: 'ERR_ACCREDITATION_WITHDRAWN', rank: 0, details: details(qa), message: `${agencyOf(qa)} withdrew the ${describe(qa)} of ${provider}${from ? ` from ${from}` : ''}, before the date of issue ${date}: the provider could not issue this credential.` });
      }
      continue;
    }
    if (qa.decision === 'refused') {
      outcomes.push({ status: 'fail', code: 'ERR_ACCREDITATION_REFUSED', rank: 4, details: details(qa), message: `${agencyOf(qa)} refused ${provider} the ${describe(qa)}: no accreditation covers the date of issue ${date}.` });
      continue;
    }
    if (!GRANTED.has(qa.decision ?? '')) continue;
    if (!inWindow(qa, date)) {
      const before = qa.validFrom !== undefined && date < qa.validFrom;
      outcomes.push({
        status: 'fail', code: before ? 'ERR_ACCREDITATION_NOT_YET_VALID' : 'ERR_ACCREDITATION_EXPIRED', rank: 2, details: details(qa),
        message: `${provider} was not accredited on the date of issue ${date}: ${agencyOf(qa)} — ${describe(qa)} — ${before ? 'began after it' : 'had ended'}.`,
      });
      continue;
    }
    if (mismatches.length > 0) {
      outcomes.push({ status: 'fail', code: 'ERR_ACCREDITATION_SCOPE', rank: 1, details: { ...details(qa), mismatches }, message: `${agencyOf(qa)} — ${describe(qa)} — does not cover this credential: ${mismatches.join('; ')}.` });
      continue;
    }
    // A grant with no reference and no dates (e.g. imported from a known-issuer list) is a listing, not an accreditation decision.
    const listing = qa.accreditationId === undefined && qa.decisionDate === undefined && qa.validFrom === undefined && qa.validUntil === undefined;
    const message = listing
      ? `Listed by ${agencyOf(qa)} on the date of issue ${date} — a listing, not an accreditation decision (no decision reference or dates).`
      : `Accredited by ${agencyOf(qa)} — ${describe(qa)} — on the date of issue ${date}.`;
    outcomes.push({ status: 'pass', rank: -1, details: details(qa), message });
  }
  const withdrawn = outcomes.find((o) => o.code === 'ERR_ACCREDITATION_WITHDRAWN');
  if (withdrawn) return withdrawn;
  // The most specific grant speaks for the credential: a programme's before the institution's.
  const specificity = (o: Outcome) => ['right-to-implement', 'programme', 'external-qa', 'institutional'].indexOf(String((o.details.accreditation as QualityAssurance | undefined)?.accreditationType)) >>> 0;
  const pass = outcomes.filter((o) => o.status === 'pass').sort((a, b) => specificity(a) - specificity(b))[0];
  if (pass) return pass;
  const best = outcomes.sort((a, b) => a.rank - b.rank)[0];
  return best ?? { status: 'fail', code: 'ERR_ACCREDITATION_NONE', rank: 5, details: details(), message: `${registry.agency}'s registry lists ${provider} but no decision granting it an accreditation.` };
}

/** Whether a registry's own validity covers `at` (its dates are ISO date-times). */
export function registryInForce(registry: VerifiedRegistry, at: Date, skewSeconds = 300): boolean {
  const skew = skewSeconds * 1000;
  const from = registry.validFrom === undefined ? Number.NEGATIVE_INFINITY : Date.parse(registry.validFrom);
  const until = registry.validUntil === undefined ? Number.POSITIVE_INFINITY : Date.parse(registry.validUntil);
  return !Number.isNaN(from) && !Number.isNaN(until) && at.getTime() + skew >= from && at.getTime() - skew <= until;
}

/**
 * `issuer-trust` from accreditation registries: finds the provider (by a bound issuer id or an
 * anchored seal's organisation identifier) in the registries in force at `at` and judges its
 * accreditations for the credential's date of issue: a withdrawal in force fails; a granted
 * accreditation covering the date and the credential's field, level, credits and programme
 * passes with a sentence a registrar can copy; otherwise it fails with the reason (expired, not
 * yet valid, out of scope, refused). Returns undefined when no registry lists the provider.
 */
export function checkAccreditation(
  provider: ProviderIdentity,
  mc: MicroCredential | undefined,
  dateOfIssue: string | undefined,
  registries: readonly VerifiedRegistry[],
  at: Date,
  skewSeconds?: number,
): Check | undefined {
  const matches = (entry: RegistryEntry) =>
    provider.ids.some((id) => entry.provider.ids?.includes(id)) ||
    (provider.sealOrganisationIdentifier !== undefined && (entry.provider.sealOrganisationIdentifiers ?? []).includes(provider.sealOrganisationIdentifier));
  const found = registries.flatMap((registry) => registry.entries.filter(matches).map((entry) => ({ registry, entry })));
  if (found.length === 0) return undefined;
  const stale = found.filter((f) => !registryInForce(f.registry, at, skewSeconds));
  const current = found.filter((f) => registryInForce(f.registry, at, skewSeconds));
  if (current.length === 0) {
    const r = stale[0]!.registry;
    return { id: 'issuer-trust', status: 'fail', code: 'ERR_REGISTRY_EXPIRED', message: `The registry of ${r.agency} that lists this provider is valid ${r.validFrom ?? '…'} to ${r.validUntil ?? '…'}, not at the time of verification: get its current version.`, details: { registry: r.id } };
  }
  const date = dateOfIssue?.slice(0, 10);
  if (date === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    return { id: 'issuer-trust', status: 'fail', code: 'ERR_ISSUE_DATE_UNKNOWN', message: 'The credential states no date of issue, so whether its provider was accredited on that day cannot be told.' };
  }
  const outcomes = current.map(({ registry, entry }) => judge(entry, registry, mc, date));
  const chosen = outcomes.find((o) => o.code === 'ERR_ACCREDITATION_WITHDRAWN') ?? outcomes.find((o) => o.status === 'pass') ?? [...outcomes].sort((a, b) => a.rank - b.rank)[0]!;
  const source = current[outcomes.indexOf(chosen)]?.registry ?? current[0]!.registry;
  const provenance = ` Source: ${source.name ? `${source.name}, ` : ''}a registry signed by ${source.issuer.id}.`;
  return { id: 'issuer-trust', status: chosen.status, ...(chosen.code ? { code: chosen.code } : {}), message: `${chosen.message}${provenance}`, details: chosen.details };
}
