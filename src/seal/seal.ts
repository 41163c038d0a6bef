/**
 * JAdES sealing of a JSON credential, in the form the EU's EDC sealing service (DSS) emits:
 * JWS JSON serialization (general form), enveloping, unencoded payload (`b64: false`, RFC 7797),
 * `x5c`, `x5t#S256`, `kid` = IssuerSerial, `sigT`, `crit`. Baseline-B by default; baseline-T with
 * a time-stamp authority client (`sigTst` in `etsiU`), plus an optional content time-stamp (`adoTst`).
 */
import { InvalidArgumentError, MicrocredError, SigningError } from '../errors.js';
import { checkInput } from '../model/guard.js';
import { verifyJws } from './algorithms.js';
import { type DerError, bytesEqual } from './der.js';
import { digest, encodeBase64, encodeBase64Url, utf8 } from './encoding.js';
import { kidFor } from './issuer-serial.js';
import { algorithmForCertificate, loadSealKey } from './seal-key.js';
import { parseTimestampToken } from './tst.js';
import type { JadesDocument, JadesProtectedHeader, SealAlgorithm, SealKey, SealKeyFile, SealSigner, TsaClient } from './types.js';
import { type Certificate, ecdsaDerToRaw, parseCertificateInput } from './x509.js';

/** The `cty` the EU sealing service writes (it seals the credential as an octet stream). */
export const JADES_CTY = 'octet-stream';

/** Options of {@link sealJades}. */
export interface SealOptions {
  /**
   * The seal: a {@link SealKey} (from `loadSealKey`/`generateSealKey`), a seal key file, or a
   * pluggable signer with its certificate chain (PEM or base64 DER; the sealing certificate first).
   */
  key: SealKey | SealKeyFile | { signer: SealSigner; certificateChain: readonly string[] };
  /** Claimed signing time (`sigT`), whole seconds. Default: now. */
  signingTime?: Date;
  /** A time-stamp authority: adds a signature time-stamp (`etsiU` → `sigTst`): baseline-T. */
  timestamp?: TsaClient;
  /** Also time-stamp the payload before signing (`adoTst`, protected and critical). Needs `timestamp`. */
  contentTimestamp?: boolean;
}

/** `2023-09-27T11:54:17Z`: the `sigT` form (whole seconds, UTC). */
export function formatSigningTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const isKeyFile = (key: unknown): key is SealKeyFile => (key as { type?: unknown })?.type === 'MicrocredSealKey';

async function resolveKey(key: SealOptions['key']): Promise<{ signer: SealSigner; chain: Certificate[] }> {
  const resolved = isKeyFile(key) ? await loadSealKey({ keyFile: key }) : key;
  const { signer, certificateChain } = (resolved ?? {}) as { signer?: SealSigner; certificateChain?: readonly string[] };
  if (typeof signer?.sign !== 'function' || (signer.algorithm !== 'RS256' && signer.algorithm !== 'ES256')) {
    throw new InvalidArgumentError('ERR_SEAL_KEY_INVALID', 'The seal needs a signer { algorithm: "RS256" | "ES256", sign(data) }.');
  }
  if (!Array.isArray(certificateChain) || certificateChain.length === 0) {
    throw new InvalidArgumentError('ERR_SEAL_KEY_INVALID', 'The seal needs its certificate chain (the sealing certificate first).');
  }
  let chain: Certificate[];
  try {
    chain = certificateChain.map((c) => parseCertificateInput(c));
  } catch (cause) {
    throw new InvalidArgumentError('ERR_SEAL_CERT_INVALID', `Cannot read the certificate chain: ${(cause as Error).message}`, { cause });
  }
  const fits = algorithmForCertificate(chain[0]!);
  if (fits !== signer.algorithm) {
    throw new InvalidArgumentError('ERR_SEAL_KEY_INVALID', `The signer signs ${signer.algorithm} but the sealing certificate's key is for ${fits ?? 'neither RS256 nor ES256'}.`);
  }
  return { signer, chain };
}

