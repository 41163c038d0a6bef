import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMicroCredential, generateKey, verify } from '../../src/index.js';
import { type StatusService, createStatusService } from '../../src/status/service.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { example } from '../helpers/fixtures.js';

describe('createMicroCredential({ status }) and verify({ status })', () => {
  let store: Store;
  let service: StatusService;
  let key: Awaited<ReturnType<typeof generateKey>>;
  beforeAll(async () => {
    key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    store = await openSqliteStore({ dataDir: mkdtempSync(join(tmpdir(), 'microcred-status-')) });
    // The issuer signs its own status lists: one key for the lists and the credentials.
    service = await createStatusService({ store, key, publicBaseUrl: 'https://credentials.university.example.ge' });
  });
  afterAll(async () => store?.close());

  it('issues with a revocation entry; verification follows revoke and reinstate, with the reason', async () => {
    const document = { ...example('ge-ai-research'), id: 'urn:uuid:0b6a4a53-2a2a-4a55-9e0a-7d2c1d8f0001' };
    const credential = (await createMicroCredential(document, { profile: 'ge', key, status: { service } })) as Record<string, unknown>;
    expect(credential.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation' });
    const options = { status: { resolveStatusList: service.resolveStatusList, store } };

    const before = await verify(credential, options);
    expect(before.checks.find((c) => c.id === 'status')).toMatchObject({ status: 'pass' });

    await service.revoke(String(credential.id), 'issued in error');
    const revoked = await verify(credential, options);
    expect(revoked.verified).toBe(false);
    expect(revoked.checks.find((c) => c.id === 'status')).toMatchObject({ status: 'fail', code: 'ERR_STATUS_REVOKED' });
    expect(revoked.checks.find((c) => c.id === 'status')!.message).toContain('issued in error');

    await service.reinstate(String(credential.id));
    expect((await verify(credential, options)).verified).toBe(true);

    // Without a way to fetch the list, revocation cannot be checked: a warning, never a pass.
    expect((await verify(credential)).checks.find((c) => c.id === 'status')).toMatchObject({ status: 'warn' });
  });
});
