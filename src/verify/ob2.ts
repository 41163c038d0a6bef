/**
 * `verify()` for Open Badges 2.0 assertions (format `ob2`): hosted (fetched from its own id,
 * compared), signed (RS256 JWS with the issuer profile's key, revocation list), and badge images
 * baked with either or with the assertion's URL. Checks: `parse`, `proof`, `status`,
 * `validity-period`, `schema`, `recipient`, `profile`, `issuer-trust`.
 *
 * An assertion whose authenticity could not be checked (offline, or the issuer's documents out of
 * reach) gets a `proof` warning that names the URL and is never verified: for OB 2.0 there is no
 * signature to fall back on when a hosted assertion was not fetched.
 */
import { isJsonObject } from '../json.js';
import { jwsPayload } from '../formats/ob2/detect.js';
import { badgeAndIssuer } from '../formats/ob2/fetch.js';
import { fetchHostedAssertion, hostedOriginProblem } from '../formats/ob2/hosted.js';
import { matchRecipient } from '../formats/ob2/recipient.js';
import { checkOb2Revocation } from '../formats/ob2/revocation.js';
import { verifyOb2Signature } from '../formats/ob2/signed.js';
import { assertionProblems, badgeProblems, profileProblems, verificationType } from '../formats/ob2/structure.js';
import type { Ob2IdentityObject } from '../formats/ob2/types.js';
import { checkIssuerTrust } from './checks/issuer-trust.js';
import { checkValidityPeriod } from './checks/validity-period.js';
import type { ParsedInput } from './input.js';
import { type Check, type VerificationReport, verdictOf } from './report.js';
import type { CheckCode } from '../errors.js';
import type { VerifyOptions } from './verify.js';

type Json = Record<string, unknown>;
type Ob2Input = Extract<ParsedInput, { kind: 'json' | 'jwt' | 'url' }>;

const warn = (id: Check['id'], code: CheckCode, message: string): Check => ({ id, status: 'warn', code, message });
const fail = (id: Check['id'], code: CheckCode, message: string): Check => ({ id, status: 'fail', code, message });

