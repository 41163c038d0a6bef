import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { getBit } from '../../src/store/common.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { type StoreHandle, defineStoreSuite } from './store-suite.js';
import type { WorkerResult } from './sqlite-worker.js';

async function sqliteHandle(): Promise<StoreHandle & { path: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'microcred-store-'));
  const path = join(dir, 'microcred.db');
  const opened: Store[] = [];
  const connect = async () => {
    const store = await openSqliteStore({ path });
    opened.push(store);
    return store;
  };
  return {
    path,
    store: await connect(),
    connect,
    async destroy() {
      for (const s of opened) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

defineStoreSuite('SQLite', sqliteHandle);

describe('SQLite store specifics', () => {
  it('creates its file under the data directory (mode 0700), in WAL mode', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'microcred-datadir-'));
    try {
      const store = await openSqliteStore({ dataDir: join(dir, 'data') });
      await store.ping();
      expect(statSync(join(dir, 'data', 'microcred.db')).isFile()).toBe(true);
      expect(statSync(join(dir, 'data', 'microcred.db-wal')).isFile()).toBe(true);
      expect(statSync(join(dir, 'data')).mode & 0o077).toBe(0);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with ERR_STORE_UNAVAILABLE when the file cannot be opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'microcred-bad-'));
    try {
      writeFileSync(join(dir, 'a-file'), 'x');
      await expect(openSqliteStore({ path: join(dir, 'a-file', 'db.sqlite') })).rejects.toMatchObject({ code: 'ERR_STORE_UNAVAILABLE' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('survives a restart: records and bits are durable', async () => {
    const handle = await sqliteHandle();
    try {
      const [a] = await handle.store.allocateStatus({ credentialId: 'urn:uuid:durable', purposes: ['revocation'] });
      await handle.store.recordCredential({ id: 'urn:uuid:durable', issuedAt: '2025-01-01T00:00:00Z' });
      await handle.store.setStatus('urn:uuid:durable', { status: 'revoked', reason: 'gone' });
      await handle.store.close();
      const reopened = await handle.connect();
      expect(await reopened.getCredential('urn:uuid:durable')).toMatchObject({ status: 'revoked', statusReason: 'gone' });
      expect(getBit((await reopened.getStatusList(a!.listId))!.bits, a!.index)).toBe(true);
    } finally {
      await handle.destroy();
    }
  });

  it('four worker threads, each with its own connection, write at the same time without losing an update', async () => {
    const handle = await sqliteHandle();
    try {
      const workers = 4;
      const perWorker = 150;
      const file = new URL('./sqlite-worker.ts', import.meta.url);
      const results = await Promise.all(
        Array.from(
          { length: workers },
          (_, w) =>
            new Promise<WorkerResult>((resolve, reject) => {
              // The worker loads the TypeScript source through tsx, registered in that thread.
              const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); })`;
              const worker = new Worker(boot, { eval: true, workerData: { path: handle.path, worker: w, count: perWorker } });
              worker.once('message', resolve);
              worker.once('error', reject);
              worker.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with code ${code}`)));
            }),
        ),
      );
      const all = results.flatMap((r) => r.issued);
      expect(all).toHaveLength(workers * perWorker);
      expect(new Set(all.map((a) => `${a.listId}#${a.index}`)).size).toBe(workers * perWorker);
      const lists = await handle.store.listStatusLists();
      expect(lists).toHaveLength(1);
      const list = (await handle.store.getStatusList(lists[0]!.id))!;
      const revoked = new Set(results.flatMap((r) => r.revoked));
      for (const a of all) expect(getBit(list.bits, a.index)).toBe(revoked.has(a.id));
      expect(list.version).toBe(revoked.size);
      expect(list.allocated).toBe(workers * perWorker);
      expect((await handle.store.listCredentials({ status: 'revoked', limit: 1000 })).items).toHaveLength(revoked.size);
    } finally {
      await handle.destroy();
    }
  });
});
