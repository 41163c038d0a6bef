/**
 * verify() on Open Badges 2.0: Moodle hosted assertions and Badgr signed assertions, served from
 * a loopback HTTPS LMS; baked PNG/SVG; recipients; tampering, revocation and offline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOpenBadge2, verify } from '../../src/index.js';
import { png } from '../helpers/png.js';
import { MAX_REVOKED_ENTRIES } from '../../src/formats/ob2/revocation.js';
import { type Lms, badgrIssuer, bakeOb2Png, moodleAssertion, publishMoodle, startLms } from './lms.js';

const check = (report: { checks: Array<{ id: string }> }, id: string) => report.checks.find((c) => c.id === id) as unknown as { status: string; code?: string; message: string };

describe('Open Badges 2.0 hosted (Moodle, obversion=2)', () => {
  let lms: Lms;
  let moodle: ReturnType<typeof moodleAssertion>;
  beforeAll(async () => {
    lms = await startLms();
    moodle = moodleAssertion(lms.base, { hash: 'f3a9c2e1b7d4', email: 'nino@example.ge' });
    publishMoodle(lms, moodle);
  });
  afterAll(() => lms?.close());

  it('verifies when it matches what Moodle publishes; the recipient matches the hashed e-mail', async () => {
    const report = await verify(moodle.assertion, { resolver: lms.resolver, recipient: 'nino@example.ge', at: '2026-07-01T00:00:00Z', trust: { trusted: [moodle.issuer.id] } });
    expect(report.format).toBe('ob2');
    expect(report.checks.map((c) => c.id)).toEqual(['parse', 'proof', 'status', 'validity-period', 'schema', 'recipient', 'profile', 'issuer-trust']);
    expect(report.checks.filter((c) => c.status === 'fail' || c.status === 'warn'), JSON.stringify(report.checks)).toEqual([]);
    expect(report.verdict).toBe('verified');
    expect(check(report, 'proof').message).toContain(moodle.assertion.id as string);
    expect(report.issuer).toEqual({ id: moodle.issuer.id, name: moodle.issuer.name });
    expect(lms.hits.get(moodle.path)).toBe(1);
  });

  it('someone else\'s e-mail fails the recipient check; case and spaces do not matter', async () => {
    const other = await verify(moodle.assertion, { resolver: lms.resolver, recipient: 'giorgi@example.ge' });
    expect(other.verified).toBe(false);
    expect(check(other, 'recipient').code).toBe('ERR_OB2_RECIPIENT_MISMATCH');
    const cased = await verify(moodle.assertion, { resolver: lms.resolver, recipient: '  Nino@Example.GE ' });
    expect(check(cased, 'recipient').status).toBe('pass');
  });

  it('offline: a warning naming the URL, never a pass', async () => {
    const report = await verify(moodle.assertion, { at: '2026-07-01T00:00:00Z', trust: { trusted: [moodle.issuer.id] } });
    expect(check(report, 'proof')).toMatchObject({ status: 'warn', code: 'WARN_OB2_HOSTED_NOT_CHECKED' });
    expect(check(report, 'proof').message).toContain(moodle.assertion.id as string);
    expect(report.verified).toBe(false);
    expect(report.verdict).toBe('not-verified');
  });

  it('a tampered copy (another recipient, a later date) fails: it differs from the published one', async () => {
    const tampered = structuredClone(moodle.assertion);
    (tampered.recipient as Record<string, unknown>).identity = 'sha256$' + '0'.repeat(64);
    const report = await verify(tampered, { resolver: lms.resolver });
    expect(check(report, 'proof').code).toBe('ERR_OB2_HOSTED_MISMATCH');
    expect(report.verified).toBe(false);
  });

  it('an assertion published on a host the issuer does not vouch for fails', async () => {
    const other = await startLms();
    try {
      const copy = moodleAssertion(other.base, { hash: 'aa11', email: 'nino@example.ge' });
      const assertion = { ...copy.assertion, badge: moodle.badge };
      other.put(copy.path, assertion);
      const report = await verify(assertion, { resolver: other.resolver });
      expect(check(report, 'proof').code).toBe('ERR_OB2_HOSTED_ORIGIN');
    } finally {
      await other.close();
    }
  });

  it('an embedded badge or issuer is checked against what is published at its id', async () => {
    const forged = moodleAssertion(lms.base, { hash: 'ff01', email: 'nino@example.ge' });
    const badge = forged.badge as { issuer: Record<string, unknown> };
    badge.issuer = { ...badge.issuer, id: `${lms.base}/badges/issuer_json.php?id=99`, name: 'Some Other University' };
    lms.put(forged.path, forged.assertion);
    const report = await verify(forged.assertion, { resolver: lms.resolver, trust: { trusted: [`${lms.base}/badges/issuer_json.php?id=99`] } });
    expect(check(report, 'proof').code).toBe('ERR_OB2_BADGE_MISMATCH');
    expect(report.verified).toBe(false);
    // The issuer reported is the published one, with its published name.
    const renamed = moodleAssertion(lms.base, { hash: 'ff02', email: 'nino@example.ge' });
    (renamed.badge as { issuer: Record<string, unknown> }).issuer.name = 'Harvard University';
    lms.put(renamed.path, renamed.assertion);
    const r2 = await verify(renamed.assertion, { resolver: lms.resolver });
    expect(r2.issuer?.name).toBe(moodle.issuer.name);
  });

  it('revoked: 410 Gone, or revoked: true, fails the status check', async () => {
    const gone = moodleAssertion(lms.base, { hash: 'dead01', email: 'nino@example.ge' });
    lms.put(gone.path, { revoked: true }, 410);
    const r1 = await verify(gone.assertion, { resolver: lms.resolver });
    expect(check(r1, 'status')).toMatchObject({ status: 'fail', code: 'ERR_REVOKED' });
    const flagged = moodleAssertion(lms.base, { hash: 'dead02', email: 'nino@example.ge' });
    lms.put(flagged.path, { ...flagged.assertion, revoked: true, revocationReason: 'Awarded in error' });
    const r2 = await verify(flagged.assertion, { resolver: lms.resolver });
    expect(check(r2, 'status').message).toContain('Awarded in error');
    expect(r2.verified).toBe(false);
  });

  it('unreachable: a warning naming the URL, not verified', async () => {
    const missing = moodleAssertion(lms.base, { hash: 'nothere', email: 'nino@example.ge' });
    const report = await verify(missing.assertion, { resolver: lms.resolver });
    expect(check(report, 'proof')).toMatchObject({ status: 'warn', code: 'WARN_OB2_HOSTED_UNAVAILABLE' });
    expect(check(report, 'proof').message).toContain(missing.assertion.id as string);
    expect(report.verified).toBe(false);
  });

  it('expired assertions fail validity-period', async () => {
    const old = moodleAssertion(lms.base, { hash: 'old01', email: 'nino@example.ge', expires: '2026-06-30T12:00:00+00:00' });
    publishMoodle(lms, old);
    const report = await verify(old.assertion, { resolver: lms.resolver, at: '2027-01-01T00:00:00Z' });
    expect(check(report, 'validity-period').code).toBe('ERR_EXPIRED');
  });

  it('a PNG baked by Moodle (the assertion URL in an openbadges iTXt chunk) is fetched and verified', async () => {
    const baked = bakeOb2Png(png(), moodle.assertion.id as string);
    expect(parseOpenBadge2(baked)).toEqual({ verification: 'reference', url: moodle.assertion.id });
    const report = await verify(baked, { resolver: lms.resolver, recipient: 'nino@example.ge' });
    expect(check(report, 'proof').status).toBe('pass');
    expect(check(report, 'recipient').status).toBe('pass');
    const offline = await verify(baked);
    expect(check(offline, 'proof').message).toContain(moodle.assertion.id as string);
    expect(offline.verified).toBe(false);
  });

  it('an SVG with <openbadges:assertion> holding the JSON verifies', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org" width="10" height="10"><openbadges:assertion verify="${(moodle.assertion.id as string).replace(/&/g, "&amp;")}"><![CDATA[${JSON.stringify(moodle.assertion)}]]></openbadges:assertion><rect width="10" height="10"/></svg>`;
    expect(parseOpenBadge2(svg).verification).toBe('hosted');
    const report = await verify(svg, { resolver: lms.resolver });
    expect(report.format).toBe('ob2');
    expect(check(report, 'proof').status).toBe('pass');
  });
});

describe('Open Badges 2.0 signed (Badgr / Canvas Credentials)', () => {
  let lms: Lms;
  let badgr: Awaited<ReturnType<typeof badgrIssuer>>;
  beforeAll(async () => {
    lms = await startLms();
    badgr = await badgrIssuer(lms);
  });
  afterAll(() => lms?.close());

  it('verifies with the key the issuer profile lists; revocation list checked', async () => {
    const { jws } = await badgr.sign('nino@example.ge', '6f1c2d3e-4b5a-4c6d-8e9f-000000000001');
    const report = await verify(jws, { resolver: lms.resolver, recipient: 'nino@example.ge', at: '2026-06-01T00:00:00Z' });
    expect(report.format).toBe('ob2');
    expect(report.suite).toBe('RS256');
    expect(report.checks.filter((c) => c.status === 'fail' || (c.status === 'warn' && c.id !== 'issuer-trust')), JSON.stringify(report.checks)).toEqual([]);
    expect(check(report, 'status').message).toContain('/revocations');
    expect(report.verdict).toBe('authentic-unrecognised-issuer');
    expect(report.issuer?.id).toBe(badgr.issuerId);
  });

  it('a revoked assertion fails with the reason', async () => {
    const { jws } = await badgr.sign('nino@example.ge', '6f1c2d3e-4b5a-4c6d-8e9f-000000000002');
    badgr.revoke([{ id: 'urn:uuid:6f1c2d3e-4b5a-4c6d-8e9f-000000000002', revocationReason: 'Plagiarism' }]);
    const report = await verify(jws, { resolver: lms.resolver });
    expect(check(report, 'status')).toMatchObject({ status: 'fail', code: 'ERR_REVOKED' });
    expect(check(report, 'status').message).toContain('Plagiarism');
    badgr.revoke([]);
  });

  it('a revocation list over the bound is not read: a warning, a failure with requireStatus', async () => {
    const { jws } = await badgr.sign('nino@example.ge', '6f1c2d3e-4b5a-4c6d-8e9f-000000000009');
    badgr.revoke(Array.from({ length: MAX_REVOKED_ENTRIES + 1 }, () => "x")); // short entries: under the 1 MiB document limit
    const report = await verify(jws, { resolver: lms.resolver });
    expect(check(report, 'status')).toMatchObject({ status: 'warn', code: 'ERR_STATUS_LIST_UNAVAILABLE' });
    expect(check(report, 'status').message).toContain(`more than ${MAX_REVOKED_ENTRIES} entries`);
    expect(check(await verify(jws, { resolver: lms.resolver, requireStatus: true }), 'status').status).toBe('fail');
    badgr.revoke([]);
  });

  it('a changed payload, another key, or a key the profile does not list fails', async () => {
    const { jws } = await badgr.sign('nino@example.ge', '6f1c2d3e-4b5a-4c6d-8e9f-000000000003');
    const [h, p, s] = jws.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    payload.issuedOn = '2020-01-01T00:00:00Z';
    const changed = `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
    expect(check(await verify(changed, { resolver: lms.resolver }), 'proof').code).toBe('ERR_OB2_SIGNATURE_INVALID');

    const mallory = await badgrIssuer(lms, 'Mallory');
    // Mallory's signature on a badge whose issuer is the real one: the key is not the issuer's.
    const stolen = await mallory.sign('nino@example.ge', '6f1c2d3e-4b5a-4c6d-8e9f-000000000005', { badge: badgr.badge.id, verification: { type: 'SignedBadge', creator: mallory.keyId } });
    expect(check(await verify(stolen.jws, { resolver: lms.resolver }), 'proof').code).toBe('ERR_OB2_KEY_NOT_ISSUERS');
  });

  it('alg none, HS256 and plain JSON claiming "signed" never pass', async () => {
    const { assertion } = await badgr.sign('nino@example.ge', '6f1c2d3e-4b5a-4c6d-8e9f-000000000006');
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(assertion)).toString('base64url')}.`;
    const r1 = await verify(none, { resolver: lms.resolver });
    expect(r1.verified).toBe(false);
    expect(check(r1, 'proof').status).toBe('fail');
    const r2 = await verify(assertion, { resolver: lms.resolver });
    expect(check(r2, 'proof').code).toBe('ERR_OB2_SIGNATURE_MISSING');
  });

  it('offline: not checked, not verified; a baked PNG holding the JWS verifies online', async () => {
    const { jws } = await badgr.sign('nino@example.ge', '6f1c2d3e-4b5a-4c6d-8e9f-000000000007');
    const offline = await verify(jws);
    expect(check(offline, 'proof').code).toBe('WARN_OB2_SIGNED_NOT_CHECKED');
    expect(offline.verified).toBe(false);
    const baked = bakeOb2Png(png(), jws);
    expect(parseOpenBadge2(baked).verification).toBe('signed');
    expect(check(await verify(baked, { resolver: lms.resolver }), 'proof').status).toBe('pass');
  });
});

describe('parseOpenBadge2 refuses what is not an OB 2.0 assertion, with a code', () => {
  it.each([
    [{ '@context': 'https://w3id.org/openbadges/v2', type: 'BadgeClass' }, 'ERR_OB2_NOT_ASSERTION'],
    [{ '@context': 'https://w3id.org/openbadges/v2', type: 'Assertion', id: 'https://x.example/a' }, 'ERR_OB2_MALFORMED'],
    ['{"@context":"https://w3id.org/openbadges/v2","type":"Assertion","type":"Assertion"}', 'ERR_DUPLICATE_KEY'],
  ])('%j → %s', (input, code) => {
    expect(() => parseOpenBadge2(input)).toThrow(expect.objectContaining({ code }));
  });
});
