import type { Check } from '../report.js';
import { type TrustList, checkIssuerTrust } from './issuer-trust.js';

/**
 * `issuer-trust` for a credential signed with a self-asserted key (a VC-JWT header `jwk` bound
 * to no issuer document). The issuer id it names is only a claim, so it earns no trust: only the
 * key does, when the trust list names its JWK thumbprint URI
 * (`urn:ietf:params:oauth:jwk-thumbprint:sha-256:<base64url>`, RFC 7638/9278). A distrusted key
 * or issuer fails; an issuer on the trust list whose key is not warns (anyone can sign with a
 * key of their own and name that issuer). No trust list: as {@link checkIssuerTrust}.
 */
export function checkSelfAssertedKeyTrust(issuerId: string | undefined, thumbprint: string, trust: TrustList | undefined): Check {
  if (!trust) return checkIssuerTrust(issuerId, trust);
  const distrusted = [thumbprint, issuerId].find((id) => id !== undefined && trust.distrusted?.includes(id));
  if (distrusted !== undefined) {
    return { id: 'issuer-trust', status: 'fail', code: 'ERR_ISSUER_DISTRUSTED', message: `${distrusted} is on the distrust list.` };
  }
  if (trust.trusted?.includes(thumbprint)) {
    return {
      id: 'issuer-trust',
      status: 'pass',
      message: `The signing key ${thumbprint} is on the trust list (the list vouches for the key; the credential names the issuer ${issuerId ?? '(none)'}).`,
      details: { key: thumbprint },
    };
  }
  const named = issuerId !== undefined && trust.trusted?.includes(issuerId);
  return {
    id: 'issuer-trust',
    status: 'warn',
    code: 'WARN_ISSUER_KEY_SELF_ASSERTED',
    message: named
      ? `The credential names the trusted issuer ${issuerId}, but it was signed with a key carried in the credential itself (${thumbprint}) that nothing ties to ${issuerId}: anyone can make such a key. Add the key's thumbprint to the trust list if ${issuerId} uses it.`
      : `The credential was signed with a self-asserted key (${thumbprint}) and names the issuer ${issuerId ?? '(none)'}, which is not on the trust list; neither is the key.`,
    details: { key: thumbprint },
  };
}
