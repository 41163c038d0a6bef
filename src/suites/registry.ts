import { InvalidArgumentError } from '../errors.js';
import { createEcdsaRdfc2019Suite, createEddsaJcs2022Suite, createEddsaRdfc2022Suite } from './data-integrity.js';
import { createEd25519Signature2020Suite } from './ed25519-2020.js';
import type { BuiltinSuiteName, SuiteName } from '../keys/types.js';
import type { Suite } from './types.js';
import { createVcJwtSuite } from './vc-jwt.js';

/** The default suite: `DataIntegrityProof` + `eddsa-rdfc-2022`, the one 1EdTech certification accepts. */
export const DEFAULT_SUITE = 'eddsa-rdfc-2022' satisfies BuiltinSuiteName;

/** A set of suites by name. Each registry is independent: registering in one changes no other. */
export interface SuiteRegistry {
  /** Adds a suite. @throws InvalidArgumentError `ERR_SUITE_EXISTS` when the name is taken (unless `replace`). */
  register(suite: Suite, options?: { replace?: boolean }): void;
  /** The suite called `name`. @throws InvalidArgumentError `ERR_SUITE_UNKNOWN`, listing the known names. */
  get(name: SuiteName): Suite;
  /** True when a suite called `name` is registered. */
  has(name: SuiteName): boolean;
  /** Registered names, in registration order. */
  names(): SuiteName[];
  /** The first suite that can verify `input` (a JWT string or a credential with a proof it knows). */
  detect(input: unknown): Suite | undefined;
}

function assertSuite(suite: unknown): asserts suite is Suite {
  const s = suite as Partial<Suite> | undefined;
  const ok =
    typeof s === 'object' && s !== null && typeof s.name === 'string' && s.name !== '' &&
    (s.format === 'embedded' || s.format === 'jwt') &&
    typeof s.issue === 'function' && typeof s.verify === 'function' && typeof s.canVerify === 'function';
  if (!ok) throw new InvalidArgumentError('ERR_SUITE_INVALID', 'A suite needs name, format, issue, verify and canVerify.');
}

/**
 * Creates a registry holding fresh instances of the built-in suites: `eddsa-rdfc-2022` (default),
 * `eddsa-jcs-2022`, `Ed25519Signature2020`, `ecdsa-rdfc-2019` and `vc-jwt`.
 *
 * @example
 * const suites = createSuiteRegistry();
 * const signed = await suites.get('eddsa-rdfc-2022').issue(credential, { signer });
 */
export function createSuiteRegistry(): SuiteRegistry {
  const suites = new Map<string, Suite>();
  const registry: SuiteRegistry = {
    register(suite, options = {}) {
      assertSuite(suite);
      if (suites.has(suite.name) && options.replace !== true) {
        throw new InvalidArgumentError('ERR_SUITE_EXISTS', `A suite named "${suite.name}" is already registered.`);
      }
      suites.set(suite.name, suite);
    },
    get(name) {
      const suite = suites.get(name);
      if (suite === undefined) {
        throw new InvalidArgumentError('ERR_SUITE_UNKNOWN', `Unknown suite "${String(name)}"; known suites: ${[...suites.keys()].join(', ')}.`);
      }
      return suite;
    },
    has: (name) => suites.has(name),
    names: () => [...suites.keys()],
    detect: (input) => [...suites.values()].find((suite) => suite.canVerify(input)),
  };
  for (const create of [
    createEddsaRdfc2022Suite,
    createEddsaJcs2022Suite,
    createEd25519Signature2020Suite,
    createEcdsaRdfc2019Suite,
    createVcJwtSuite,
  ]) {
    registry.register(create());
  }
  return Object.freeze(registry);
}

let builtinSuites: SuiteRegistry | undefined;

/**
 * The registry used when a caller gives no `suites`: the built-in suites, built once and
 * read-only (`register` throws `ERR_SUITE_REGISTRY_READ_ONLY`), so reusing it across calls
 * changes nothing a call can see. The callers pass their document loader explicitly, so the
 * suites' per-instance loader choice is never what differs between calls.
 * @internal
 */
export function defaultSuiteRegistry(): SuiteRegistry {
  if (builtinSuites === undefined) {
    const inner = createSuiteRegistry();
    builtinSuites = Object.freeze({
      register() {
        throw new InvalidArgumentError('ERR_SUITE_REGISTRY_READ_ONLY', 'The default suite registry is read-only: use createSuiteRegistry() to register suites.');
      },
      get: (name: SuiteName) => inner.get(name),
      has: (name: SuiteName) => inner.has(name),
      names: () => inner.names(),
      detect: (input: unknown) => inner.detect(input),
    });
  }
  return builtinSuites;
}
