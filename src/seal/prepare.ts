/**
 * What the EU sealing service writes into an EDC before sealing it, done locally: the issuance
 * time and the issuer's eIDAS legal identifier taken from the sealing certificate.
 */
import { InvalidArgumentError } from '../errors.js';
import { checkInput } from '../model/guard.js';
import { NAL_COUNTRY_SCHEME, countryName, nalCountryUri } from './countries.js';
import { OID } from './oids.js';
import { formatSigningTime } from './seal.js';
import type { SealKey } from './types.js';
import { type Certificate, nameValue, parseCertificateInput } from './x509.js';

/** The `issuer.eIDASIdentifier` node `prepareForSeal` writes (shape of the EU signed sample). */
export interface EidasLegalIdentifier {
  id: string;
  type: 'LegalIdentifier';
  spatial: {
    id: string;
    type: 'Concept';
    inScheme: { id: string; type: 'ConceptScheme' };
    notation: 'country';
    prefLabel: { en: string };
  };
  notation: string;
}

/** A certificate as PEM, base64 DER or bytes, or a seal key (its sealing certificate is used). */
export type CertificateInput = string | Uint8Array | Pick<SealKey, 'certificateChain'>;

function certificateOf(input: CertificateInput): Certificate {
  try {
    if (typeof input === 'object' && !(input instanceof Uint8Array)) {
      const first = input?.certificateChain?.[0];
      if (first === undefined) throw new Error('the seal key has no certificate');
      return parseCertificateInput(first);
    }
    return parseCertificateInput(input);
  } catch (cause) {
    throw new InvalidArgumentError('ERR_SEAL_CERT_INVALID', `Cannot read the sealing certificate: ${(cause as Error).message}`, { cause });
  }
}

/**
 * The eIDAS legal identifier of a sealing certificate's subject: `notation` is the
 * organizationIdentifier (2.5.4.97, e.g. `VATES-A00000000`), else the subject serialNumber, else
 * the CN; `spatial` is the NAL country concept of the subject's C.
 *
 * @throws InvalidArgumentError `ERR_SEAL_CERT_INVALID` (no identifier or no known country).
 */
export function eidasIdentifierFromCertificate(certificate: CertificateInput, id = 'urn:certificateIdentifier:1'): EidasLegalIdentifier {
  const cert = certificateOf(certificate);
  const notation =
    nameValue(cert.subject, OID.organizationIdentifier) ?? nameValue(cert.subject, OID.serialNumber) ?? nameValue(cert.subject, OID.commonName);
  if (notation === undefined) throw new InvalidArgumentError('ERR_SEAL_CERT_INVALID', 'The sealing certificate names no organizationIdentifier, serialNumber or CN.');
  const country = nameValue(cert.subject, OID.countryName);
  const uri = country === undefined ? undefined : nalCountryUri(country);
  if (country === undefined || uri === undefined) {
    throw new InvalidArgumentError('ERR_SEAL_CERT_INVALID', `The sealing certificate's subject has no known country (C): ${String(country)}.`);
  }
  return {
    id,
    type: 'LegalIdentifier',
    spatial: {
      id: uri,
      type: 'Concept',
      inScheme: { id: NAL_COUNTRY_SCHEME, type: 'ConceptScheme' },
      notation: 'country',
      prefLabel: { en: countryName(country) },
    },
    notation,
  };
}

/** Options of {@link prepareForSeal}. */
export interface PrepareForSealOptions {
  /** `id` of the eIDAS identifier node. Default `urn:certificateIdentifier:1` (as the EU service writes). */
  identifierId?: string;
}

/**
 * Returns a copy of `credential` ready to seal, as the EU sealing service prepares it: `issued`
 * and `issuanceDate` set to the signing time (whole seconds, UTC — pass the same `signingTime` to
 * `sealJades`), and `issuer.eIDASIdentifier` derived from the sealing certificate (see
 * {@link eidasIdentifierFromCertificate}). A string issuer becomes `{ id }`. Nothing else changes;
 * the input is not modified.
 *
 * @throws InvalidArgumentError `ERR_CREDENTIAL_INVALID` (not a JSON object, no issuer),
 *   `ERR_SEAL_CERT_INVALID`, `ERR_SIGNING_TIME_INVALID`.
 */
export function prepareForSeal<T extends object>(
  credential: T,
  certificate: CertificateInput,
  signingTime: Date = new Date(),
  options: PrepareForSealOptions = {},
): T & { issued: string; issuanceDate: string; issuer: Record<string, unknown> & { eIDASIdentifier: EidasLegalIdentifier } } {
  const issues = checkInput(credential, { maxDepth: 64 });
  if (issues.length > 0) throw new InvalidArgumentError('ERR_CREDENTIAL_INVALID', `Cannot prepare this credential: ${issues[0]!.message}`, { pointer: issues[0]!.pointer });
  if (!(signingTime instanceof Date) || Number.isNaN(signingTime.getTime())) throw new InvalidArgumentError('ERR_SIGNING_TIME_INVALID', 'signingTime must be a valid Date.');
  const copy = structuredClone(credential) as Record<string, unknown>;
  const issuer = copy.issuer;
  let issuerNode: Record<string, unknown>;
  if (typeof issuer === 'string') issuerNode = { id: issuer };
  else if (issuer !== null && typeof issuer === 'object' && !Array.isArray(issuer)) issuerNode = issuer as Record<string, unknown>;
  else throw new InvalidArgumentError('ERR_CREDENTIAL_INVALID', 'The credential has no issuer to attach the eIDAS identifier to.', { pointer: '/issuer' });
  issuerNode.eIDASIdentifier = eidasIdentifierFromCertificate(certificate, options.identifierId);
  const when = formatSigningTime(signingTime);
  copy.issuer = issuerNode;
  copy.issued = when;
  copy.issuanceDate = when;
  return copy as T & { issued: string; issuanceDate: string; issuer: Record<string, unknown> & { eIDASIdentifier: EidasLegalIdentifier } };
}