async function sign(signer: SealSigner, data: Uint8Array): Promise<Uint8Array> {
  let signature: Uint8Array;
  try {
    signature = await signer.sign(data);
  } catch (error) {
    if (error instanceof MicrocredError) throw error;
    throw new SigningError('ERR_SIGNING_FAILED', `The seal signer failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
  if (!(signature instanceof Uint8Array)) throw new SigningError('ERR_SIGNING_FAILED', 'The seal signer did not return bytes.');
  if (signer.algorithm === 'ES256' && signature.length !== 64 && signature[0] === 0x30) {
    try {
      signature = ecdsaDerToRaw(signature, 32); // a DER ECDSA-Sig-Value from an HSM: JOSE wants r || s
    } catch (cause) {
      throw new SigningError('ERR_SIGNING_FAILED', 'The ES256 signer returned neither r||s nor a DER ECDSA signature.', { cause: cause as DerError });
    }
  }
  return signature;
}

async function timestampOf(tsa: TsaClient, data: Uint8Array, what: string): Promise<string> {
  const expected = await digest('SHA-256', data);
  let token: Uint8Array;
  try {
    token = await tsa.timestamp(expected, 'SHA-256');
  } catch (error) {
    throw new SigningError('ERR_TSA_FAILED', `The time-stamp authority failed (${what}): ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
  if (!(token instanceof Uint8Array)) throw new SigningError('ERR_TSA_TOKEN_INVALID', `The time-stamp authority returned no token (${what}).`);
  try {
    const parsed = parseTimestampToken(token);
    if (parsed.imprint.algorithm !== 'SHA-256' || !bytesEqual(parsed.imprint.hash, expected)) {
      throw new SigningError('ERR_TSA_TOKEN_INVALID', `The time-stamp token does not time-stamp the ${what} (message imprint mismatch).`);
    }
  } catch (error) {
    if (error instanceof SigningError) throw error;
    throw new SigningError('ERR_TSA_TOKEN_INVALID', `The time-stamp authority returned an unreadable token (${what}): ${(error as Error).message}`, { cause: error });
  }
  return encodeBase64(token);
}

/**
 * Seals a JSON credential with JAdES. Returns the JWS JSON serialization object; its `payload` is
 * the credential JSON text, exactly the bytes signed.
 *
 * Sealing changes nothing in the credential; use {@link prepareForSeal} first to set `issued` and
 * the issuer's eIDAS identifier from the certificate, as the EU sealing service does.
 *
 * @example
 * const key = await loadSealKey({ pem: { key: keyPem, certificates: chainPem } });
 * const at = new Date();
 * const sealed = await sealJades(prepareForSeal(edc, key, at), { key, signingTime: at });
 *
 * @throws InvalidArgumentError `ERR_CREDENTIAL_INVALID`, `ERR_SEAL_KEY_INVALID`, `ERR_SEAL_CERT_INVALID`, `ERR_SIGNING_TIME_INVALID`;
 *   SigningError `ERR_SIGNING_FAILED`, `ERR_SEAL_KEY_MISMATCH` (the signer's key is not the certificate's), `ERR_TSA_FAILED`, `ERR_TSA_TOKEN_INVALID`;
 *   KeyError when a key file cannot be loaded.
 */
export async function sealJades(credential: object, options: SealOptions): Promise<JadesDocument> {
  const issues = checkInput(credential, { maxDepth: 64 });
  if (issues.length > 0) throw new InvalidArgumentError('ERR_CREDENTIAL_INVALID', `Cannot seal this credential: ${issues[0]!.message}`, { pointer: issues[0]!.pointer });
  if (options?.contentTimestamp && !options.timestamp) throw new InvalidArgumentError('ERR_SEAL_OPTIONS', 'contentTimestamp needs a time-stamp authority client ("timestamp").');
  const signingTime = options.signingTime ?? new Date();
  if (!(signingTime instanceof Date) || Number.isNaN(signingTime.getTime())) throw new InvalidArgumentError('ERR_SIGNING_TIME_INVALID', 'signingTime must be a valid Date.');
  const { signer, chain } = await resolveKey(options.key);
  const leaf = chain[0]!;
  const payload = JSON.stringify(credential);

  const header: JadesProtectedHeader = {
    alg: signer.algorithm as SealAlgorithm,
    cty: JADES_CTY,
    kid: kidFor(leaf),
    'x5t#S256': encodeBase64Url(await digest('SHA-256', leaf.der)),
    x5c: chain.map((c) => encodeBase64(c.der)),
    typ: 'jose+json',
    b64: false,
    sigT: formatSigningTime(signingTime),
    crit: ['b64', 'sigT'],
  };
  if (options.contentTimestamp && options.timestamp) {
    header.adoTst = { tstTokens: [{ val: await timestampOf(options.timestamp, utf8(payload), 'payload') }] };
    header.crit = ['b64', 'sigT', 'adoTst'];
  }
  const protectedHeader = encodeBase64Url(utf8(JSON.stringify(reorder(header))));
  const signingInput = utf8(`${protectedHeader}.${payload}`);
  const signature = await sign(signer, signingInput);
  if (!(await verifyJws(signer.algorithm, leaf, signingInput, signature))) {
    throw new SigningError('ERR_SEAL_KEY_MISMATCH', 'The signature does not verify with the sealing certificate: the signer uses a different key.');
  }
  const signatureB64 = encodeBase64Url(signature);
  const document: JadesDocument = { payload, signatures: [{ protected: protectedHeader, signature: signatureB64 }] };
  if (options.timestamp) {
    const val = await timestampOf(options.timestamp, utf8(signatureB64), 'signature value');
    const etsiU = [encodeBase64Url(utf8(JSON.stringify({ sigTst: { tstTokens: [{ val }] } })))];
    document.signatures = [{ protected: protectedHeader, header: { etsiU }, signature: signatureB64 }];
  }
  return document;
}

/** The EU sample's member order: alg, cty, kid, x5t#S256, x5c, typ, b64, sigT, adoTst, crit. */
function reorder(header: JadesProtectedHeader): JadesProtectedHeader {
  const { alg, cty, kid, x5c, typ, b64, sigT, adoTst, crit } = header;
  return { alg, cty, kid, 'x5t#S256': header['x5t#S256'], x5c, typ, b64, sigT, ...(adoTst ? { adoTst } : {}), crit };
}
