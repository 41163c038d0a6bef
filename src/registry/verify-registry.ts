import type { CheckCode } from '../errors.js';
import { ResolutionError } from '../errors.js';
import { defaultDocumentLoader, documentLoaderWith } from '../loader/default.js';
import { type DocumentLoader, createDocumentLoader } from '../loader/document-loader.js';
import type { RegistryEntry } from '../model/types.generated.js';
import type { Resolver } from '../resolver/resolver.js';
import { issuerIdOf } from '../suites/guards.js';
import { type SuiteRegistry, createSuiteRegistry } from '../suites/registry.js';
import { checkProofs } from '../verify/checks/proof.js';
import { parseInput } from '../verify/input.js';
import { REGISTRY_CREDENTIAL_TYPE } from './create.js';
import { registryEntryIssues } from './entries.js';

/**
 * Who may vouch for a registry: a DID or URL (its key document is resolved through the
 * verifier's resolver, so only online), or the anchor's DID/controller document itself (offline:
 * e.g. the agency's published `did.json`, read from a file you keep).
 */
export type RegistryAnchor = string | Readonly<Record<string, unknown>>;

/** Largest registry `verifyRegistry` reads: 8 MiB of JSON text. */
export const MAX_REGISTRY_BYTES = 8 * 1024 * 1024;

/**
 * A registry whose signature was checked against an anchor: what `verify()` looks providers up
 * in. Only {@link verifyRegistry} makes one. Its validity dates are checked again at each
 * verification time.
 */
export class VerifiedRegistry {
  /** The registry credential's id. */
  readonly id: string | undefined;
  /** The agency that signed it (one of the anchors). */
  readonly issuer: { readonly id: string; readonly name?: string };
  readonly name: string | undefined;
  readonly validFrom: string | undefined;
  readonly validUntil: string | undefined;
  readonly entries: readonly RegistryEntry[];

  /** @internal */
  constructor(fields: Pick<VerifiedRegistry, 'id' | 'issuer' | 'name' | 'validFrom' | 'validUntil' | 'entries'>) {
    this.id = fields.id;
    this.issuer = Object.freeze({ ...fields.issuer });
    this.name = fields.name;
    this.validFrom = fields.validFrom;
    this.validUntil = fields.validUntil;
    this.entries = deepFreeze(structuredClone(fields.entries) as RegistryEntry[]);
  }

