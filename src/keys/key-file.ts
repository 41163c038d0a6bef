/**
 * Assembles a {@link KeyFile} from key material and identity options. Shared by generate and import.
 */
import { KeyError } from '../errors.js';
import { algorithmForSuite, algorithmOfJwk } from './algorithms.js';
import { didKeyFromJwk } from './did-key.js';
import { didWebFromDomain } from './did-web.js';
import { toPrivateJwk, toPublicJwk } from './jwk.js';
import { publicKeyMultibaseFromJwk } from './multikey.js';
import type { Jwk, KeyFile, SignatureAlgorithm, SuiteName } from './types.js';

/** Who the key belongs to and which suite it issues with. */
export interface KeyIdentityOptions {
  /** Suite the key issues with (built-in or registered name). */
  suite: SuiteName;
  /** Algorithm, when the suite allows several (`vc-jwt`: RS256 default, ES256, EdDSA). */
  alg?: SignatureAlgorithm;
  /** Issuer id method: `key` (default) derives a did:key; `web` needs `domain`. */
  did?: 'key' | 'web';
  /** Domain for did:web, e.g. `example.edu` or `example.edu/issuers/1`. */
  domain?: string;
  /** An HTTPS URL (with a hosted key document) as the issuer id instead of a DID. */
  controller?: string;
  /** Fragment of the verification method id (default `key-1`; did:key always uses the key). */
  fragment?: string;
  /** Full verification method id; must be `controller#something`. Overrides `fragment`. */
  id?: string;
}

function controllerFor(options: KeyIdentityOptions, publicJwk: Jwk): string {
  const { did, domain, controller } = options;
  if (controller !== undefined) {
    if (did !== undefined || domain !== undefined) {
      throw new KeyError('ERR_KEY_OPTIONS', 'Pass either "controller" or "did"/"domain", not both.');
    }
    let url: URL | undefined;
    try {
      url = new URL(controller);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'https:' || url.hash !== '' || url.username !== '' || url.password !== '') {
      throw new KeyError('ERR_KEY_OPTIONS', `"controller" must be an https URL without fragment or credentials, got "${controller}".`);
    }
    return url.href;
  }
  if (did === 'web') {
    if (domain === undefined) throw new KeyError('ERR_KEY_OPTIONS', 'did:web needs a "domain", e.g. "example.edu".');
    return didWebFromDomain(domain);
  }
  if (did !== undefined && did !== 'key') {
    throw new KeyError('ERR_KEY_OPTIONS', `Unknown DID method "${String(did)}"; use "key" or "web".`);
  }
  if (domain !== undefined) throw new KeyError('ERR_KEY_OPTIONS', '"domain" only applies to did: "web".');
  const didKey = didKeyFromJwk(publicJwk);
  if (didKey === undefined) throw new KeyError('ERR_KEY_UNSUPPORTED', 'This key type has no did:key form.');
  return didKey;
}

function methodIdFor(options: KeyIdentityOptions, controller: string): string {
  if (controller.startsWith('did:key:')) {
    const expected = `${controller}#${controller.slice('did:key:'.length)}`;
    if (options.id !== undefined && options.id !== expected) {
      throw new KeyError('ERR_KEY_OPTIONS', `A did:key verification method id is fixed: "${expected}".`);
    }
    return expected;
  }
  if (options.id !== undefined) {
    if (!options.id.startsWith(`${controller}#`) || options.id.length === controller.length + 1) {
      throw new KeyError('ERR_KEY_OPTIONS', `The verification method id must be "${controller}#<fragment>", got "${options.id}".`);
    }
    return options.id;
  }
  const fragment = options.fragment ?? 'key-1';
  if (!/^[A-Za-z0-9._~-]+$/.test(fragment)) {
    throw new KeyError('ERR_KEY_OPTIONS', `Invalid fragment "${fragment}": use letters, digits and . _ ~ -.`);
  }
  return `${controller}#${fragment}`;
}

/**
 * Builds a key file from a private JWK.
 *
 * @throws KeyError when the key does not fit the suite/algorithm or the identity options are invalid.
 */
export function assembleKeyFile(privateJwk: Record<string, unknown>, options: KeyIdentityOptions, now = new Date()): KeyFile {
  const priv = toPrivateJwk(privateJwk);
  const pub = toPublicJwk(privateJwk);
  if (priv === undefined || pub === undefined || typeof priv.d !== 'string') {
    throw new KeyError('ERR_KEY_INVALID', 'Expected a private Ed25519, P-256 or RSA JWK (with "d").');
  }
  const keyAlg = algorithmOfJwk(pub);
  if (keyAlg === undefined) throw new KeyError('ERR_KEY_UNSUPPORTED', 'Unsupported key: use Ed25519, P-256 or RSA of 2048 bits or more.');
  const alg = algorithmForSuite(options.suite, options.alg ?? keyAlg);
  if (alg !== keyAlg) {
    throw new KeyError('ERR_KEY_ALG_MISMATCH', `Suite "${options.suite}" with ${alg} needs a different key type than the one given (${keyAlg}).`);
  }
  const controller = controllerFor(options, pub);
  const multibase = publicKeyMultibaseFromJwk(pub);
  return {
    type: 'MicrocredKey',
    version: 1,
    suite: options.suite,
    alg,
    controller,
    id: methodIdFor(options, controller),
    ...(multibase === undefined ? {} : { publicKeyMultibase: multibase }),
    publicKeyJwk: pub,
    privateKeyJwk: priv,
    created: now.toISOString(),
  };
}
