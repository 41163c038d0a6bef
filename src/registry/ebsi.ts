import { decodeJwt } from 'jose';
import type { ValidationIssue } from '../model/issue.js';
import type { QualityAssurance, RegistryEntry } from '../model/types.generated.js';
import { MAX_REGISTRY_ENTRIES, RegistryEntriesInvalidError, registryEntryIssues } from './entries.js';

/** Largest EBSI TIR text {@link registryEntriesFromEbsi} parses, in characters. */
export const MAX_REGISTRY_EBSI_CHARS = 8 * 1024 * 1024;
/** Largest accreditation JWT (one attribute `body`) it decodes, in characters. */
export const MAX_EBSI_JWT_CHARS = 64 * 1024;

const ACCREDITATION_TYPE = 'VerifiableAccreditationToAttest';
const issue = (code: string, pointer: string, message: string): ValidationIssue => ({ code, pointer, message, severity: 'error' });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
/** The date part of an XSD date-time (the registry's days are inclusive, so the end is that day). */
const day = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined);

/**
 * Registry entries from EBSI Trusted Issuers Registry issuer attributes, read offline from a
 * file: the answer of `GET /issuers/{did}` (`{ did, attributes: [{ hash, body, issuerType, tao,
 * rootTao }] }`), of `GET /issuers/{did}/attributes/{id}` (`{ did, attribute: {…} }`), or an
 * array of either. Each attribute whose `body` is a `VerifiableAccreditationToAttest` JWT
 * becomes an `external-qa` accreditation of its subject by its issuer (the TAO): decision
 * `accredited` (`withdrawn` when `issuerType` is `Revoked`), reference = the accreditation's
 * id, validity = its validFrom/validUntil days, the accredited credential types, jurisdictions
 * and root TAO in the description. Other attributes (authorisations to onboard, accreditations
 * to accredit) are skipped.
 *
 * Decoding only: the JWT signatures and the chain up to the root TAO are NOT verified — the
 * agency that signs the result with `createRegistry` vouches for it. EBSI states no provider
 * names, so the provider is named by its DID unless `names` gives one.
 *
 * Throws {@link RegistryEntriesInvalidError} with JSON Pointers into the file. Bounds:
 * {@link MAX_REGISTRY_EBSI_CHARS} characters, {@link MAX_EBSI_JWT_CHARS} per JWT,
 * {@link MAX_REGISTRY_ENTRIES} issuers, 100 accreditations per issuer.
 */
export function registryEntriesFromEbsi(json: unknown, options: { names?: Record<string, string> } = {}): RegistryEntry[] {
  const fail = (code: string, pointer: string, message: string): never => {
    throw new RegistryEntriesInvalidError([issue(code, pointer, message)]);
  };
  let input = json;
  if (typeof input === 'string') {
    if (input.length > MAX_REGISTRY_EBSI_CHARS) fail('REGISTRY_TOO_LARGE', '', `The EBSI file is larger than ${MAX_REGISTRY_EBSI_CHARS} characters.`);
    try {
      input = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      fail('REGISTRY_EBSI_INVALID', '', `The EBSI file is not valid JSON: ${(error as Error).message}`);
    }
  }
  const issuers = Array.isArray(input) ? input : [input];
  if (issuers.length === 0) fail('REGISTRY_EMPTY', '', 'The EBSI file lists no issuers.');
  if (issuers.length > MAX_REGISTRY_ENTRIES) fail('REGISTRY_TOO_LARGE', '', `The EBSI file lists ${issuers.length} issuers; at most ${MAX_REGISTRY_ENTRIES} are imported.`);

  const errors: ValidationIssue[] = [];
  const byDid = new Map<string, { entry: RegistryEntry; at: string }>();
  issuers.forEach((item, i) => {
    const base = Array.isArray(input) ? `/${i}` : '';
    if (!isObject(item) || !text(item.did)) {
      errors.push(issue('REGISTRY_EBSI_INVALID', base, `${base || '/'}: an issuer is { "did", "attributes": [...] } or { "did", "attribute": {...} } (the TIR API's answer).`));
      return;
    }
    const did = text(item.did)!;
    const attributes: Array<[unknown, string]> = Array.isArray(item.attributes)
      ? item.attributes.map((a, j) => [a, `${base}/attributes/${j}`])
      : item.attribute !== undefined ? [[item.attribute, `${base}/attribute`]] : [];
    if (attributes.length === 0) errors.push(issue('REGISTRY_EBSI_INVALID', base, `${base || '/'}: ${did} has no "attributes" or "attribute".`));
    if (attributes.length > 100) {
      errors.push(issue('REGISTRY_TOO_LARGE', `${base}/attributes`, `${base}/attributes: ${attributes.length} attributes; at most 100 are imported per issuer.`));
      return;
    }
    const accreditations: QualityAssurance[] = [];
    for (const [attribute, at] of attributes) {
      const found = accreditationOf(attribute, did, at);
      if ('error' in found) errors.push(found.error);
      else if (found.qa) accreditations.push(found.qa);
    }
    if (accreditations.length === 0) return;
    const known = byDid.get(did);
    if (known) known.entry.accreditations.push(...accreditations);
    else byDid.set(did, { entry: { provider: { ids: [did], name: { en: options.names?.[did] ?? did } }, accreditations } as RegistryEntry, at: base });
  });
  if (errors.length) throw new RegistryEntriesInvalidError(errors);
  if (byDid.size === 0) fail('REGISTRY_EMPTY', '', `The EBSI file holds no ${ACCREDITATION_TYPE}.`);
  const entries = [...byDid.values()].map((v) => v.entry);
  const found = registryEntryIssues(entries);
  if (found.length) throw new RegistryEntriesInvalidError(found);
  return entries;
}