  /** The agency's name as a verifier quotes it: the issuer's name, else its id. */
  get agency(): string {
    return this.issuer.name ?? this.issuer.id;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Options of {@link verifyRegistry}. */
export interface VerifyRegistryOptions {
  /** Agencies whose registries you accept (at least one). */
  anchors: readonly RegistryAnchor[];
  suites?: SuiteRegistry;
  /** Resolver for string anchors (did:web, https). */
  resolver?: Resolver;
  documentLoader?: DocumentLoader;
}

/** The outcome of {@link verifyRegistry}: the verified registry, or a stable code and the reason. */
export type RegistryVerification = { verified: true; registry: VerifiedRegistry } | { verified: false; code: CheckCode; message: string };

const anchorId = (anchor: RegistryAnchor): string | undefined => (typeof anchor === 'string' ? anchor : typeof anchor.id === 'string' ? anchor.id : undefined);

/** A resolver that answers with the anchor documents it was given, then asks `next` (if any). */
function anchorResolver(documents: ReadonlyArray<Readonly<Record<string, unknown>>>, next: Resolver | undefined): Resolver {
  return {
    async resolve(url) {
      const base = url.split('#', 1)[0]!;
      const document = documents.find((d) => d.id === base);
      if (document) return { url: base, documentUrl: base, document };
      if (next) return next.resolve(url);
      throw new ResolutionError('ERR_RESOLVER_REQUIRED', `${base} is not one of the anchor documents given, and no resolver is configured to fetch it.`);
    },
  };
}

const failure = (code: CheckCode, message: string): RegistryVerification => ({ verified: false, code, message });

/**
 * Checks an accreditation registry (a signed `AccreditationRegistryCredential`, object, JSON
 * text or VC-JWT): it is signed by its issuer, the issuer is one of `anchors`, and its entries
 * are well-formed (no provider listed twice). Its validity dates are checked by `verify()` at
 * each verification time, not here, so a verified registry can be kept (e.g. by `serve`).
 * Never throws.
 *
 * Codes: `ERR_REGISTRY_NO_ANCHOR`, `ERR_REGISTRY_UNREADABLE`, `ERR_REGISTRY_NOT_REGISTRY`,
 * `ERR_REGISTRY_ANCHOR_MISMATCH`, `ERR_REGISTRY_SIGNATURE` (tampered, unsigned or an unknown
 * key), `ERR_REGISTRY_INVALID` (entries), `ERR_REGISTRY_DUPLICATE_PROVIDER`.
 */
export async function verifyRegistry(input: unknown, options: VerifyRegistryOptions): Promise<RegistryVerification> {
  try {
    return await run(input, options);
  } catch (error) {
    return failure('ERR_REGISTRY_UNREADABLE', `The registry could not be checked: ${(error as Error).message}`);
  }
}

async function run(input: unknown, options: VerifyRegistryOptions): Promise<RegistryVerification> {
  const anchors = options.anchors ?? [];
  const anchorIds = anchors.map(anchorId).filter((id): id is string => id !== undefined);
  if (anchorIds.length === 0) {
    return failure('ERR_REGISTRY_NO_ANCHOR', 'A registry is only as good as who signed it: name the agency you accept (trust.anchors, CLI --registry-anchor), e.g. did:web:nceqe.ge.');
  }
  const parsed = parseInput(input, { maxBytes: MAX_REGISTRY_BYTES });
  if (parsed.kind === 'error') return failure('ERR_REGISTRY_UNREADABLE', `The registry is not readable: ${parsed.message}`);
  if (parsed.kind === 'url') return failure('ERR_REGISTRY_UNREADABLE', 'The registry is not readable: this is an image holding only a link, not a registry credential.');
  const suites = options.suites ?? createSuiteRegistry();
  const documents = anchors.filter((a): a is Readonly<Record<string, unknown>> => typeof a !== 'string');
  const documentLoader =
    documents.length > 0
      ? createDocumentLoader({ resolver: anchorResolver(documents, options.resolver) })
      : (options.documentLoader ?? (options.resolver ? documentLoaderWith(options.resolver) : defaultDocumentLoader()));
  const subject = parsed.kind === 'jwt' ? parsed.token : parsed.credential;
  // The issuer a registry names is known only after a JWT is decoded, so the proof comes first.
  const proof = await checkProofs(subject, { suites, documentLoader });
  const credential = parsed.kind === 'json' ? parsed.credential : proof.credential;
  if (!credential) return failure('ERR_REGISTRY_SIGNATURE', `The registry's signature does not verify: ${proof.check.message}`);
  const types = Array.isArray(credential.type) ? credential.type : [credential.type];
  if (!types.includes(REGISTRY_CREDENTIAL_TYPE)) {
    return failure('ERR_REGISTRY_NOT_REGISTRY', `This is not an accreditation registry (a credential of type ${REGISTRY_CREDENTIAL_TYPE}); make one with microcred registry create.`);
  }
  const issuer = issuerIdOf(credential);
  if (issuer === undefined || !anchorIds.includes(issuer)) {
    return failure('ERR_REGISTRY_ANCHOR_MISMATCH', `The registry is issued by ${issuer ?? '(no issuer)'}, which is not an anchor you accept (${anchorIds.join(', ')}): it vouches for nothing.`);
  }
  if (proof.check.status !== 'pass' || !proof.controllers.includes(issuer)) {
    return failure('ERR_REGISTRY_SIGNATURE', `The registry's signature by ${issuer} does not verify, so its entries cannot be relied on: ${proof.check.message}`);
  }
  const body = credential.credentialSubject as Record<string, unknown> | undefined;
  const entries = body && typeof body === 'object' && !Array.isArray(body) ? body.entries : undefined;
  const issues = registryEntryIssues(entries);
  if (issues.length > 0) {
    const duplicate = issues.find((i) => i.code === 'REGISTRY_DUPLICATE_PROVIDER');
    if (duplicate) return failure('ERR_REGISTRY_DUPLICATE_PROVIDER', `The registry of ${issuer} lists a provider twice, so it cannot say which decision applies: ${duplicate.message}`);
    return failure('ERR_REGISTRY_INVALID', `The registry of ${issuer} has invalid entries: ${issues.slice(0, 3).map((i) => i.message).join(' ')}`);
  }
  const issuerObject = credential.issuer as Record<string, unknown>;
  const name = typeof issuerObject === 'object' && typeof issuerObject?.name === 'string' ? issuerObject.name : undefined;
  const date = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const registry = new VerifiedRegistry({
    id: date(credential.id),
    issuer: name === undefined ? { id: issuer } : { id: issuer, name },
    name: date(credential.name),
    validFrom: date(credential.validFrom ?? credential.issuanceDate),
    validUntil: date(credential.validUntil ?? credential.expirationDate),
    entries: entries as RegistryEntry[],
  });
  return { verified: true, registry };
}
