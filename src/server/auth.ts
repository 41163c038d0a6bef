/**
 * Bearer-token authentication of the issue and status endpoints.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InvalidArgumentError } from '../errors.js';

/** Environment variable holding the API token. */
export const API_TOKEN_ENV = 'MICROCRED_API_TOKEN';
/** Shortest accepted token. */
export const MIN_TOKEN_LENGTH = 16;

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * The API token: `apiToken`, else the first line of `apiTokenFile`, else `MICROCRED_API_TOKEN`.
 * @throws InvalidArgumentError `ERR_API_TOKEN_REQUIRED` (none found), `ERR_API_TOKEN_INVALID`
 * (shorter than 16 characters or containing white space), `ERR_API_TOKEN_FILE` (unreadable file).
 */
export function loadApiToken(options: { apiToken?: string; apiTokenFile?: string; env?: NodeJS.ProcessEnv }): string {
  let token = options.apiToken;
  if (token === undefined && options.apiTokenFile !== undefined) {
    try {
      token = readFileSync(options.apiTokenFile, 'utf8').split(/\r?\n/)[0]?.trim();
    } catch (cause) {
      throw new InvalidArgumentError('ERR_API_TOKEN_FILE', `Cannot read the API token file ${options.apiTokenFile}.`, { cause });
    }
  }
  token ??= (options.env ?? process.env)[API_TOKEN_ENV];
  if (token === undefined || token === '') {
    throw new InvalidArgumentError('ERR_API_TOKEN_REQUIRED', `The issuing endpoints need an API token: pass apiToken or apiTokenFile, or set ${API_TOKEN_ENV}.`);
  }
  if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token)) {
    throw new InvalidArgumentError('ERR_API_TOKEN_INVALID', `The API token must be at least ${MIN_TOKEN_LENGTH} characters without spaces.`);
  }
  return token;
}

/**
 * A checker of `Authorization` header values against `token`: `Bearer <token>` passes. Compares
 * SHA-256 digests with `timingSafeEqual`, so neither the token's content nor its length leaks
 * through timing.
 */
export function bearerChecker(token: string): (authorization: string | undefined) => boolean {
  const expected = digest(token);
  return (authorization) => {
    if (typeof authorization !== 'string') return false;
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
    if (!match) return false;
    return timingSafeEqual(digest(match[1]!), expected);
  };
}
