/**
 * `vc-jwt`: the credential as a compact JWS (OB 3.0 §8.2, VC-JOSE-COSE). Signs through a
 * {@link Signer}, so RS256 (the default and OB's minimum), ES256 and EdDSA keys may live in a
 * KMS. Verification accepts only those algorithms, and only the one that fits the key.
 */
import { base64url, compactVerify, importJWK } from 'jose';
import { InvalidArgumentError, MicrocredError, SigningError, type SigningErrorCode } from '../errors.js';
import { algorithmOfJwk } from '../keys/algorithms.js';
import type { SignatureAlgorithm } from '../keys/types.js';
import { checkContextsLoad } from './contexts-check.js';
import { assertSigner } from './embedded.js';
import { classify, failure } from './failure.js';
import { checkJsonShape, issuerIdOf } from './guards.js';
import { signedShapeProblem } from './signed-shape.js';
import { isJsonObject } from '../json.js';
import { findDuplicateKey } from '../json-duplicate-keys.js';
import { checkClaims, credentialFromPayload, payloadFor } from './jwt-claims.js';
import { createLoaderChoice } from './loader-choice.js';
import { resolveJwtKey } from './jwt-key.js';
import { isCanonicalBase64url, p256SignatureProblem } from './signature-encoding.js';
import { toLowS } from '../keys/p256.js';
import type { EnvelopingSuite, IssueOptions, JsonObject, ProofVerification, VerifyOptions } from './types.js';

const NAME = 'vc-jwt';
const ALGORITHMS: readonly SignatureAlgorithm[] = ['RS256', 'ES256', 'EdDSA'];
/** Header algorithm → the key algorithm it needs. `Ed25519` is the fully-specified name (RFC 9864). */
const HEADER_ALGS: Readonly<Record<string, SignatureAlgorithm>> = { RS256: 'RS256', ES256: 'ES256', EdDSA: 'EdDSA', Ed25519: 'EdDSA' };
// OB 3.0 §8.2.2: "Additional JOSE Headers are NOT allowed" (cty tolerated: VC-JOSE-COSE uses it).
const ALLOWED_HEADERS = new Set(['alg', 'kid', 'jwk', 'typ', 'cty']);
const ALLOWED_TYP = new Set(['jwt', 'vc+jwt', 'vc+ld+jwt', 'vc+ld+json+jwt']);
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
const MAX_JWT_LENGTH = 2 * 1024 * 1024;

function decodeJsonSegment(segment: string): unknown {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(base64url.decode(segment));
  const value: unknown = JSON.parse(text);
  const duplicate = findDuplicateKey(text);
  if (duplicate !== undefined) throw new DuplicateKey(duplicate);
  return value;
}

class DuplicateKey extends Error {
  constructor(readonly pointer: string) {
    super(`repeated member name at ${pointer}`);
  }
}

const encodeJson = (value: unknown): string => base64url.encode(new TextEncoder().encode(JSON.stringify(value)));

