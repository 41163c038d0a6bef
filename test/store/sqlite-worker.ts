/**
 * A worker thread of the SQLite concurrency test: its own connection to the shared file,
 * issuing `count` credentials and revoking every other one while the other workers do the same.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqliteStore } from '../../src/store/sqlite.js';

export interface WorkerResult {
  issued: Array<{ id: string; listId: string; index: number }>;
  revoked: string[];
}

const { path, worker, count } = workerData as { path: string; worker: number; count: number };
const store = await openSqliteStore({ path });
const result: WorkerResult = { issued: [], revoked: [] };
for (let i = 0; i < count; i++) {
  const id = `urn:uuid:worker-${worker}-${i}`;
  const [allocation] = await store.allocateStatus({ credentialId: id, purposes: ['revocation'] });
  await store.recordCredential({ id, issuedAt: new Date().toISOString() });
  result.issued.push({ id, listId: allocation!.listId, index: allocation!.index });
  const victim = result.issued[Math.floor(i / 2)]!;
  if (i % 2 === 1 && !result.revoked.includes(victim.id)) {
    await store.setStatus(victim.id, { status: 'revoked' });
    result.revoked.push(victim.id);
  }
}
await store.close();
parentPort!.postMessage(result);
