import type { RegistryAnchor, VerifiedRegistry } from '../../registry/verify-registry.js';
import type { Check } from '../report.js';

/**
 * Which issuers a verifier trusts. Entries are issuer ids (DIDs or URLs); for European Digital
 * Credentials also the eIDAS organisation identifier of the sealing certificate (e.g.
 * `VATES-A00000000`).
 */
export interface TrustList {
  trusted?: string[];
  /** Issuers whose credentials must fail, e.g. a provider whose authorisation was withdrawn. */
  distrusted?: string[];
  /**
   * Trust anchors for JAdES seals (EDC): PEM certificates — roots, intermediates, or a seal
   * certificate itself. A seal must chain to one of them; without any, the seal check warns.
   * (For qualified seals, use the CA certificates of the qualified trust service providers on
   * the EU trusted lists you accept.)
   */
  certificates?: string[];
  /**
   * Accreditation registries (signed `AccreditationRegistryCredential`s, as objects, JSON text
   * or VC-JWT, or registries already checked by `verifyRegistry`): `issuer-trust` then answers
   * whether the provider was accredited for this credential on its date of issue.
   */
  registries?: Array<VerifiedRegistry | Record<string, unknown> | string>;
  /** The agencies whose registries count: DIDs/URLs, or their DID documents (offline). Needed with `registries`. */
  anchors?: RegistryAnchor[];
}

/** What the `issuer-trust` check says when the verifier configured no trust list. */
export function notCheckedMessage(issuer: string | undefined): string {
  return (
    `No trust list or registry was configured, so nothing vouches for the issuer${issuer ? ` ${issuer}` : ''}: ` +
    'the signature proves who holds the key, not who they are — anyone can create a key and call themselves a university. ' +
    'Give a trust list (verify option trust, CLI --trust) naming the issuers you recognise.'
  );
}

/**
 * Explicit distrust fails; a trusted issuer passes; an issuer on neither list warns
 * (`WARN_ISSUER_UNKNOWN`). No list: warns (`WARN_ISSUER_NOT_CHECKED`) — never a skip, since an
 * unchecked issuer is exactly what a person must be told about.
 */
export function checkIssuerTrust(issuerId: string | undefined, trust: TrustList | undefined, issuerName?: string): Check {
  if (!trust) return { id: 'issuer-trust', status: 'warn', code: 'WARN_ISSUER_NOT_CHECKED', message: notCheckedMessage(issuerName ? `${issuerName} (${issuerId})` : issuerId) };
  if (!issuerId) return { id: 'issuer-trust', status: 'fail', code: 'ERR_NO_ISSUER', message: 'The credential names no issuer.' };
  if (trust.distrusted?.includes(issuerId)) {
    return { id: 'issuer-trust', status: 'fail', code: 'ERR_ISSUER_DISTRUSTED', message: `The issuer ${issuerId} is on the distrust list: do not rely on its credentials.` };
  }
  if (trust.trusted?.includes(issuerId)) return { id: 'issuer-trust', status: 'pass', message: `The issuer ${issuerId} is on the trust list.` };
  return {
    id: 'issuer-trust',
    status: 'warn',
    code: 'WARN_ISSUER_UNKNOWN',
    message: `The issuer ${issuerName ? `${issuerName} (${issuerId})` : issuerId} is not on the trust list: nothing vouches for who it says it is. Add it to the trust list if you recognise it.`,
  };
}