/** Creates the `vc-jwt` suite. */
export function createVcJwtSuite(): EnvelopingSuite {
  const loaderFor = createLoaderChoice();

  async function issue(credential: JsonObject, options: IssueOptions): Promise<string> {
    if (!isJsonObject(credential)) throw new InvalidArgumentError('ERR_CREDENTIAL_INVALID', 'The credential must be a JSON object.');
    const shape = checkJsonShape(credential);
    if (shape !== undefined) throw new InvalidArgumentError('ERR_CREDENTIAL_INVALID', `The credential contains ${shape}.`);
    const { signer } = options ?? {};
    assertSigner(signer, NAME, ALGORITHMS);
    const contexts = await checkContextsLoad(credential, loaderFor(options));
    if (contexts !== undefined) throw new SigningError(contexts.code as SigningErrorCode, `vc-jwt: cannot sign: ${contexts.reason}`);
    const header = { alg: signer.algorithm, kid: signer.id, typ: 'JWT' };
    const signingInput = `${encodeJson(header)}.${encodeJson(payloadFor(credential))}`;
    let signature: Uint8Array;
    try {
      signature = await signer.sign(new TextEncoder().encode(signingInput));
    } catch (error) {
      if (error instanceof MicrocredError) throw error;
      throw new SigningError('ERR_SIGNING_FAILED', `vc-jwt: the signer failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
    }
    // A KMS may return high-S ECDSA signatures; verifiers accept only low-S.
    return `${signingInput}.${base64url.encode(signer.algorithm === 'ES256' ? toLowS(signature) : signature)}`;
  }

  async function verifyUnsafe(input: unknown, options?: VerifyOptions): Promise<ProofVerification> {
    if (typeof input !== 'string' || input.length > MAX_JWT_LENGTH || !COMPACT_JWS.test(input.trim())) {
      return failure(NAME, 'ERR_JWT_MALFORMED', 'Not a compact JWS (three base64url segments).');
    }
    const jwt = input.trim();
    const [headerSegment = '', payloadSegment = '', signatureSegment = ''] = jwt.split('.');
    // One spelling per token: jose decodes base64url leniently (stray bits in the last character).
    const loose = [headerSegment, payloadSegment, signatureSegment].findIndex((segment) => !isCanonicalBase64url(segment));
    if (loose >= 0) return failure(NAME, 'ERR_SIGNATURE_ENCODING', `The JWT ${['header', 'payload', 'signature'][loose]} is not canonical base64url.`);
    let header: unknown;
    let payload: unknown;
    try {
      header = decodeJsonSegment(headerSegment);
      payload = decodeJsonSegment(payloadSegment);
    } catch (error) {
      if (error instanceof DuplicateKey) {
        return failure(NAME, 'ERR_DUPLICATE_KEY', `The JWT header or payload repeats the member name at ${error.pointer}; parsers disagree on which value counts.`);
      }
      return failure(NAME, 'ERR_JWT_MALFORMED', 'The JWT header or payload is not base64url-encoded JSON.');
    }
    if (!isJsonObject(header) || !isJsonObject(payload)) return failure(NAME, 'ERR_JWT_MALFORMED', 'The JWT header and payload must be JSON objects.');
    const alg = typeof header.alg === 'string' && Object.hasOwn(HEADER_ALGS, header.alg) ? HEADER_ALGS[header.alg] : undefined;
    if (alg === undefined) {
      return failure(NAME, 'ERR_JWT_ALG_NOT_ALLOWED', `JWT algorithm "${String(header.alg)}" is not allowed (RS256, ES256, EdDSA are).`);
    }
    const extra = Object.keys(header).find((k) => !ALLOWED_HEADERS.has(k));
    if (extra !== undefined) return failure(NAME, 'ERR_JWT_HEADER', `JOSE header "${extra}" is not allowed.`);
    if (header.typ !== undefined && (typeof header.typ !== 'string' || !ALLOWED_TYP.has(header.typ.toLowerCase()))) {
      return failure(NAME, 'ERR_JWT_HEADER', `JWT "typ" "${String(header.typ)}" is not allowed.`);
    }
    const shape = checkJsonShape(payload);
    if (shape !== undefined) return failure(NAME, 'ERR_CREDENTIAL_MALFORMED', `The JWT payload contains ${shape}.`);
    const credential = credentialFromPayload(payload);
    if (credential === undefined) return failure(NAME, 'ERR_CREDENTIAL_MALFORMED', 'The JWT carries no credential (no "@context", no "vc" claim).');
    const spelling = signedShapeProblem(credential, 'allow');
    if (spelling !== undefined) return failure(NAME, spelling.code, `${spelling.reason} (at ${spelling.pointer})`);
    const issuer = issuerIdOf(credential);
    if (issuer === undefined) return failure(NAME, 'ERR_CREDENTIAL_MALFORMED', 'The credential has no issuer id.');

    const documentLoader = loaderFor(options);
    // No JSON-LD processing here, but the same context policy as the other suites.
    const contexts = await checkContextsLoad(credential, documentLoader);
    if (contexts !== undefined) return failure(NAME, contexts.code, contexts.reason);
    const key = await resolveJwtKey(header, issuer, documentLoader, { selfAssertedKeys: options?.selfAssertedKeys === true });
    if (!key.ok) return failure(NAME, key.code, key.reason, key.verificationMethod === undefined ? {} : { verificationMethod: key.verificationMethod });
    const at = { verificationMethod: key.verificationMethod };
    if (algorithmOfJwk(key.jwk) !== alg) {
      return failure(NAME, 'ERR_JWT_ALG_KEY_MISMATCH', `JWT algorithm ${String(header.alg)} does not fit the issuer's ${key.jwk.kty} key.`, at);
    }
    if (alg === 'ES256') {
      const encoding = p256SignatureProblem(base64url.decode(signatureSegment));
      if (encoding !== undefined) return failure(NAME, encoding.code, encoding.reason, at);
    }
    try {
      const cryptoKey = await importJWK(key.jwk, header.alg as string);
      await compactVerify(jwt, cryptoKey, { algorithms: [header.alg as string] });
    } catch (error) {
      const code = (error as { code?: unknown })?.code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' ? 'ERR_SIGNATURE_INVALID' : 'ERR_JWT_INVALID';
      return failure(NAME, code, code === 'ERR_SIGNATURE_INVALID' ? 'Invalid signature.' : String((error as Error)?.message), at);
    }
    const mismatch = checkClaims(payload, credential);
    if (mismatch !== undefined) return failure(NAME, mismatch.code, mismatch.reason, at);
    const verified: ProofVerification = { verified: true, suite: NAME, verificationMethod: key.verificationMethod, controller: key.controller, credential };
    return key.selfAsserted ? { ...verified, selfAssertedKey: key.verificationMethod } : verified;
  }

  return Object.freeze({
    name: NAME,
    format: 'jwt' as const,
    algorithms: ALGORITHMS,
    canVerify: (input: unknown) => typeof input === 'string' && COMPACT_JWS.test(input.trim()),
    issue,
    async verify(input: unknown, options?: VerifyOptions): Promise<ProofVerification> {
      try {
        return await verifyUnsafe(input, options);
      } catch (error) {
        const { code, reason } = classify(error);
        return failure(NAME, code, reason);
      }
    },
  });
}