/** One TIR attribute as an accreditation; `qa` absent: another kind of attribute, skipped. */
function accreditationOf(attribute: unknown, did: string, at: string): { qa?: QualityAssurance } | { error: ValidationIssue } {
  const bad = (pointer: string, message: string) => ({ error: issue('REGISTRY_EBSI_INVALID', pointer, `${pointer}: ${message}`) });
  if (!isObject(attribute)) return bad(at, 'an attribute is { hash, body, issuerType, tao, rootTao }.');
  const body = attribute.body;
  if (typeof body !== 'string' || body.length === 0) return bad(`${at}/body`, 'the attribute carries no accreditation JWT.');
  if (body.length > MAX_EBSI_JWT_CHARS) return { error: issue('REGISTRY_TOO_LARGE', `${at}/body`, `${at}/body: the JWT is longer than ${MAX_EBSI_JWT_CHARS} characters.`) };
  let claims: Record<string, unknown>;
  try {
    claims = decodeJwt(body) as Record<string, unknown>;
  } catch (error) {
    return bad(`${at}/body`, `not a JWT (${(error as Error).message}).`);
  }
  const vc = claims.vc;
  if (!isObject(vc)) return bad(`${at}/body`, 'the JWT has no "vc" claim.');
  const types = Array.isArray(vc.type) ? vc.type : [vc.type];
  if (!types.includes(ACCREDITATION_TYPE)) return {};
  const subject = isObject(vc.credentialSubject) ? vc.credentialSubject : undefined;
  if (text(subject?.id) !== did) return bad(`${at}/body`, `the accreditation is about ${String(subject?.id)}, not ${did}.`);
  const tao = text(isObject(vc.issuer) ? vc.issuer.id : vc.issuer) ?? text(claims.iss);
  if (!tao) return bad(`${at}/body`, 'the accreditation names no issuer (TAO).');
  const scopes = Array.isArray(subject?.accreditedFor) ? subject.accreditedFor.filter(isObject) : [];
  const what = scopes
    .map((s) => {
      const kinds = Array.isArray(s.types) ? s.types.filter((t) => typeof t === 'string' && t !== 'VerifiableCredential' && t !== 'VerifiableAttestation') : [];
      const where = Array.isArray(s.limitJurisdiction) ? s.limitJurisdiction : s.limitJurisdiction !== undefined ? [s.limitJurisdiction] : [];
      return `${kinds.join(', ') || 'credentials'}${text(s.schemaId) ? ` (schema ${text(s.schemaId)})` : ''}${where.length ? ` in ${where.join(', ')}` : ''}`;
    })
    .join('; ');
  const root = text(attribute.rootTao);
  const qa: Record<string, unknown> = {
    type: 'external',
    accreditationType: 'external-qa',
    decision: attribute.issuerType === 'Revoked' ? 'withdrawn' : 'accredited',
    body: { id: tao, name: { en: `EBSI TAO ${tao}` } },
    description: {
      en: `EBSI ${ACCREDITATION_TYPE}${what ? ` to issue ${what}` : ''}${root ? `, trust chain from root TAO ${root}` : ''}. Decoded from the Trusted Issuers Registry; its signature and chain were not verified on import.`,
    },
  };
  const reference = text(vc.id) ?? text(claims.jti);
  if (reference) qa.accreditationId = reference.slice(0, 1000);
  const from = day(vc.validFrom ?? vc.issuanceDate);
  const until = day(vc.validUntil ?? vc.expirationDate);
  if (from) qa.validFrom = from;
  if (until) qa.validUntil = until;
  return { qa: qa as unknown as QualityAssurance };
}
