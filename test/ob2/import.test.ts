/**
 * `microcred import ob2`: a Moodle cohort (hosted assertions, by URL and as a baked PNG) and a
 * Badgr signed assertion, served from a loopback HTTPS LMS, re-issued as OB 3.0 under the ge
 * profile with a course template; each linked to its original; idempotent; a tampered one refused.
 */
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromElm, toElm } from '../../src/elm.js';
import { fromOpenBadge, fromOpenBadge2, openBadge2Link, toOpenBadge, verify } from '../../src/index.js';
import { MAX_IMPORT_SOURCES } from '../../src/cli/commands/import.js';
import { scratch } from '../helpers/cli.js';
import { repoRoot } from '../helpers/fixtures.js';
import { png } from '../helpers/png.js';
import { LMS_CA, type Lms, badgrIssuer, bakeOb2Png, moodleAssertion, publishMoodle, startLms } from './lms.js';

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const { NODE_EXTRA_CA_CERTS: _none, ...base } = process.env;
    execFile(process.execPath, [join(repoRoot, 'dist/cli/main.js'), ...args], { cwd: repoRoot, env: { ...base, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 99) : 0, stdout, stderr });
    });
  });
}

describe('microcred import ob2', () => {
  const tmp = scratch();
  let lms: Lms;
  let course: Record<string, unknown>;
  beforeAll(async () => {
    lms = await startLms();
    const { learner: _learner, id: _id, ...template } = JSON.parse(readFileSync(join(repoRoot, 'examples/ge-ai-research.json'), 'utf8'));
    course = template;
    tmp.write('course.json', JSON.stringify(course));
    tmp.write('ca.pem', LMS_CA);
  });
  afterAll(() => lms?.close());

  it('fromOpenBadge2 maps a Moodle assertion over the template and links the original by URL and digest', () => {
    const moodle = moodleAssertion(lms.base, { hash: 'map01', email: 'nino@example.ge', expires: '2030-01-01T00:00:00+00:00' });
    const mc = fromOpenBadge2(moodle.assertion, { template: course });
    expect(mc.learner.identifiers).toEqual([{ type: 'emailAddress', value: (moodle.assertion.recipient as { identity: string }).identity, hashed: true, salt: 'k3Lp9xQa' }]);
    expect(mc.title).toEqual(course.title); // the template wins, language by language
    expect(mc.dateOfIssuing).toBe('2026-06-30T10:15:00+00:00');
    expect(mc.validUntil).toBe('2030-01-01T00:00:00+00:00');
    expect(mc.evidence).toEqual([{ id: moodle.assertion.evidence }]);
    expect(mc.related).toEqual([openBadge2Link(moodle.assertion)]);
    expect(mc.related![0]!.id).toBe(moodle.assertion.id);
    // Without a template, what the badge says: name, description, EQF level from the alignment, issuer.
    const bare = fromOpenBadge2(moodle.assertion);
    expect(bare.title).toEqual({ en: 'Applied Machine Learning' });
    expect(bare.level).toEqual({ eqf: 6 });
    expect(bare.awardingBodies[0]).toMatchObject({ id: moodle.issuer.id, name: { en: moodle.issuer.name } });
    expect(() => fromOpenBadge2({ ...moodle.assertion, badge: moodle.badge.id })).toThrow(expect.objectContaining({ code: 'ERR_OB2_BADGE_NOT_EMBEDDED' }));
  });

  it('the link to the original survives the other formats: OB 3.0 relatedResource, an EDC note', () => {
    const moodle = moodleAssertion(lms.base, { hash: 'elm01', email: 'nino@example.ge' });
    const mc = fromOpenBadge2(moodle.assertion, { template: course });
    expect(fromElm(toElm(mc, { issued: '2026-07-01T00:00:00Z', eidasIdentifier: { notation: 'NTRGE-204864548', country: 'GE' } })).related).toEqual(mc.related);
    const ob3 = toOpenBadge(mc);
    expect(ob3.relatedResource).toEqual(mc.related);
    expect(fromOpenBadge(ob3).related).toEqual(mc.related);
    expect(toOpenBadge(mc, { vcVersion: '1.1' }).relatedResource).toBeUndefined(); // VC 1.1 has no term for it
  });

  it('re-issues a cohort (Moodle URLs, a Moodle-baked PNG, a Badgr JWS) once; refuses a tampered one', async () => {
    const cohort = ['nino', 'giorgi', 'ana'].map((name, i) => moodleAssertion(lms.base, { hash: `c0ffee${i}`, email: `${name}@example.ge` }));
    cohort.forEach((m) => publishMoodle(lms, m));
    const baked = moodleAssertion(lms.base, { hash: 'bake01', email: 'levan@example.ge' });
    publishMoodle(lms, baked);
    tmp.write('levan.png', bakeOb2Png(png(), baked.assertion.id as string));
    const badgr = await badgrIssuer(lms);
    const { jws } = await badgr.sign('armen@example.am', '6f1c2d3e-4b5a-4c6d-8e9f-0000000000a1');
    tmp.write('armen.jws', jws);
    const tampered = structuredClone(cohort[0]!.assertion);
    tampered.issuedOn = '2020-01-01T00:00:00+00:00';
    tmp.write('tampered.json', JSON.stringify(tampered));
    await cli(['keys', 'generate', '-o', tmp.path('key.json')]);

    const sources = [...cohort.map((m) => m.assertion.id as string), tmp.path('levan.png'), tmp.path('armen.jws'), tmp.path('tampered.json')];
    const args = ['import', 'ob2', ...sources, '--template', tmp.path('course.json'), '--profile', 'ge', '--key', tmp.path('key.json'), '--out', tmp.path('issued'), '--allow-private-network', '--workers', '1'];
    const first = await cli(args, { NODE_EXTRA_CA_CERTS: tmp.path('ca.pem') });
    expect(first.stdout, first.stderr).toContain('6 assertions: 5 re-issued, 0 already re-issued, 1 not re-issued');
    expect(first.stderr).toMatch(/assertion 6: .*tampered\.json: not re-issued, the assertion does not verify — proof: The assertion differs from the one the issuer publishes/);
    expect(first.code).toBe(1);

    const again = await cli(args.filter((a) => a !== tmp.path('tampered.json')), { NODE_EXTRA_CA_CERTS: tmp.path('ca.pem') });
    expect(again.stdout).toContain('5 assertions: 0 re-issued, 5 already re-issued');
    expect(again.code).toBe(0);

    const files = readdirSync(tmp.path('issued'));
    expect(files).toHaveLength(5);
    const credentials = files.map((f) => JSON.parse(readFileSync(join(tmp.path('issued'), f), 'utf8')));
    const links = credentials.map((c) => c.relatedResource[0]);
    expect(links.map((l) => l.id).sort()).toEqual([...cohort.map((m) => m.assertion.id), baked.assertion.id, 'urn:uuid:6f1c2d3e-4b5a-4c6d-8e9f-0000000000a1'].sort());
    const signed = credentials.find((c) => c.relatedResource[0].id.startsWith('urn:uuid:'));
    expect(signed.relatedResource[0]).toEqual(openBadge2Link(JSON.parse(Buffer.from(jws.split('.')[1]!, 'base64url').toString()), jws));
    for (const credential of credentials) {
      const report = await verify(credential, { profile: 'ge' });
      expect(report.format).toBe('ob3');
      expect(report.checks.filter((c) => c.status === 'fail'), JSON.stringify(report.checks)).toEqual([]);
    }
  });

  it('with a seal key the cohort is re-issued as sealed European Digital Credentials, linked by a note', async () => {
    const moodle = moodleAssertion(lms.base, { hash: 'edc01', email: 'nino@example.ge' });
    publishMoodle(lms, moodle);
    expect((await cli(['keys', 'generate', '--suite', 'jades', '--subject', 'CN=Example State University Seal,O=Example State University,C=GE,organizationIdentifier=NTRGE-204864548', '-o', tmp.path('seal.json')])).code).toBe(0);
    const run = await cli(['import', 'ob2', moodle.assertion.id as string, '--template', tmp.path('course.json'), '--profile', 'ge', '--key', tmp.path('seal.json'), '--out', tmp.path('edc'), '--allow-private-network', '--workers', '1'], { NODE_EXTRA_CA_CERTS: tmp.path('ca.pem') });
    expect(run.stdout, run.stderr).toContain('1 assertions: 1 re-issued');
    const [file] = readdirSync(tmp.path('edc'));
    const sealed = readFileSync(join(tmp.path('edc'), file!), 'utf8');
    const report = await verify(sealed);
    expect(report.format).toBe('elm');
    expect(report.checks.filter((c) => c.status === 'fail'), JSON.stringify(report.checks)).toEqual([]);
    expect(report.microCredential?.related?.[0]?.id).toBe(moodle.assertion.id);
  });

  it('microcred verify checks a Moodle-baked PNG online, with --recipient', async () => {
    const moodle = moodleAssertion(lms.base, { hash: 'cli01', email: 'nino@example.ge' });
    publishMoodle(lms, moodle);
    const file = tmp.write('nino.png', bakeOb2Png(png(), moodle.assertion.id as string));
    const env = { NODE_EXTRA_CA_CERTS: tmp.path('ca.pem') };
    const ok = await cli(['verify', file, '--allow-private-network', '--recipient', 'nino@example.ge'], env);
    expect(ok.stdout, ok.stderr).toMatch(/AUTHENTIC, ISSUER NOT RECOGNISED/);
    expect(ok.stdout).toMatch(/✔ recipient: Awarded to nino@example.ge/);
    expect(ok.code).toBe(0);
    const other = await cli(['verify', file, '--allow-private-network', '--recipient', 'giorgi@example.ge'], env);
    expect(other.code).toBe(1);
    const offline = await cli(['verify', file, '--offline']);
    expect(offline.stdout).toMatch(/! proof: Not checked: a hosted assertion .*assertion\.php\?b=cli01/);
    expect(offline.code).toBe(1);
  });

  it('usage errors exit 2', async () => {
    expect((await cli(['import', 'ob2', 'x.json', '--key', tmp.path('key.json'), '--out', tmp.path('o')])).code).toBe(2); // no --template
    expect((await cli(['import', 'ob2', 'x.json', '--template', tmp.path('nope.json'), '--key', tmp.path('key.json'), '--out', tmp.path('o')])).code).toBe(2);
    const many = Array.from({ length: MAX_IMPORT_SOURCES + 1 }, (_, i) => `a${i}.json`);
    const tooMany = await cli(['import', 'ob2', ...many, '--template', tmp.path('course.json'), '--key', tmp.path('key.json'), '--out', tmp.path('o')]);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toContain(`at most ${MAX_IMPORT_SOURCES} assertions per run`);
  });
});
