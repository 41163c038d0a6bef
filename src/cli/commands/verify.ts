import { EDC_AP_CONTEXT } from '../../formats/elm/constants.js';
import type { TrustList } from '../../verify/checks/issuer-trust.js';
import { verify } from '../../verify/verify.js';
import { formatReport } from '../format.js';
import { EXIT, type Io, UsageError, readJsonFile, readUserFile } from '../io.js';
import { resolveProfile } from './validate.js';

export interface VerifyFlags {
  shapes?: string[];
  shaclContext?: string;
  json?: boolean;
  at?: string;
  trust?: string;
  profile?: string;
}

/** `microcred verify`: exit 0 verified, 1 not verified, 2 usage. */
export async function verifyCommand(file: string, flags: VerifyFlags, io: Io): Promise<number> {
  const bytes = await readUserFile(file);
  const input = new Uint8Array(bytes); // verify() reads JSON, JWTs, sealed EDCs and baked PNG/SVG badges alike
  const shacl = await readShacl(flags);
  if (flags.at !== undefined && Number.isNaN(Date.parse(flags.at))) throw new UsageError(`--at ${flags.at}: not an ISO 8601 date-time`);
  const trust = flags.trust ? await readTrustList(flags.trust) : undefined;
  const profile = flags.profile ? await resolveProfile(flags.profile) : {};
  const report = await verify(input, { at: flags.at, trust, ...profile, ...shacl });
  io.out(flags.json ? JSON.stringify(report, null, 2) : formatReport(file, report));
  return report.verified ? EXIT.OK : EXIT.FAILED;
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

async function readTrustList(path: string): Promise<TrustList> {
  const value = (await readJsonFile(path)) as TrustList;
  const ok = (list: unknown) => list === undefined || (Array.isArray(list) && list.every((id) => typeof id === 'string'));
  if (!value || typeof value !== 'object' || !ok(value.trusted) || !ok(value.distrusted) || !ok(value.certificates)) {
    throw new UsageError(`${path}: a trust list is { "trusted": ["did:…", …], "distrusted": [ … ], "certificates": ["-----BEGIN CERTIFICATE-----…"] }`);
  }
  return value;
}
