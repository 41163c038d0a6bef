import { InvalidArgumentError, type InvalidArgumentErrorCode } from '../../errors.js';
import type { MicroCredential } from '../../model/types.generated.js';
import { type ProviderIdentity, checkAccreditation } from '../../registry/check.js';
import { type RegistryAnchor, VerifiedRegistry, verifyRegistry } from '../../registry/verify-registry.js';
import type { Resolver } from '../../resolver/resolver.js';
import type { SuiteRegistry } from '../../suites/registry.js';
import type { Check } from '../report.js';
import type { TrustList } from './issuer-trust.js';

/** What the registry part of `issuer-trust` needs besides the trust list. */
export interface RegistryTrustContext {
  at: Date;
  clockSkewSeconds?: number;
  suites?: SuiteRegistry;
  resolver?: Resolver;
}

const anchorIdOf = (anchor: RegistryAnchor) => (typeof anchor === 'string' ? anchor : (anchor.id as string | undefined));

/** The trust list's registries, each checked against its anchors; the first that fails, as a failed check. */
async function registriesOf(trust: TrustList, context: RegistryTrustContext): Promise<VerifiedRegistry[] | Check> {
  const anchors = trust.anchors ?? [];
  const out: VerifiedRegistry[] = [];
  for (const registry of trust.registries ?? []) {
    if (registry instanceof VerifiedRegistry) {
      if (!anchors.some((a) => anchorIdOf(a) === registry.issuer.id)) {
        return { id: 'issuer-trust', status: 'fail', code: 'ERR_REGISTRY_ANCHOR_MISMATCH', message: `The registry is issued by ${registry.issuer.id}, which is not an anchor you accept.` };
      }
      out.push(registry);
      continue;
    }
    const result = await verifyRegistry(registry, { anchors, suites: context.suites, resolver: context.resolver });
    if (!result.verified) return { id: 'issuer-trust', status: 'fail', code: result.code, message: result.message };
    out.push(result.registry);
  }
  return out;
}

/**
 * `issuer-trust` with accreditation registries (`trust.registries`, `trust.anchors`): a
 * registry that does not verify fails; a provider a registry lists is judged by its
 * accreditations on the date of issue (see `checkAccreditation`); a provider no registry
 * lists keeps the trust-list result when that passed, else warns `WARN_ISSUER_NOT_IN_REGISTRY`.
 * Without registries, or when the issuer is distrusted, `listCheck` stands.
 */
export async function withRegistries(
  listCheck: Check,
  provider: ProviderIdentity & { unanchoredSeal?: string },
  mc: MicroCredential | undefined,
  dateOfIssue: string | undefined,
  trust: TrustList | undefined,
  context: RegistryTrustContext,
): Promise<Check> {
  if (!trust?.registries?.length || listCheck.code === 'ERR_ISSUER_DISTRUSTED') return listCheck;
  const registries = await registriesOf(trust, context);
  if (!Array.isArray(registries)) return registries;
  const judged = checkAccreditation(provider, mc, dateOfIssue, registries, context.at, context.clockSkewSeconds);
  if (judged) return judged;
  if (listCheck.status === 'pass') return listCheck;
  const who = [...provider.ids, provider.sealOrganisationIdentifier].filter((x) => x !== undefined).join(' / ') || 'the issuer';
  const agencies = [...new Set(registries.map((r) => r.agency))].join(', ');
  const seal = provider.unanchoredSeal
    ? ` Its seal certificate (${provider.unanchoredSeal}) does not chain to a trust anchor, so its organisation identifier was not looked up: add the qualified trust service's CA certificate (trust.certificates, CLI --trust-cert).`
    : '';
  return {
    id: 'issuer-trust',
    status: 'warn',
    code: 'WARN_ISSUER_NOT_IN_REGISTRY',
    message: `${who} is not listed in the accreditation registry of ${agencies}: nothing shows this provider was accredited to issue the micro-credential.${seal}`,
  };
}

/**
 * The trust list with its registries checked once, up front (for a long-running verifier such
 * as `serve`): each becomes a {@link VerifiedRegistry}; their validity dates are still checked
 * at each verification. Throws `InvalidArgumentError` with the registry's code when one does
 * not verify, so a bad registry stops the start instead of failing every verification.
 */
export async function verifiedTrust(trust: TrustList, context: Omit<RegistryTrustContext, 'at'>): Promise<TrustList> {
  if (!trust.registries?.length) return trust;
  const registries = await registriesOf(trust, { ...context, at: new Date() });
  // A registry check's failure code: one of the ERR_REGISTRY_* codes InvalidArgumentError lists.
  if (!Array.isArray(registries)) throw new InvalidArgumentError(registries.code as InvalidArgumentErrorCode, registries.message);
  return { ...trust, registries };
}
