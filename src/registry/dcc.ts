import { InvalidArgumentError } from '../errors.js';
import type { ValidationIssue } from '../model/issue.js';
import type { RegistryEntry } from '../model/types.generated.js';
import { MAX_REGISTRY_ENTRIES, RegistryEntriesInvalidError, registryEntryIssues } from './entries.js';

/** Largest DCC registry text {@link registryEntriesFromDcc} parses, in characters. */
export const MAX_REGISTRY_DCC_CHARS = 8 * 1024 * 1024;

/** Options of {@link registryEntriesFromDcc}. */
export interface DccImportOptions {
  /** The list's name, quoted in each entry (e.g. "DCC Community Registry"). Default: "DCC issuer registry". */
  sourceName?: string;
  /** Where the list is published (e.g. https://digitalcredentials.github.io/community-registry/registry.json). */
  sourceUrl?: string;
}

const issue = (code: string, pointer: string, message: string): ValidationIssue => ({ code, pointer, message, severity: 'error' });
/** RFC 6901: `~` and `/` in a member name are escaped. */
const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Registry entries from a Digital Credentials Consortium known-issuer registry (the static
 * `registry.json` its verifiers and `@digitalcredentials/issuer-registry-client` load:
 * `{ "meta": { "created", "updated" }, "registry": { "<DID>": { "name", "location"?, "url"? } } }`),
 * as text or parsed JSON, read offline.
 *
 * Each DID becomes one provider (`ids: [DID]`, `name.en`, `url`) with one accreditation of type
 * `external-qa`, decision `granted` — meaning only "listed" — whose `description` says so: a
 * known-issuer list vouches that the DID belongs to that organisation, it records no
 * accreditation decision, reference, date, validity or scope, and none is invented. Sign the
 * result with `createRegistry` to vouch for it as your agency.
 *
 * Throws {@link RegistryEntriesInvalidError} listing every problem with a JSON Pointer into the
 * DCC file (e.g. `/registry/did:web:x.example/url`). Bounds: {@link MAX_REGISTRY_DCC_CHARS}
 * characters of text, {@link MAX_REGISTRY_ENTRIES} DIDs.
 *
 * @example
 * const entries = registryEntriesFromDcc(readFileSync('registry.json', 'utf8'), { sourceName: 'DCC Community Registry' });
 * const registry = await createRegistry(entries, { key: agencyKey });
 */
export function registryEntriesFromDcc(json: unknown, options: DccImportOptions = {}): RegistryEntry[] {
  const fail = (code: string, pointer: string, message: string): never => {
    throw new RegistryEntriesInvalidError([issue(code, pointer, message)]);
  };
  if (options.sourceUrl !== undefined && !/^https?:\/\/\S+$/.test(options.sourceUrl)) {
    throw new InvalidArgumentError('ERR_REGISTRY_OPTIONS', `sourceUrl: not an http(s) URL (${options.sourceUrl}).`);
  }
  let input = json;
  if (typeof input === 'string') {
    if (input.length > MAX_REGISTRY_DCC_CHARS) fail('REGISTRY_TOO_LARGE', '', `The DCC registry is larger than ${MAX_REGISTRY_DCC_CHARS} characters.`);
    try {
      input = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      fail('REGISTRY_DCC_INVALID', '', `The DCC registry is not valid JSON: ${(error as Error).message}`);
    }
  }
  if (!isObject(input)) return fail('REGISTRY_DCC_INVALID', '', 'A DCC issuer registry is a JSON object with a "registry" object mapping DIDs to { name, location, url }.');
  const map = input.registry;
  if (!isObject(map)) {
    const hint = isObject(input.metadata) || 'federation_entity' in input ? ' (OpenID Federation registries are looked up DID by DID online and are not imported)' : '';
    return fail('REGISTRY_DCC_INVALID', '/registry', `The DCC registry has no "registry" object mapping DIDs to issuers${hint}.`);
  }
  const keys = Object.keys(map);
  if (keys.length === 0) fail('REGISTRY_EMPTY', '/registry', 'The DCC registry lists no issuers.');
  if (keys.length > MAX_REGISTRY_ENTRIES) {
    fail('REGISTRY_TOO_LARGE', '/registry', `The DCC registry lists ${keys.length} issuers; at most ${MAX_REGISTRY_ENTRIES} are imported into one registry. Split it.`);
  }

  const source = options.sourceName ?? 'DCC issuer registry';
  const errors: ValidationIssue[] = [];
  const entries: RegistryEntry[] = [];
  const origin: string[] = [];
  for (const did of keys) {
    const at = `/registry/${escape(did)}`;
    const value = map[did];
    if (!isObject(value)) {
      errors.push(issue('REGISTRY_DCC_INVALID', at, `${at}: an issuer must be an object { name, location, url }.`));
      continue;
    }
    if (typeof value.name !== 'string' || value.name.trim() === '') {
      errors.push(issue('REGISTRY_DCC_INVALID', `${at}/name`, `${at}/name: every issuer needs a name (text).`));
      continue;
    }
    for (const field of ['location', 'url'] as const) {
      if (value[field] !== undefined && typeof value[field] !== 'string') errors.push(issue('REGISTRY_DCC_INVALID', `${at}/${field}`, `${at}/${field}: must be text.`));
    }
    const location = typeof value.location === 'string' && value.location.trim() ? `, located in ${value.location.trim()}` : '';
    const description =
      `Listed as a known issuer in ${source}${options.sourceUrl ? ` (${options.sourceUrl})` : ''}${location}. ` +
      'A known-issuer list vouches that this DID belongs to this organisation; it is not an accreditation decision and states no reference, date, validity or scope.';
    entries.push({
      provider: { ids: [did], name: { en: value.name.trim() }, ...(typeof value.url === 'string' ? { url: value.url.trim() } : {}) },
      accreditations: [{
        type: 'external',
        accreditationType: 'external-qa',
        decision: 'granted',
        body: { ...(options.sourceUrl ? { url: options.sourceUrl } : {}), name: { en: source } },
        description: { en: description },
      }],
    } as RegistryEntry);
    origin.push(at);
  }
  if (errors.length) throw new RegistryEntriesInvalidError(errors);
  const found = registryEntryIssues(entries).map((e) => {
    const [, index, ...rest] = e.pointer.split('/');
    const at = origin[Number(index)] ?? '';
    const tail = rest.join('/');
    // Back to the DCC file: ids/0 is the member name itself, name/en is name, url is url.
    const pointer = tail.startsWith('provider/url') ? `${at}/url` : tail.startsWith('provider/name') ? `${at}/name` : at;
    return { ...e, pointer, message: e.message.replace(/^entry \d+: /, `${pointer}: `) };
  });
  if (found.length) throw new RegistryEntriesInvalidError(found);
  return entries;
}
