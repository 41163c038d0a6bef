/**
 * `microcred verify` online (its default): it fetches the status list of a credential from the
 * issuing service over HTTPS, trusting the service's certificate through NODE_EXTRA_CA_CERTS, and
 * a revoked credential fails with the list and index. Loopback only: --allow-private-network.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startService, type RunningService } from '../../src/server/start.js';
import { scratch } from '../helpers/cli.js';
import { example, repoRoot } from '../helpers/fixtures.js';
import { call, selfSignedCertificate } from '../server/helpers.js';

const TOKEN = 'test-token-0123456789abcdef';

/** Runs the built CLI without blocking this process (the service under test answers meanwhile). */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const { NODE_EXTRA_CA_CERTS: _none, ...base } = process.env;
    execFile(process.execPath, [join(repoRoot, 'dist/cli/main.js'), ...args], { cwd: repoRoot, env: { ...base, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 99) : 0, stdout, stderr });
    });
  });
}

describe('microcred verify fetches status lists over HTTPS', () => {
  const tmp = scratch();
  let service: RunningService;
  let ca: string;
  let vcFile: string;
  let trustFile: string;

  beforeAll(async () => {
    const tls = selfSignedCertificate();
    ca = tmp.write('ca.pem', tls.cert);
    service = await startService({
      port: 0, host: '127.0.0.1', dataDir: tmp.path('data'), tlsCert: tmp.write('cert.pem', tls.cert), tlsKey: tmp.write('key.pem', tls.key),
      apiToken: TOKEN, logger: false, out: () => {}, env: {},
    });
    const issued = await call(service.url, 'POST', '/micro-credentials?profile=ge', { body: { ...example('ge-ai-research'), id: 'urn:uuid:0d5c9f7e-1b2a-4c3d-8e9f-000000000011' }, token: TOKEN, ca: tls.cert });
    expect(issued.status).toBe(201);
    vcFile = tmp.write('vc.json', JSON.stringify(issued.body.verifiableCredential));
    trustFile = tmp.write('trust.json', JSON.stringify({ trusted: [service.issuer] }));
  });
  afterAll(async () => {
    await service?.close();
  });

  it('an active credential verifies, its status checked through NODE_EXTRA_CA_CERTS; --offline only warns', async () => {
    const ok = await cli(['verify', vcFile, '--allow-private-network', '--trust', trustFile, '--strict'], { NODE_EXTRA_CA_CERTS: ca });
    expect(ok.stdout.split('\n')[0], ok.stdout + ok.stderr).toMatch(/VERIFIED: authentic/);
    expect(ok.stdout).toMatch(/✔ status: Not revoked \(https:\/\/127\.0\.0\.1:\d+\/status-lists\/\S+, entry \d+\)/);
    expect(ok.code).toBe(0);

    const offline = await cli(['verify', vcFile, '--offline', '--trust', trustFile]);
    expect(offline.code).toBe(0);
    expect(offline.stdout).toMatch(/! status: .*offline.*without --offline/);
    expect((await cli(['verify', vcFile, '--offline', '--trust', trustFile, '--strict'])).code).toBe(1);
    expect((await cli(['verify', vcFile, '--offline', '--require-status'])).code).toBe(1);
    expect((await cli(['verify', vcFile, '--offline', '--allow', 'example.edu'])).code).toBe(2);
    expect((await cli(['serve', '--offline', '--allow', 'example.edu'])).code).toBe(2);
  });

  it('a list that cannot be fetched is a warning naming it (untrusted certificate, private address, host not allowed); --require-status fails', async () => {
    const untrusted = await cli(['verify', vcFile, '--allow-private-network', '--trust', trustFile]);
    expect(untrusted.code).toBe(0);
    expect(untrusted.stdout).toMatch(/! status: The status list https:\/\/127\.0\.0\.1:\d+\/status-lists\/\S+ could not be retrieved/);
    expect((await cli(['verify', vcFile, '--allow-private-network', '--require-status'])).code).toBe(1);
    const privateAddress = await cli(['verify', vcFile], { NODE_EXTRA_CA_CERTS: ca });
    expect(privateAddress.stdout).toMatch(/! status: .*non-public address 127\.0\.0\.1/);
    const notAllowed = await cli(['verify', vcFile, '--allow', 'badges.example.edu', '--allow-private-network'], { NODE_EXTRA_CA_CERTS: ca });
    expect(notAllowed.stdout).toMatch(/! status: .*not on the resolver allow-list/);
  });

  it('a revoked credential fails (exit 1) with the list and index', async () => {
    const id = 'urn:uuid:0d5c9f7e-1b2a-4c3d-8e9f-000000000011';
    const revoked = await call(service.url, 'POST', '/credentials/status', { token: TOKEN, ca: readFileSync(ca, 'utf8'), body: { credentialId: id, credentialStatus: [{ type: 'BitstringStatusListEntry', status: 'revoked' }] } });
    expect(revoked.status).toBe(200);
    const r = await cli(['verify', vcFile, '--allow-private-network', '--allow', `127.0.0.1:${new URL(service.url).port}`], { NODE_EXTRA_CA_CERTS: ca });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toContain('NOT VERIFIED');
    expect(r.stdout).toMatch(/✘ status: The issuer has revoked this credential \(status list https:\/\/127\.0\.0\.1:\d+\/status-lists\/\S+, index \d+\)\./);
  });
});