/** Verifies an OB 2.0 assertion `parseInput` read; see the module comment. */
export async function verifyOb2(input: Ob2Input, options: VerifyOptions): Promise<VerificationReport> {
  const resolver = options.resolver;
  const checks: Check[] = [];
  let assertion: Json | undefined = input.kind === 'json' ? input.credential : input.kind === 'jwt' ? jwsPayload(input.token) : undefined;
  checks.push({
    id: 'parse',
    status: 'pass',
    message: input.kind === 'url' ? `A badge image baked with the URL of its Open Badges 2.0 assertion, ${input.url}.` : input.kind === 'jwt' ? 'A signed Open Badges 2.0 assertion (JWS).' : 'An Open Badges 2.0 assertion (JSON).',
  });

  // proof (and, for hosted assertions, status: the fetch answers both)
  let proof: Check;
  let status: Check | undefined;
  let badge: Json | undefined;
  let issuer: Json | undefined;
  const type = input.kind === 'url' ? 'hosted' : assertion ? verificationType(assertion) : undefined;
  if (input.kind === 'json' && type === 'signed') {
    proof = fail('proof', 'ERR_OB2_SIGNATURE_MISSING', 'The assertion says it is signed but came as plain JSON, without its signature: verify the JWS (or the badge image it is baked into).');
  } else if (input.kind === 'jwt' && type !== 'signed') {
    proof = fail('proof', 'ERR_OB2_MALFORMED', 'A JWS-signed assertion must say verification type "signed".');
  } else if (type === undefined) {
    proof = fail('proof', 'ERR_OB2_VERIFICATION_TYPE', 'The assertion says neither hosted nor signed verification, so it cannot be verified.');
  } else if (type === 'hosted') {
    const url = input.kind === 'url' ? input.url : String(assertion!.id);
    if (!resolver) {
      proof = warn('proof', 'WARN_OB2_HOSTED_NOT_CHECKED', `Not checked: a hosted assertion is authentic only as its issuer publishes it at ${url}, and verification was offline, so it was not fetched. Verify online to check it.`);
      status = warn('status', 'ERR_STATUS_NOT_CHECKED', `Revocation was not checked: ${url} was not fetched (offline).`);
    } else {
      const hosted = await fetchHostedAssertion(url, input.kind === 'url' ? undefined : assertion, resolver);
      if (hosted.ok) {
        assertion = hosted.assertion;
        proof = { id: 'proof', status: 'pass', message: `Matches the assertion its issuer publishes at ${url}.` };
        status = { id: 'status', status: 'pass', message: `Not revoked: the issuer still publishes it at ${url}.` };
      } else if (hosted.revoked) {
        proof = { id: 'proof', status: 'skip', message: `Not compared: the issuer has revoked it at ${url}.` };
        status = fail('status', 'ERR_REVOKED', hosted.message);
      } else if (hosted.code === 'ERR_OB2_HOSTED_UNAVAILABLE') {
        proof = warn('proof', 'WARN_OB2_HOSTED_UNAVAILABLE', `Not checked: ${hosted.message} A hosted assertion is authentic only as its issuer publishes it.`);
        status = (options.requireStatus ? fail : warn)('status', 'ERR_STATUS_LIST_UNAVAILABLE', `Revocation was not checked: ${url} could not be fetched.`);
      } else {
        proof = fail('proof', hosted.code, hosted.message);
      }
    }
  } else {
    proof = warn('proof', 'WARN_OB2_SIGNED_NOT_CHECKED', 'Not checked: the signature can be checked only with the key the issuer publishes, and verification was offline.');
  }

  // badge and issuer: online, as published at their ids; offline, as embedded
  if (assertion) {
    const found = await badgeAndIssuer(assertion, resolver);
    ({ badge, issuer } = found);
    if (found.problem?.kind === 'mismatch') proof = fail('proof', found.problem.code, found.problem.message);
    else if (type === 'signed' && input.kind === 'jwt' && resolver && proof.code === 'WARN_OB2_SIGNED_NOT_CHECKED') {
      if (found.problem || !issuer) {
        const why = found.problem?.message ?? 'The assertion names no badge issuer whose key could be fetched.';
        proof = warn('proof', 'WARN_OB2_KEY_UNAVAILABLE', `Not checked: ${why} Without the issuer profile the key, and so the signature, cannot be checked.`);
      } else {
        const signature = await verifyOb2Signature(input.token, assertion, issuer, resolver);
        proof = signature.ok ? { id: 'proof', status: 'pass', message: `Signed (RS256) with the issuer's key ${signature.keyId}.` } : fail('proof', signature.code, signature.message);
        status = await checkOb2Revocation(assertion, issuer, resolver, options.requireStatus === true);
      }
    } else if (type === 'hosted' && proof.status === 'pass') {
      if (found.problem || !issuer) {
        proof = warn('proof', found.problem?.code ?? 'WARN_OB2_ISSUER_UNAVAILABLE', `Not checked: ${found.problem?.message ?? 'the assertion names no issuer profile.'} Nothing then ties ${String(assertion.id)} to its issuer.`);
      } else {
        const problem = hostedOriginProblem(String(assertion.id), issuer);
        if (problem) proof = fail('proof', 'ERR_OB2_HOSTED_ORIGIN', problem);
      }
    }
    if (type === 'signed' && !resolver) status = warn('status', 'ERR_STATUS_NOT_CHECKED', 'Revocation was not checked: verification was offline, so the issuer\'s revocation list was not fetched.');
  }
  checks.push(proof, status ?? warn('status', 'ERR_STATUS_NOT_CHECKED', 'Revocation was not checked.'));

  const at = options.at === undefined ? new Date() : new Date(options.at);
  if (!assertion) checks.push({ id: 'validity-period', status: 'skip', message: 'The assertion could not be read.' });
  else if (Number.isNaN(at.getTime())) checks.push(fail('validity-period', 'ERR_BAD_TIME', `Bad verification time ${String(options.at)}.`));
  else {
    const period: Json = { issuanceDate: assertion.issuedOn };
    if (assertion.expires !== undefined) period.expirationDate = assertion.expires;
    checks.push(checkValidityPeriod(period, at, options.clockSkewSeconds ?? 300));
  }

  checks.push(schemaCheck(assertion, badge, issuer));
  checks.push(recipientCheck(assertion, options.recipient));
  checks.push({ id: 'profile', status: 'skip', message: 'Open Badges 2.0 carries none of the Annex I elements a profile asks for: migrate the badge with fromOpenBadge2() and a course template (microcred import ob2) to check it against a profile.' });
  const issuerName = typeof issuer?.name === 'string' ? issuer.name : undefined;
  const issuerId = typeof issuer?.id === 'string' ? issuer.id : undefined;
  checks.push(checkIssuerTrust(issuerId, options.trust, issuerName));

  const verified = checks.every((c) => c.status !== 'fail') && proof.status === 'pass';
  const report: VerificationReport = { verdict: verified ? verdictOf(checks) : 'not-verified', verified, format: 'ob2', checks };
  if (type === 'signed') report.suite = 'RS256';
  if (assertion) report.credential = badge ? { ...assertion, badge: issuer ? { ...badge, issuer } : badge } : assertion;
  if (issuerId) report.issuer = issuerName ? { id: issuerId, name: issuerName } : { id: issuerId };
  return report;
}

function schemaCheck(assertion: Json | undefined, badge: Json | undefined, issuer: Json | undefined): Check {
  if (!assertion) return { id: 'schema', status: 'skip', message: 'The assertion could not be read.' };
  const problems = [
    ...assertionProblems(assertion),
    ...(badge && !isJsonObject(assertion.badge) ? badgeProblems(badge, '/badge') : []),
    ...(issuer && !(isJsonObject(assertion.badge) && isJsonObject(assertion.badge.issuer)) ? profileProblems(issuer, '/badge/issuer') : []),
  ];
  if (problems.length === 0) return { id: 'schema', status: 'pass', message: 'A well-formed Open Badges 2.0 assertion.' };
  return { id: 'schema', status: 'fail', code: 'ERR_OB2_MALFORMED', message: problems.map((p) => `${p.pointer}: ${p.message}`).join(' '), details: problems };
}

function recipientCheck(assertion: Json | undefined, expected: string | undefined): Check {
  if (expected === undefined) return { id: 'recipient', status: 'skip', message: 'No recipient was given to compare with (verify option recipient).' };
  const recipient = assertion?.recipient;
  if (!isJsonObject(recipient) || typeof recipient.identity !== 'string') return fail('recipient', 'ERR_OB2_RECIPIENT_MISSING', 'The assertion names no recipient to compare with.');
  const match = matchRecipient(recipient as unknown as Ob2IdentityObject, expected);
  return match.match ? { id: 'recipient', status: 'pass', message: `Awarded to ${expected}.` } : fail('recipient', match.code, match.message);
}
