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
}

/** Explicit distrust fails; a trusted issuer passes; an issuer on neither list warns. No list: skip. */
export function checkIssuerTrust(issuerId: string | undefined, trust: TrustList | undefined): Check {
  if (!trust) return { id: 'issuer-trust', status: 'skip', message: 'No trust list given: the issuer was not checked against one.' };
  if (!issuerId) return { id: 'issuer-trust', status: 'fail', code: 'ERR_NO_ISSUER', message: 'The credential names no issuer.' };
  if (trust.distrusted?.includes(issuerId)) {
    return { id: 'issuer-trust', status: 'fail', code: 'ERR_ISSUER_DISTRUSTED', message: `The issuer ${issuerId} is on the distrust list.` };
  }
  if (trust.trusted?.includes(issuerId)) return { id: 'issuer-trust', status: 'pass', message: `The issuer ${issuerId} is on the trust list.` };
  return { id: 'issuer-trust', status: 'warn', code: 'WARN_ISSUER_UNKNOWN', message: `The issuer ${issuerId} is not on the trust list.` };
}
