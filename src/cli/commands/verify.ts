import { EDC_AP_CONTEXT } from '../../formats/elm/constants.js';
import type { TrustList } from '../../verify/checks/issuer-trust.js';
import { verifyPresentation } from '../../verify/presentation.js';
import { verify } from '../../verify/verify.js';
import { formatPresentationReport, formatReport } from '../format.js';
import { EXIT, type Io, UsageError, readJsonFile, readUserFile } from '../io.js';
import { resolveProfile } from './validate.js';

export interface VerifyFlags {
  shapes?: string[];
  shaclContext?: string;
  json?: boolean;
  at?: string;
  trust?: string;
  profile?: string;
  /** Presentations: the challenge the holder was given. */
  challenge?: string;
  /** Presentations: this verifier's domain. */
  domain?: string;
  /** Presentations: check the credentials of an unsigned presentation. */
  allowUnsigned?: boolean;
  /** Presentations: accept one without credentials. */
  allowEmpty?: boolean;
  /** Fetch nothing: no status lists, no did:web or HTTPS key documents. */
  offline?: boolean;
  /** Hosts that may be contacted (repeatable); default any host on a public address. */
  allow?: string[];
  /** Allow loopback and private addresses (tests, intranets). */
  allowPrivateNetwork?: boolean;
  /** A status list that cannot be fetched (or is not checked) fails. */
  requireStatus?: boolean;
  /** Exit 1 on any warning, the issuer not being recognised included. */
  strict?: boolean;
  /** Open Badges 2.0: the e-mail address the badge must have been awarded to. */
  recipient?: string;
}

/** Exit code of a report: 1 when not verified, and with `--strict` also on any warning. */
function exitOf(report: { verified: boolean; checks: Array<{ status: string }>; credentials?: Array<{ checks: Array<{ status: string }> }> }, strict: boolean | undefined): number {
  if (!report.verified) return EXIT.FAILED;
  const warned = [report, ...(report.credentials ?? [])].some((r) => r.checks.some((c) => c.status === 'warn'));
  return strict && warned ? EXIT.FAILED : EXIT.OK;
}

/** `microcred verify`: exit 0 verified, 1 not verified, 2 usage. */
export async function verifyCommand(file: string, flags: VerifyFlags, io: Io): Promise<number> {
  const bytes = await readUserFile(file);
  const input = new Uint8Array(bytes); // verify() reads JSON, JWTs, sealed EDCs and baked PNG/SVG badges alike
  const shacl = await readShacl(flags);
  if (flags.at !== undefined && Number.isNaN(Date.parse(flags.at))) throw new UsageError(`--at ${flags.at}: not an ISO 8601 date-time`);
  const trust = flags.trust ? await readTrustList(flags.trust) : undefined;
  const profile = flags.profile ? await resolveProfile(flags.profile) : {};
  if (flags.offline && (flags.allow !== undefined || flags.allowPrivateNetwork)) throw new UsageError('--offline fetches nothing: it cannot go with --allow or --allow-private-network');
  // Online is the CLI's default: a person running it wants revocation and remote keys checked.
  const online = flags.offline ? false : { allow: flags.allow ?? ['*'], allowPrivateNetwork: flags.allowPrivateNetwork === true };
  const options = { at: flags.at, trust, ...profile, ...shacl, online, requireStatus: flags.requireStatus === true, ...(flags.recipient === undefined ? {} : { recipient: flags.recipient }) };
  if (isPresentation(bytes)) {
    const presentation = await verifyPresentation(input, { ...options, challenge: flags.challenge, domain: flags.domain, allowUnsigned: flags.allowUnsigned, allowEmpty: flags.allowEmpty });
    io.out(flags.json ? JSON.stringify(presentation, null, 2) : formatPresentationReport(file, presentation));
    return exitOf(presentation, flags.strict);
  }
  if (flags.challenge !== undefined || flags.domain !== undefined || flags.allowUnsigned || flags.allowEmpty) {
    throw new UsageError('--challenge, --domain, --allow-unsigned and --allow-empty apply to verifiable presentations only');
  }
  const report = await verify(input, options);
  io.out(flags.json ? JSON.stringify(report, null, 2) : formatReport(file, report));
  return exitOf(report, flags.strict);
}

/** A JSON file whose top-level type includes VerifiablePresentation. */
function isPresentation(bytes: Buffer): boolean {
  if (!/^\s*\{/.test(bytes.subarray(0, 64).toString('utf8'))) return false;
  try {
    const type = (JSON.parse(bytes.toString('utf8')) as { type?: unknown }).type;
    return type === 'VerifiablePresentation' || (Array.isArray(type) && type.includes('VerifiablePresentation'));
  } catch {
    return false;
  }
}

/** `--shapes` and `--shacl-context`: SHACL validation of European Digital Credentials at run time. */
async function readShacl(flags: VerifyFlags): Promise<{ shapes?: string[]; shaclContexts?: Record<string, object> }> {
  if (!flags.shapes) return {};
  if (!flags.shaclContext) throw new UsageError('--shapes needs --shacl-context <edc-ap context file>');
  const shapes = await Promise.all(
    flags.shapes.map(async (path) => (await readUserFile(path)).toString('utf8')),
  );
  return { shapes, shaclContexts: { [EDC_AP_CONTEXT]: (await readJsonFile(flags.shaclContext)) as object } };
}

export async function readTrustList(path: string): Promise<TrustList> {
  const value = (await readJsonFile(path)) as TrustList;
  const ok = (list: unknown) => list === undefined || (Array.isArray(list) && list.every((id) => typeof id === 'string'));
  if (!value || typeof value !== 'object' || !ok(value.trusted) || !ok(value.distrusted) || !ok(value.certificates)) {
    throw new UsageError(`${path}: a trust list is { "trusted": ["did:…", …], "distrusted": [ … ], "certificates": ["-----BEGIN CERTIFICATE-----…"] }`);
  }
  return value;
}
