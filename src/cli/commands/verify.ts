import { readFile } from 'node:fs/promises';
import { isPng, isSvg, unbake } from '../../bake/index.js';
import type { TrustList } from '../../verify/checks/issuer-trust.js';
import { verify } from '../../verify/verify.js';
import { formatReport } from '../format.js';
import { EXIT, type Io, UsageError, readJsonFile } from '../io.js';
import { resolveProfile } from './validate.js';

export interface VerifyFlags {
  json?: boolean;
  at?: string;
  trust?: string;
  profile?: string;
}

/** `microcred verify`: exit 0 verified, 1 not verified, 2 usage. */
export async function verifyCommand(file: string, flags: VerifyFlags, io: Io): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new UsageError(`${file}: cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const input = badgeOrText(bytes);
  if (flags.at !== undefined && Number.isNaN(Date.parse(flags.at))) throw new UsageError(`--at ${flags.at}: not an ISO 8601 date-time`);
  const trust = flags.trust ? await readTrustList(flags.trust) : undefined;
  const profile = flags.profile ? await resolveProfile(flags.profile) : {};
  const report = await verify(input, { at: flags.at, trust, ...profile });
  io.out(flags.json ? JSON.stringify(report, null, 2) : formatReport(file, report));
  return report.verified ? EXIT.OK : EXIT.FAILED;
}

/** A baked PNG or SVG badge gives up its credential; anything else is read as text. */
function badgeOrText(bytes: Buffer): unknown {
  const text = bytes.toString('utf8');
  if (!isPng(bytes) && !isSvg(text)) return text;
  try {
    return unbake(new Uint8Array(bytes));
  } catch (error) {
    return { unbakeError: (error as Error).message }; // verify() reports it as a failed check
  }
}

async function readTrustList(path: string): Promise<TrustList> {
  const value = (await readJsonFile(path)) as TrustList;
  const ok = (list: unknown) => list === undefined || (Array.isArray(list) && list.every((id) => typeof id === 'string'));
  if (!value || typeof value !== 'object' || !ok(value.trusted) || !ok(value.distrusted)) {
    throw new UsageError(`${path}: a trust list is { "trusted": ["did:…", …], "distrusted": [ … ] }`);
  }
  return value;
}
