import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError, MicrocredError } from '../../errors.js';
import { parseKeyFile } from '../../keys/parse.js';
import { createRegistry } from '../../registry/create.js';
import { registryEntriesFromCsv } from '../../registry/csv.js';
import { registryEntriesFromDcc } from '../../registry/dcc.js';
import { registryEntriesFromEbsi } from '../../registry/ebsi.js';
import { RegistryEntriesInvalidError, checkRegistryEntries } from '../../registry/entries.js';
import type { RegistryAnchor } from '../../registry/verify-registry.js';
import { type OnlineOptions, onlineResolvers } from '../../verify/online.js';
import type { TrustList } from '../../verify/checks/issuer-trust.js';
import { EXIT, type Io, UsageError, readJsonFile, readKeyJson, readUserFile } from '../io.js';

export interface RegistryCreateFlags {
  key: string;
  output?: string;
  name?: string;
  issuerName?: string;
  id?: string;
  validFrom?: string;
  validUntil?: string;
  suite?: string;
  /** Input format: `json` (microcred entries), `csv`, `dcc` (a DCC known-issuer registry.json) or `ebsi` (EBSI TIR issuer attributes); default from the file extension. */
  from?: string;
}

/** `microcred registry create entries.json|entries.csv --key agency-key.json -o registry.json`: exit 0 made, 1 bad entries (every problem printed), 2 usage. */
export async function registryCreateCommand(file: string, flags: RegistryCreateFlags, io: Io): Promise<number> {
  const from = flags.from ?? (/\.csv$/i.test(file) ? 'csv' : 'json');
  if (!['json', 'csv', 'dcc', 'ebsi'].includes(from)) throw new UsageError(`--from ${from}: the formats are json (microcred entries), csv, dcc (a DCC known-issuer registry.json), ebsi (EBSI TIR issuer attributes)`);
  const text = (await readUserFile(file)).toString('utf8');
  let key;
  try {
    key = parseKeyFile(await readKeyJson(flags.key, io));
  } catch (error) {
    if (error instanceof MicrocredError) throw new UsageError(`${flags.key}: ${error.message}`);
    throw error;
  }
  for (const [flag, value] of [['--valid-from', flags.validFrom], ['--valid-until', flags.validUntil]] as const) {
    if (value !== undefined && Number.isNaN(Date.parse(value))) throw new UsageError(`${flag} ${value}: not an ISO 8601 date or date-time`);
  }
  let registry;
  try {
    const entries =
      from === 'dcc' ? registryEntriesFromDcc(text)
      : from === 'ebsi' ? registryEntriesFromEbsi(text)
      : from === 'csv' ? registryEntriesFromCsv(text)
      : checkRegistryEntries(parseJson(text, file));
    registry = await createRegistry(entries, {
      key, name: flags.name, issuerName: flags.issuerName, id: flags.id, validFrom: flags.validFrom, validUntil: flags.validUntil, suite: flags.suite,
    });
  } catch (error) {
    if (error instanceof RegistryEntriesInvalidError) {
      io.err(`✘ ${file}: no registry made, ${error.errors.length} problem(s):`);
      for (const e of error.errors) io.err(`  ${e.code}  ${e.message}`);
      return EXIT.FAILED;
    }
    if (error instanceof InvalidArgumentError) throw new UsageError(error.message);
    throw error;
  }
  const out = typeof registry === 'string' ? registry : JSON.stringify(registry, null, 2);
  const count = (typeof registry === 'string' ? undefined : (registry.credentialSubject as { entries: unknown[] }).entries.length) ?? '';
  if (flags.output) {
    await writeFile(flags.output, `${out}\n`);
    io.err(`✔ registry of ${key.controller}${count === '' ? '' : ` (${count} provider(s))`} → ${flags.output}`);
  } else io.out(out);
  return EXIT.OK;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

/**
 * `--registry FILE|URL` and `--registry-anchor DID|FILE` (verify, serve) as trust list fields:
 * a URL is fetched through the online resolver (refused with --offline); an anchor that names a
 * file is that agency's DID document (offline), otherwise a DID or URL.
 */
export async function readRegistryFlags(
  flags: { registry?: string[]; registryAnchor?: string[] },
  online: false | OnlineOptions,
): Promise<Pick<TrustList, 'registries' | 'anchors'>> {
  const registries = flags.registry ?? [];
  const anchorFlags = flags.registryAnchor ?? [];
  if (registries.length === 0 && anchorFlags.length === 0) return {};
  if (registries.length === 0) throw new UsageError('--registry-anchor names who signs a registry: give the registry too (--registry FILE|URL)');
  if (anchorFlags.length === 0) throw new UsageError('--registry needs --registry-anchor DID (the agency whose signature you accept, e.g. did:web:nceqe.ge)');
  const anchors: RegistryAnchor[] = await Promise.all(
    anchorFlags.map(async (anchor) => {
      if (/^(did:|https:\/\/)/.test(anchor)) return anchor;
      const document = await readJsonFile(anchor);
      if (!document || typeof document !== 'object' || typeof (document as { id?: unknown }).id !== 'string') {
        throw new UsageError(`${anchor}: an anchor is a DID, an https URL, or a DID document file with an "id"`);
      }
      return document as Record<string, unknown>;
    }),
  );
  const loaded = await Promise.all(
    registries.map(async (source) => {
      if (!/^https?:\/\//.test(source)) {
        const text = (await readUserFile(source)).toString('utf8').trim();
        return text.startsWith('{') ? (parseJson(text, source) as Record<string, unknown>) : text;
      }
      if (online === false) throw new UsageError(`--registry ${source}: fetching needs the network; drop --offline or give a file`);
      try {
        return structuredClone((await onlineResolvers(online).resolver.resolve(source)).document) as Record<string, unknown>;
      } catch (error) {
        throw new UsageError(`--registry ${source}: ${(error as Error).message}`);
      }
    }),
  );
  return { registries: loaded, anchors };
}
