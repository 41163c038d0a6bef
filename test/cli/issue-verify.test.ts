import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from '../helpers/cli.js';

describe('microcred keys / issue / verify', () => {
  const tmp = scratch();

  it('generates a key file with mode 0600 and prints the issuer', () => {
    const r = cli('keys', 'generate', '-o', tmp.path('key.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^issuer: did:key:z6Mk/m);
    expect(statSync(tmp.path('key.json')).mode & 0o777).toBe(0o600);
    const key = JSON.parse(readFileSync(tmp.path('key.json'), 'utf8'));
    expect(key).toMatchObject({ type: 'MicrocredKey', suite: 'eddsa-rdfc-2022', alg: 'EdDSA' });
    expect(cli('keys', 'generate', '-o', tmp.path('key.json')).code).toBe(2); // never overwrites a key
  });

  it('generates did:web keys with the did.json to publish', () => {
    const r = cli('keys', 'generate', '--did', 'web', '--domain', 'university.example.ge', '-o', tmp.path('web-key.json'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('issuer: did:web:university.example.ge');
    expect(r.stderr).toContain('https://university.example.ge/.well-known/did.json');
    expect(JSON.parse(readFileSync(tmp.path('did.json'), 'utf8')).id).toBe('did:web:university.example.ge');
    expect(cli('keys', 'generate', '--did', 'web').code).toBe(2);
    expect(cli('keys', 'generate', '--suite', 'nope').code).toBe(2);
  });

  it('issues, then verifies (exit 0), and fails a tampered credential (exit 1)', () => {
    const issued = cli('issue', 'examples/ge-ai-research.json', '--key', tmp.path('key.json'), '--profile', 'ge', '-o', tmp.path('vc.json'));
    expect(issued.code).toBe(0);
    const ok = cli('verify', tmp.path('vc.json'));
    expect(ok.code).toBe(0);
    // The verdict comes first: without a trust list, nothing vouches for the issuer.
    expect(ok.stdout.split('\n')[0]).toContain('AUTHENTIC, ISSUER NOT RECOGNISED');
    expect(ok.stdout).toContain('ხელოვნური ინტელექტის');
    // --strict: every warning (here: the issuer not checked against a trust list) is exit 1.
    expect(cli('verify', tmp.path('vc.json'), '--strict').code).toBe(1);
    const vc = JSON.parse(readFileSync(tmp.path('vc.json'), 'utf8'));
    vc.credentialSubject.achievement.creditsAvailable = 30;
    const bad = cli('verify', tmp.write('tampered.json', JSON.stringify(vc)));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('NOT VERIFIED');
    expect(bad.stdout).toMatch(/✘ proof: /);
  });

  it('verifies a presentation with --challenge and --domain', async () => {
    const { createSuiteRegistry, parseKeyFile, signerFromKeyFile } = await import('../../src/index.js');
    const holder = await signerFromKeyFile(parseKeyFile(readFileSync(tmp.path('key.json'), 'utf8')));
    const vc = JSON.parse(readFileSync(tmp.path('vc.json'), 'utf8'));
    const suite = createSuiteRegistry().get('eddsa-rdfc-2022');
    if (suite.format !== 'embedded') throw new Error('embedded suite expected');
    const vp = await suite.issue(
      { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['VerifiablePresentation'], verifiableCredential: [vc] },
      { signer: holder, purpose: { proofPurpose: 'authentication', challenge: 'c-123', domain: 'admissions.example.am' } },
    );
    const file = tmp.write('vp.json', JSON.stringify(vp));
    const ok = cli('verify', file, '--challenge', 'c-123', '--domain', 'admissions.example.am');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('presentation AUTHENTIC, ISSUER NOT RECOGNISED');
    expect(ok.stdout).toContain('ხელოვნური ინტელექტის');
    const replay = cli('verify', file, '--challenge', 'other');
    expect(replay.code).toBe(1);
    expect(replay.stdout).toMatch(/✘ proof: .*challenge/);
    expect(cli('verify', tmp.path('vc.json'), '--challenge', 'c-123').code).toBe(2);
  });

  it('verify --json, --at and --trust', () => {
    const json = JSON.parse(cli('verify', tmp.path('vc.json'), '--json').stdout);
    expect(json).toMatchObject({ verified: true, format: 'ob3' });
    expect(cli('verify', tmp.path('vc.json'), '--at', '2020-01-01T00:00:00Z').code).toBe(1);
    const key = JSON.parse(readFileSync(tmp.path('key.json'), 'utf8'));
    expect(cli('verify', tmp.path('vc.json'), '--trust', tmp.write('trust.json', JSON.stringify({ distrusted: [key.controller] }))).code).toBe(1);
    const trusted = cli('verify', tmp.path('vc.json'), '--trust', tmp.write('trust2.json', JSON.stringify({ trusted: [key.controller] })));
    expect(trusted.code).toBe(0);
    expect(trusted.stdout.split('\n')[0]).toMatch(/^✔ .*: VERIFIED: authentic, and the issuer is on your trust list or accredited in your registry$/);
    expect(cli('verify', tmp.path('vc.json'), '--trust', tmp.path('trust2.json'), '--strict').code).toBe(0);
    expect(cli('verify', tmp.path('vc.json'), '--trust', tmp.write('bad-trust.json', '{"trusted": "x"}')).code).toBe(2);
    expect(cli('verify', tmp.path('vc.json'), '--at', 'yesterday').code).toBe(2);
    expect(cli('verify', 'missing.json').code).toBe(2);
    expect(cli('verify', tmp.write('garbage.json', 'garbage')).code).toBe(1);
  });

  it('issues with another suite than the key file records only when the key fits it', () => {
    const r = cli('keys', 'generate', '--suite', 'vc-jwt', '-o', tmp.path('rsa.json'));
    expect(r.stdout).toContain('RS256');
    const issued = cli('issue', 'examples/am-data-analytics.json', '--key', tmp.path('rsa.json'), '--profile', 'am', '-o', tmp.path('vc.jwt'));
    expect(issued.code).toBe(0);
    expect(readFileSync(tmp.path('vc.jwt'), 'utf8')).toMatch(/^ey[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(cli('verify', tmp.path('vc.jwt')).code).toBe(0);
  });

  it('refuses to issue an invalid micro-credential, listing every error (exit 1)', () => {
    const r = cli('issue', 'examples/am-data-analytics.json', '--key', tmp.path('key.json'), '--profile', 'ge');
    expect(r.code).toBe(1);
    for (const code of ['NQF_LEVEL_NOT_ALLOWED', 'TITLE_LANGUAGE_MISSING', 'IMAGE_MISSING']) expect(r.stderr).toContain(code);
    expect(r.stdout).toBe('');
    expect(cli('issue', 'examples/am-data-analytics.json', '--key', tmp.write('notakey.json', '{}')).code).toBe(2);
    expect(cli('issue', 'examples/am-data-analytics.json').code).toBe(2);
  });

  it('renders the certificate and supplement, bakes a PNG and verifies the baked badge', () => {
    const rendered = cli('render', tmp.path('vc.json'), '--pdf', tmp.path('cert.pdf'), '--supplement', '--lang', 'ka', '--verify-url', 'https://uni.example.ge/verify');
    expect(rendered.code).toBe(0);
    expect(readFileSync(tmp.path('cert.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(tmp.path('cert-supplement.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(cli('render', tmp.path('vc.json')).code).toBe(2);
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const baked = cli('bake', tmp.path('vc.json'), '--image', tmp.write('base.png', png), '-o', tmp.path('badge.png'));
    expect(baked.code).toBe(0);
    const verified = cli('verify', tmp.path('badge.png'));
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('AUTHENTIC');
    expect(cli('bake', tmp.path('vc.json'), '--image', tmp.write('not-an-image.txt', 'hello'), '-o', tmp.path('x.png')).code).toBe(2);
  });

  it('runs the demo (the README main job): key, issue, verify', () => {
    const r = cli('demo');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('examples/ge-ai-research.json: valid under profile ge@2.0.0');
    expect(r.stdout.match(/: VERIFIED/g)).toHaveLength(2);
  });
});

describe('microcred with European Digital Credentials', () => {
  const tmp = scratch();

  it('generates a test eSeal, issues a sealed EDC, verifies it, converts it', () => {
    const generated = cli('keys', 'generate', '--suite', 'jades', '--subject', 'CN=Example State University Seal,O=Example State University,C=GE', '-o', tmp.path('seal.json'));
    expect(generated.code).toBe(0);
    expect(generated.stderr).toContain('TEST ONLY');
    expect(statSync(tmp.path('seal.json')).mode & 0o777).toBe(0o600);
    expect(cli('keys', 'generate', '--suite', 'jades').code).toBe(2);

    expect(cli('issue', 'examples/ge-ai-research.json', '--key', tmp.path('seal.json'), '--profile', 'ge', '-o', tmp.path('edc.json')).code).toBe(0);
    const sealed = JSON.parse(readFileSync(tmp.path('edc.json'), 'utf8'));
    expect(Object.keys(sealed)).toEqual(['payload', 'signatures']);
    const verified = cli('verify', tmp.path('edc.json'), '--json');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ verified: true, format: 'elm' });

    const key = JSON.parse(readFileSync(tmp.path('seal.json'), 'utf8'));
    const trusted = cli('verify', tmp.path('edc.json'), '--trust', tmp.write('trust.json', JSON.stringify({ certificates: key.certificateChainPem })));
    expect(trusted.stdout).toMatch(/✔ seal: /);

    const payload = JSON.parse(sealed.payload);
    payload.credentialSubject.fullName = { en: 'Somebody Else' };
    expect(cli('verify', tmp.write('tampered-edc.json', JSON.stringify({ ...sealed, payload: JSON.stringify(payload) }))).code).toBe(1);

    const converted = cli('convert', tmp.path('edc.json'), '--to', 'ob3', '-o', tmp.path('converted.json'));
    expect(converted.code).toBe(0);
    expect(converted.stderr).toContain('UNSIGNED');
    expect(JSON.parse(readFileSync(tmp.path('converted.json'), 'utf8')).type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(cli('issue', 'examples/ge-ai-research.json', '--key', tmp.path('seal.json'), '--format', 'ob3').code).toBe(2);
  });
});

describe('microcred batch', () => {
  const tmp = scratch();

  it('issues a cohort from JSONL and CSV, reports invalid rows by number, and never issues a row twice', () => {
    const { learner: _learner, id: _id, ...course } = JSON.parse(readFileSync('examples/ge-ai-research.json', 'utf8'));
    tmp.write('course.json', JSON.stringify(course));
    const rows = Array.from({ length: 12 }, (_, i) => JSON.stringify({ learner: { name: `Learner ${i}`, identifiers: [{ type: 'studentId', value: `TSU-${i}` }] } }));
    rows.splice(3, 0, '{ not json');
    rows.splice(6, 0, JSON.stringify({ learner: { name: 'Too big' }, workload: { ects: 99, hoursPerCredit: 25, hours: 2475 } }));
    tmp.write('cohort.jsonl', `${rows.join('\n')}\n`);
    expect(cli('keys', 'generate', '-o', tmp.path('key.json')).code).toBe(0);
    const args = ['--key', tmp.path('key.json'), '--profile', 'ge', '--template', tmp.path('course.json'), '--out', tmp.path('out')];

    const first = cli('batch', tmp.path('cohort.jsonl'), ...args, '--workers', '2');
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('14 rows: 12 issued, 0 already issued, 2 invalid');
    expect(first.stderr).toContain('row 4: not valid JSON');
    expect(first.stderr).toMatch(/row 7: \/workload\/ects ECTS_OUT_OF_RANGE/);
    const again = cli('batch', tmp.path('cohort.jsonl'), ...args);
    expect(again.stdout).toContain('0 issued, 12 already issued');

    tmp.write('cohort.csv', 'learner.name,learner.studentId,dateOfIssuing,grade.value,grade.passed\nAna Kapanadze,TSU-100,2025-10-21,91,true\n');
    const csv = cli('batch', tmp.path('cohort.csv'), ...args.slice(0, -1), tmp.path('out-csv'));
    expect(csv.code).toBe(0);
    const [file] = readdirSync(tmp.path('out-csv'));
    const issued = JSON.parse(readFileSync(join(tmp.path('out-csv'), file!), 'utf8'));
    expect(issued.credentialSubject.microCredentialAward.learner).toEqual({ name: 'Ana Kapanadze', identifiers: [{ type: 'studentId', value: 'TSU-100' }] });
    expect(cli('verify', join(tmp.path('out-csv'), file!)).code).toBe(0);
    expect(cli('batch', tmp.path('cohort.csv'), '--key', tmp.path('key.json'), '--out', tmp.path('x')).code).toBe(2); // CSV needs a template
  });
});
