/** One-line descriptions of model elements for people, shared by the PDFs and the verification page (browser-safe). */
import type { MicroCredential } from '../model/types.generated.js';
import { type LabelKey, type UiLanguage, label, localized } from './labels.js';
import { countryName, qfEheaName } from './vocabulary-labels.js';

/** "Level" line: EQF, NQF and QF-EHEA as the credential states them. */
export function levelText(mc: MicroCredential, language: UiLanguage): string {
  const parts: string[] = [];
  if (mc.level.eqf === 'not-applicable') parts.push(`EQF: ${label(language, 'notApplicable')}`);
  else if (mc.level.eqf !== undefined) parts.push(`EQF ${mc.level.eqf}`);
  if (mc.level.nqf) parts.push(`NQF (${/^[A-Z]{2}$/.test(mc.level.nqf.framework) ? countryName(mc.level.nqf.framework, language) : mc.level.nqf.framework}) ${mc.level.nqf.level}`);
  if (mc.level.qfEhea) parts.push(`QF-EHEA: ${qfEheaName(mc.level.qfEhea, language)}`);
  return parts.join(' · ');
}

/** "Workload" line: ECTS and hours. */
export function workloadText(mc: MicroCredential, language: UiLanguage): string {
  const parts: string[] = [];
  if (mc.workload.ects !== undefined) parts.push(`${mc.workload.ects} ${label(language, 'ects')}`);
  if (mc.workload.hours !== undefined) parts.push(`${mc.workload.hours} ${label(language, 'hours')}`);
  return parts.join(' · ');
}

/** "Form of participation" line. */
export function participationText(mc: MicroCredential, language: UiLanguage): string {
  const p = mc.participation as MicroCredential['participation'] | undefined;
  if (!p?.mode) return '';
  const parts = [label(language, p.mode as LabelKey)];
  if (p.synchronous) parts.push(label(language, 'synchronous'));
  if (p.asynchronous) parts.push(label(language, 'asynchronous'));
  if (p.platform) parts.push(p.platform);
  return parts.join(', ');
}

/** Awarding bodies with their countries. */
export function awardingText(mc: MicroCredential, language: UiLanguage): string {
  return mc.awardingBodies.map((b) => `${localized(b.name, language)}${b.country ? ` (${b.region ? `${b.region}, ` : ''}${countryName(b.country, language)})` : ''}`).join('; ');
}

