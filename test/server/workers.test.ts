/**
 * `createServer({ workers })`: verify and signing on worker threads (the built
 * dist/server/worker.js), over a real loopback server. While a 1 MiB credential is being
 * verified, small requests are answered: asserted on the order of the answers, not on times.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { generateKey } from '../../src/keys/generate.js';
import type { KeyFile } from '../../src/keys/types.js';
import { createServer } from '../../src/server/index.js';
import { EXAMPLES_V2_CONTEXT } from '../../src/server/server.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { repoRoot } from '../helpers/fixtures.js';
import { type Reply, call } from './helpers.js';

type Json = Record<string, any>;
const TOKEN = 'workers-token-0123456789';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const workerUrl = new URL(`file://${join(repoRoot, 'dist/server/worker.js')}`);

describe('service on worker threads (createServer({ workers: 2 }))', () => {
  let app: FastifyInstance;
  let store: Store;
  let base: string;
  let key: KeyFile;
  let dir: string;
  /** Resolves when the handler of the next large verify starts (its body is read and parsed). */
  let largeStarted: () => void = () => undefined;
  /** The requests in the order the server finished answering them. */
  const answered: string[] = [];
  const post = (path: string, body: unknown, token?: string): Promise<Reply> => call(base, 'POST', path, { body, ...(token ? { token } : {}) });
  const credential = (extra: Json = {}): Json => ({
    '@context': [V2, EXAMPLES_V2_CONTEXT], type: ['VerifiableCredential', 'ExampleCredential'], issuer: key.controller,
    credentialSubject: { id: 'did:example:subject', name: 'Alice' }, ...extra,
  });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'microcred-workers-'));
    key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    store = await openSqliteStore({ dataDir: dir });
    app = await createServer({ store, key, apiToken: TOKEN, logger: false, workers: 2, workerUrl, bodyLimit: 4 * 1024 * 1024 });
    app.addHook('preHandler', async (request) => {
      if (request.url === '/credentials/verify' && Number(request.headers['content-length']) > 512 * 1024) largeStarted();
    });
    app.addHook('onResponse', async (request) => {
      answered.push(`${request.url}${Number(request.headers['content-length']) > 512 * 1024 ? ' (large)' : ''}`);
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('issues with a status entry and verifies on workers, status and revocation reason included', async () => {
    const issued = await post('/credentials/issue', { credential: credential() }, TOKEN);
    expect(issued.status).toBe(201);
    const vc = issued.body.verifiableCredential;
    expect(vc.proof[0]).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', verificationMethod: `${key.controller}#${key.controller.slice('did:key:'.length)}` });
    expect(vc.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation' });
    const verified = await post('/credentials/verify', { verifiableCredential: vc });
    expect(verified.status).toBe(200);
    expect(verified.body.checks.find((c: Json) => c.id === 'status')).toMatchObject({ status: 'pass' });
    // The own store answers the worker's status list and revocation reason calls.
    expect((await post('/credentials/status', { credentialId: vc.id, credentialStatus: [{ type: 'BitstringStatusListEntry', status: 'revoked', reason: 'issued in error' }] }, TOKEN)).status).toBe(200);
    const revoked = await post('/credentials/verify', { verifiableCredential: vc });
    expect(revoked.status).toBe(400);
    expect(JSON.stringify(revoked.body.checks.find((c: Json) => c.id === 'status'))).toContain('issued in error');
    // A tampered credential fails on the worker as in-process.
    const tampered = await post('/credentials/verify', { verifiableCredential: { ...vc, credentialSubject: { ...vc.credentialSubject, name: 'Mallory' } } });
    expect(tampered.status).toBe(400);
    expect(tampered.body.errors.map((e: Json) => e.check)).toContain('proof');
    // Presentations too: an unsigned one is refused, its credential checked all the same.
    const presentation = await post('/presentations/verify', { verifiablePresentation: { '@context': [V2], type: ['VerifiablePresentation'], verifiableCredential: [vc] }, options: { challenge: 'c-1' } });
    expect(presentation.status).toBe(400);
    expect(presentation.body).toMatchObject({ format: 'vp', verified: false });
    expect(presentation.body.checks.length).toBeGreaterThan(0);
  });

  it('answers /healthz and a small verify while a 1 MiB credential is being verified', async () => {
    // Under the 5,000 JSON values eddsa-rdfc-2022 accepts, with long texts: 900 items of 1.2 kB.
    const evidence = Array.from({ length: 900 }, (_, i) => ({ id: `urn:example:evidence:${i}`, type: ['Evidence'], name: `Evidence ${i}: ${'assessed work, '.repeat(80)}` }));
    const large = await post('/credentials/issue', { credential: credential({ evidence }), options: { credentialStatus: false } }, TOKEN);
    expect(large.status).toBe(201);
    expect(JSON.stringify(large.body.verifiableCredential).length).toBeGreaterThan(1024 * 1024);
    const small = (await post('/credentials/issue', { credential: credential(), options: { credentialStatus: false } }, TOKEN)).body.verifiableCredential;

    // Both threads warm (modules loaded, schemas compiled): a cold thread's first verify can take
    // longer than the large one on a loaded machine, which is not what this test is about.
    for (let round = 0; round < 2; round++) {
      await Promise.all([0, 1].map(() => post('/credentials/verify', { verifiableCredential: small })));
    }
    const started = new Promise<void>((resolve) => (largeStarted = resolve));
    answered.length = 0;
    const largeVerify = post('/credentials/verify', { verifiableCredential: large.body.verifiableCredential });
    await started;
    // Sent once the large verify is under way; in-process, they would wait until it is done.
    const [h, s] = await Promise.all([call(base, 'GET', '/healthz'), post('/credentials/verify', { verifiableCredential: small })]);
    const l = await largeVerify;
    expect(h.status).toBe(200);
    expect(s.status).toBe(200);
    expect(l.status).toBe(200);
    expect(l.body.verified).toBe(true);
    expect(answered).toHaveLength(3);
    expect(answered.at(-1)).toBe('/credentials/verify (large)');
  });

  it('refuses workers with custom suites and a negative count', async () => {
    const { createSuiteRegistry } = await import('../../src/suites/registry.js');
    await expect(createServer({ store, key, apiToken: TOKEN, logger: false, workers: 1, workerUrl, suites: createSuiteRegistry() })).rejects.toThrow(InvalidArgumentError);
    await expect(createServer({ store, key, apiToken: TOKEN, logger: false, workers: -1 })).rejects.toMatchObject({ code: 'ERR_SERVER_OPTIONS' });
  });
});

describe('startService: workers from MICROCRED_WORKERS', () => {
  it('starts with the worker threads the environment asks for, and refuses a bad count before writing anything', async () => {
    const { startService } = await import('../../src/server/start.js');
    const dir = mkdtempSync(join(tmpdir(), 'microcred-workers-env-'));
    try {
      await expect(startService({ port: 0, dataDir: join(dir, 'bad'), env: { MICROCRED_WORKERS: 'two' }, logger: false, out: () => undefined, online: false }))
        .rejects.toMatchObject({ code: 'ERR_SERVER_OPTIONS', message: expect.stringContaining('MICROCRED_WORKERS=two') });
      expect(existsSync(join(dir, 'bad'))).toBe(false);
      const service = await startService({ port: 0, dataDir: dir, env: { MICROCRED_WORKERS: '1', MICROCRED_API_TOKEN: TOKEN }, workerUrl, logger: false, out: () => undefined, online: false });
      try {
        const credential = { '@context': [V2], type: ['VerifiableCredential'], issuer: service.issuer, credentialSubject: { id: 'did:example:subject' } };
        const issued = await call(service.url, 'POST', '/credentials/issue', { body: { credential }, token: TOKEN });
        expect(issued.status).toBe(201);
        const verified = await call(service.url, 'POST', '/credentials/verify', { body: { verifiableCredential: issued.body.verifiableCredential } });
        expect(verified.status).toBe(200);
      } finally {
        await service.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('service on worker threads: accreditation registries checked at start-up', () => {
  it('gives the issuer-trust verdict of the registry, as in-process', async () => {
    const { didWebDocument } = await import('../../src/index.js');
    const { createRegistry } = await import('../../src/registry.js');
    const { example } = await import('../helpers/fixtures.js');
    const agency = await generateKey({ suite: 'eddsa-jcs-2022', did: 'web', domain: 'nceqe.ge' } as never);
    const university = await generateKey({ suite: 'eddsa-rdfc-2022' });
    const right = structuredClone(example('ge-ai-research').qualityAssurance[1]!);
    const registry = await createRegistry([{ provider: { ids: [university.controller], name: { en: 'Example State University' }, country: 'GE' }, accreditations: [right] }], {
      key: agency, issuerName: 'NCEQE', validFrom: '2025-01-01', validUntil: '2030-01-01',
    });
    const dir = mkdtempSync(join(tmpdir(), 'microcred-workers-registry-'));
    const trust = { registries: [registry as Record<string, unknown>], anchors: [didWebDocument(agency)] };
    const verdicts: unknown[] = [];
    try {
      for (const workers of [0, 1]) {
        const app = await createServer({ store: await openSqliteStore({ dataDir: join(dir, String(workers)) }), key: university, apiToken: TOKEN, logger: false, workers, workerUrl, trust });
        try {
          await app.listen({ port: 0, host: '127.0.0.1' });
          const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
          const issued = await call(url, 'POST', '/micro-credentials?profile=ge', { body: example('ge-ai-research'), token: TOKEN });
          expect(issued.status).toBe(201);
          const verified = await call(url, 'POST', '/credentials/verify', { body: { verifiableCredential: issued.body.verifiableCredential } });
          verdicts.push(verified.body.checks.find((c: Json) => c.id === 'issuer-trust'));
        } finally {
          await app.close();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(verdicts[0]).toMatchObject({ status: 'pass', message: expect.stringContaining('Accredited by NCEQE') });
    expect(verdicts[1]).toEqual(verdicts[0]);
  });
});
