import am from '../generated/profiles/am.js';
import eu from '../generated/profiles/eu.js';
import ge from '../generated/profiles/ge.js';
import { InvalidArgumentError } from '../errors.js';
import { validators } from '../model/schemas.js';
import { schemaIssues } from '../model/schema-issues.js';
import type { ProfileDefinition } from '../model/types.generated.js';

/** Ids of the profiles shipped with microcred. */
export type BuiltinProfileName = 'eu' | 'ge' | 'am';

/**
 * A profile reference: a built-in id, the id of one you registered, or `id@version`. The
 * `string & {}` keeps editor completion for the built-in ids while accepting custom ones.
 */
export type ProfileName = BuiltinProfileName | (string & {});

/** The profiles shipped with microcred: `eu` (Annex I), `ge` (Georgia) and `am` (Armenia). */
export const BUILTIN_PROFILES: readonly ProfileDefinition[] = Object.freeze(
  [eu, ge, am].map((p) => deepFreeze(structuredClone(p) as unknown as ProfileDefinition)),
);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Throws `ERR_PROFILE_INVALID` unless `definition` matches `schemas/profile.schema.json`. */
export function assertProfileDefinition(definition: unknown): asserts definition is ProfileDefinition {
  const validate = validators().profile;
  if (!validate(definition)) {
    const first = schemaIssues(validate.errors ?? [], definition).slice(0, 5);
    throw new InvalidArgumentError('ERR_PROFILE_INVALID', `Invalid profile definition: ${first.map((i) => i.message).join(' ')}`, {
      pointer: first[0]?.pointer,
    });
  }
}

/** Orders semantic versions; pre-releases sort before their release. */
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.split('-', 2);
    return { parts: core.split('.').map(Number), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

/**
 * A set of validation profiles. Starts with the built-in ones; `register` adds your own
 * (e.g. an NZQA profile capping credits at 40). Each registry is independent: there is no
 * global profile list to mutate.
 *
 * @example
 * const profiles = new ProfileRegistry().register({
 *   id: 'nzqa', version: '1.0.0', title: 'NZQA', extends: 'eu',
 *   rules: [{ id: 'nzqa.credits', kind: 'range', path: '/workload/ects', max: 40, severity: 'error',
 *             code: 'CREDITS_OUT_OF_RANGE', message: '{field}: at most 40 credits; got {value}',
 *             source: { document: 'NZQA micro-credential rules', locator: 'rule 4.1' } }],
 * });
 * validateMicroCredential(doc, { profile: 'nzqa', profiles });
 */
export class ProfileRegistry {
  readonly #profiles = new Map<string, ProfileDefinition[]>();

  constructor(options: { builtins?: boolean } = {}) {
    if (options.builtins !== false) for (const profile of BUILTIN_PROFILES) this.#add(profile);
  }

  /**
   * Adds a profile after checking it against `schemas/profile.schema.json` and checking that
   * what it extends is registered. Throws {@link InvalidArgumentError} (`ERR_PROFILE_INVALID`,
   * `ERR_PROFILE_DUPLICATE`, `ERR_PROFILE_UNKNOWN`) otherwise. Returns the registry for chaining.
   */
  register(definition: ProfileDefinition): this {
    assertProfileDefinition(definition);
    if (this.#profiles.get(definition.id)?.some((p) => p.version === definition.version)) {
      throw new InvalidArgumentError('ERR_PROFILE_DUPLICATE', `Profile ${definition.id}@${definition.version} is already registered.`);
    }
    const frozen = deepFreeze(structuredClone(definition));
    if (frozen.extends) this.chain(frozen.extends); // throws when the base is unknown
    this.#add(frozen);
    return this;
  }

  #add(profile: ProfileDefinition): void {
    const versions = this.#profiles.get(profile.id) ?? [];
    versions.push(profile);
    versions.sort((a, b) => compareVersions(a.version, b.version));
    this.#profiles.set(profile.id, versions);
  }

  /** The profile named `id` (latest version) or `id@version`. Throws `ERR_PROFILE_UNKNOWN`. */
  get(reference: ProfileName): ProfileDefinition {
    const [id = '', version] = reference.split('@', 2);
    const versions = this.#profiles.get(id);
    const found = version === undefined ? versions?.at(-1) : versions?.find((p) => p.version === version);
    if (!found) {
      throw new InvalidArgumentError(
        'ERR_PROFILE_UNKNOWN',
        `Unknown profile "${reference}". Known profiles: ${[...this.#profiles.keys()].join(', ')}.`,
      );
    }
    return found;
  }

  /** Every registered profile version, oldest first per id. */
  list(): Array<Pick<ProfileDefinition, 'id' | 'version' | 'title' | 'status' | 'extends'>> {
    return [...this.#profiles.values()].flat().map(({ id, version, title, status, extends: base }) => ({ id, version, title, status, extends: base }));
  }

  /** A profile and the profiles it extends, base first. Throws on unknown bases and on cycles. */
  chain(profile: ProfileName | ProfileDefinition): ProfileDefinition[] {
    const chain: ProfileDefinition[] = [];
    let current: ProfileDefinition | undefined = typeof profile === 'string' ? this.get(profile) : profile;
    while (current) {
      // A profile may extend an earlier version of itself, so identity is id@version.
      if (chain.some((p) => p.id === current!.id && p.version === current!.version)) {
        throw new InvalidArgumentError('ERR_PROFILE_CYCLE', `Profile "${current.id}@${current.version}" extends itself.`);
      }
      chain.unshift(current);
      current = current.extends ? this.get(current.extends) : undefined;
    }
    return chain;
  }
}
