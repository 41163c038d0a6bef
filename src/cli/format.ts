import type { ValidationIssue, ValidationResult } from '../model/issue.js';
import type { PresentationVerificationReport } from '../verify/presentation.js';
import type { VerificationReport } from '../verify/report.js';

const line = (issue: ValidationIssue) => `  ${issue.pointer || '/'}  ${issue.code}  ${issue.message}`;

/** Human-readable validation report: verdict, then errors and warnings with pointer and code. */
export function formatValidation(file: string, result: ValidationResult): string {
  const profile = `${result.profile.id}@${result.profile.version}`;
  const verdict = result.valid
    ? `✔ ${file}: valid under profile ${profile}${result.warnings.length ? ` (${result.warnings.length} warning(s))` : ''}`
    : `✘ ${file}: invalid under profile ${profile} (${result.errors.length} error(s))`;
  const parts = [verdict];
  if (result.errors.length) parts.push('errors:', ...result.errors.map(line));
  if (result.warnings.length) parts.push('warnings:', ...result.warnings.map(line));
  return parts.join('\n');
}

const MARK = { pass: '✔', fail: '✘', warn: '!', skip: '-' } as const;

/** The first line of a report: the verdict in words, with how many warnings came with it. */
export function verdictLine(file: string, report: Pick<VerificationReport, 'verdict' | 'checks'>, what = ''): string {
  const warnings = report.checks.filter((c) => c.status === 'warn' && c.id !== 'issuer-trust').length;
  const more = warnings > 0 ? ` (${warnings} warning(s))` : '';
  if (report.verdict === 'verified') return `✔ ${file}: ${what}VERIFIED: authentic, and the issuer is on your trust list or accredited in your registry${more}`;
  if (report.verdict === 'authentic-unrecognised-issuer') {
    return `! ${file}: ${what}AUTHENTIC, ISSUER NOT RECOGNISED: the signature holds, but no trust list or registry you gave vouches for the issuer (anyone can create a key and call themselves a university)${more}`;
  }
  return `✘ ${file}: ${what}NOT VERIFIED`;
}

/** Human-readable verification report: verdict, issuer, then one line per check. */
export function formatReport(file: string, report: VerificationReport): string {
  const lines = [verdictLine(file, report)];
  const title = report.microCredential?.title;
  if (title) lines.push(`  ${Object.values(title).join(' / ')}`);
  if (report.issuer) lines.push(`  issuer: ${report.issuer.name ? `${report.issuer.name} (${report.issuer.id})` : report.issuer.id}`);
  for (const check of report.checks) lines.push(`  ${MARK[check.status]} ${check.id}: ${check.message}`);
  return lines.join('\n');
}

/** Human-readable presentation report: verdict, holder, its checks, then each credential's report, indented. */
export function formatPresentationReport(file: string, report: PresentationVerificationReport): string {
  const lines = [verdictLine(file, report, 'presentation ')];
  if (report.holder) lines.push(`  holder: ${report.holder}`);
  for (const check of report.checks) lines.push(`  ${MARK[check.status]} ${check.id}: ${check.message}`);
  report.credentials.forEach((credential, i) => {
    lines.push(...formatReport(`credential ${i + 1}`, credential).split('\n').map((l) => `    ${l}`));
  });
  return lines.join('\n');
}
