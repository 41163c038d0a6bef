/**
 * The store test suite, run against every backend (sqlite.test.ts, postgres.test.ts) through
 * one factory per backend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIST_SIZE, getBit } from '../../src/store/common.js';
import type { Store, StatusAllocation, StatusPurpose } from '../../src/store/types.js';

/** One database of a backend. */
export interface StoreHandle {
  store: Store;
  /** Another connection (another service instance) to the same database. */
  connect(): Promise<Store>;
  /** Closes every connection and removes the database. */
  destroy(): Promise<void>;
}

/** How a backend makes a fresh, empty database. */
export type StoreFactory = () => Promise<StoreHandle>;

const iso = (day: number) => new Date(Date.UTC(2025, 0, 1 + day)).toISOString();

async function issue(store: Store, id: string, purposes: StatusPurpose[] = ['revocation'], extra: { day?: number; learnerRef?: string; achievementId?: string } = {}) {
  const allocations = await store.allocateStatus({ credentialId: id, purposes });
  const record = await store.recordCredential({
    id,
    issuedAt: iso(extra.day ?? 0),
    title: 'Data Analytics Fundamentals',
    ...(extra.learnerRef ? { learnerRef: extra.learnerRef } : {}),
    ...(extra.achievementId ? { achievementId: extra.achievementId } : {}),
  });
  return { allocations, record };
}

const setBits = (bits: Uint8Array): number[] => {
  const out: number[] = [];
  bits.forEach((byte, i) => {
    for (let b = 0; b < 8; b++) if (byte & (0x80 >> b)) out.push(i * 8 + b);
  });
  return out;
};

/** Defines the whole suite for one backend. */
export function defineStoreSuite(backend: string, factory: StoreFactory): void {
  describe(`Store (${backend})`, () => {
    let handle: StoreHandle;
    let store: Store;
    beforeAll(async () => {
      handle = await factory();
      store = handle.store;
    });
    afterAll(async () => handle?.destroy());

    it('allocates one random position per purpose in a new 131,072-entry list', async () => {
      const { allocations } = await issue(store, 'urn:uuid:alloc-1', ['revocation', 'suspension']);
      expect(allocations.map((a) => a.purpose)).toEqual(['revocation', 'suspension']);
      for (const a of allocations) {
        expect(Number.isInteger(a.index) && a.index >= 0 && a.index < DEFAULT_LIST_SIZE).toBe(true);
        const list = await store.getStatusList(a.listId);
        expect(list).toMatchObject({ purpose: a.purpose, size: DEFAULT_LIST_SIZE, version: 0 });
        expect(list!.bits.length).toBe(DEFAULT_LIST_SIZE / 8);
        expect(setBits(list!.bits)).toEqual([]);
      }
      expect(allocations[0]!.listId).not.toBe(allocations[1]!.listId);
    });

    it('is idempotent per credential and purpose, and purposes come back in a fixed order', async () => {
      const first = await store.allocateStatus({ credentialId: 'urn:uuid:idem', purposes: ['suspension', 'revocation'] });
      const again = await store.allocateStatus({ credentialId: 'urn:uuid:idem', purposes: ['revocation', 'suspension', 'revocation'] });
      expect(again).toEqual(first);
      expect(first.map((a) => a.purpose)).toEqual(['revocation', 'suspension']);
    });

    it('never hands out a position twice, and positions are spread at random', async () => {
      const got: StatusAllocation[] = [];
      for (let i = 0; i < 300; i++) got.push(...(await store.allocateStatus({ credentialId: `urn:uuid:spread-${i}`, purposes: ['revocation'] })));
      const keys = new Set(got.map((a) => `${a.listId}#${a.index}`));
      expect(keys.size).toBe(300);
      const indexes = got.map((a) => a.index);
      // Not sequential: sorted order differs from allocation order, and they span the list.
      expect(indexes).not.toEqual([...indexes].sort((a, b) => a - b));
      expect(Math.max(...indexes) - Math.min(...indexes)).toBeGreaterThan(DEFAULT_LIST_SIZE / 2);
      const lists = await store.listStatusLists();
      const revocation = lists.filter((l) => l.purpose === 'revocation');
      expect(revocation.length).toBe(1);
      expect(revocation[0]!.allocated).toBeGreaterThanOrEqual(300);
    });

    it('records issued credentials and refuses a duplicate id', async () => {
      const { record } = await issue(store, 'urn:uuid:rec-1', ['revocation'], { learnerRef: 'sis:42', achievementId: 'urn:ach:1', day: 3 });
      expect(record).toEqual({
        id: 'urn:uuid:rec-1',
        issuedAt: iso(3),
        status: 'active',
        title: 'Data Analytics Fundamentals',
        learnerRef: 'sis:42',
        achievementId: 'urn:ach:1',
        statusEntries: [expect.objectContaining({ purpose: 'revocation' })],
      });
      expect(await store.getCredential('urn:uuid:rec-1')).toEqual(record);
      expect(await store.getCredential('urn:uuid:nobody')).toBeUndefined();
      await expect(store.recordCredential({ id: 'urn:uuid:rec-1', issuedAt: iso(4) })).rejects.toMatchObject({ code: 'ERR_STORE_DUPLICATE' });
    });

    it('keeps the document only when given (publication)', async () => {
      await store.recordCredential({ id: 'urn:uuid:doc', issuedAt: iso(1), document: '{"id":"urn:uuid:doc"}' });
      expect((await store.getCredential('urn:uuid:doc'))!.document).toBe('{"id":"urn:uuid:doc"}');
      expect((await store.getCredential('urn:uuid:rec-1'))!.document).toBeUndefined();
    });

    it('revokes, suspends and reinstates: bits, versions, reasons', async () => {
      const { allocations } = await issue(store, 'urn:uuid:life', ['revocation', 'suspension']);
      const [rev, sus] = allocations as [StatusAllocation, StatusAllocation];
      const bit = async (a: StatusAllocation) => getBit((await store.getStatusList(a.listId))!.bits, a.index);
      const version = async (a: StatusAllocation) => (await store.getStatusList(a.listId))!.version;
      const v0 = await version(rev);

      const revoked = await store.setStatus('urn:uuid:life', { status: 'revoked', reason: 'Issued in error', at: new Date('2026-01-02T03:04:05Z') });
      expect(revoked.record).toMatchObject({ status: 'revoked', statusReason: 'Issued in error', statusChangedAt: '2026-01-02T03:04:05.000Z' });
      expect(revoked.changedLists).toEqual([{ id: rev.listId, version: v0 + 1 }]);
      expect([await bit(rev), await bit(sus)]).toEqual([true, false]);

      const again = await store.setStatus('urn:uuid:life', { status: 'revoked', reason: 'Still' });
      expect(again.changedLists).toEqual([]); // nothing to flip, no new version
      expect(await version(rev)).toBe(v0 + 1);

      const suspended = await store.setStatus('urn:uuid:life', { status: 'suspended', reason: 'Under review' });
      expect(suspended.changedLists.map((l) => l.id).sort()).toEqual([rev.listId, sus.listId].sort());
      expect([await bit(rev), await bit(sus)]).toEqual([false, true]);

      const active = await store.setStatus('urn:uuid:life', { status: 'active' });
      expect(active.record.status).toBe('active');
      expect(active.record.statusReason).toBeUndefined();
      expect([await bit(rev), await bit(sus)]).toEqual([false, false]);
    });

    it('refuses a status its credential has no entry for, and unknown credentials', async () => {
      await issue(store, 'urn:uuid:rev-only', ['revocation']);
      await expect(store.setStatus('urn:uuid:rev-only', { status: 'suspended' })).rejects.toMatchObject({ code: 'ERR_STATUS_PURPOSE_MISSING' });
      await expect(store.setStatus('urn:uuid:missing', { status: 'revoked' })).rejects.toMatchObject({ code: 'ERR_STORE_NOT_FOUND' });
      expect((await store.getCredential('urn:uuid:rev-only'))!.status).toBe('active');
    });

    it('lists what was issued, newest first, in pages, with filters', async () => {
      const fresh = await factory();
      try {
        const s = fresh.store;
        for (let i = 0; i < 25; i++) {
          await issue(s, `urn:uuid:page-${String(i).padStart(2, '0')}`, ['revocation'], { day: i % 5, learnerRef: i % 2 ? 'odd' : 'even', achievementId: `urn:ach:${i % 3}` });
        }
        await s.setStatus('urn:uuid:page-07', { status: 'revoked' });
        const seen: string[] = [];
        let cursor: string | undefined;
        const sizes: number[] = [];
        for (let page = 0; page < 10; page++) {
          const result = await s.listCredentials({ limit: 10, ...(cursor ? { cursor } : {}) });
          sizes.push(result.items.length);
          seen.push(...result.items.map((r) => r.id));
          cursor = result.nextCursor;
          if (!cursor) break;
        }
        expect(sizes).toEqual([10, 10, 5]);
        expect(new Set(seen).size).toBe(25);
        const all = (await s.listCredentials({ limit: 1000 })).items;
        expect(all.map((r) => r.id)).toEqual(seen);
        for (let i = 1; i < all.length; i++) {
          const [a, b] = [all[i - 1]!, all[i]!];
          expect(a.issuedAt > b.issuedAt || (a.issuedAt === b.issuedAt && a.id > b.id)).toBe(true);
        }
        expect((await s.listCredentials({ status: 'revoked' })).items.map((r) => r.id)).toEqual(['urn:uuid:page-07']);
        expect((await s.listCredentials({ learnerRef: 'odd' })).items).toHaveLength(12);
        expect((await s.listCredentials({ achievementId: 'urn:ach:0' })).items).toHaveLength(9);
        await expect(s.listCredentials({ cursor: 'not-a-cursor' })).rejects.toMatchObject({ code: 'ERR_STORE_INVALID' });
        await expect(s.listCredentials({ limit: 0 })).rejects.toMatchObject({ code: 'ERR_STORE_INVALID' });
      } finally {
        await fresh.destroy();
      }
    });

    it('caches a signed list only for its current version, never replacing a newer one, replacing a refresh', async () => {
      const { allocations } = await issue(store, 'urn:uuid:sign', ['revocation']);
      const listId = allocations[0]!.listId;
      const v = (await store.getStatusList(listId))!.version;
      expect(await store.saveSignedStatusList(listId, v, 'signed-at-v')).toBe(true);
      expect(await store.saveSignedStatusList(listId, v - 1, 'older')).toBe(false);
      expect(await store.getStatusList(listId)).toMatchObject({ signed: 'signed-at-v', signedVersion: v });
      // Re-signed at the same version (a refresh before validUntil): replaced.
      expect(await store.saveSignedStatusList(listId, v, 'refreshed-at-v')).toBe(true);
      expect(await store.getStatusList(listId)).toMatchObject({ signed: 'refreshed-at-v', signedVersion: v });
      await store.setStatus('urn:uuid:sign', { status: 'revoked' });
      expect(await store.saveSignedStatusList(listId, v, 'stale')).toBe(false);
      expect(await store.saveSignedStatusList(listId, v + 1, 'signed-at-v+1')).toBe(true);
      expect(await store.getStatusList(listId)).toMatchObject({ signed: 'signed-at-v+1', signedVersion: v + 1, version: v + 1 });
      expect(await store.getStatusList('nope')).toBeUndefined();
    });

    it('keeps one learner-reference secret per database, shared by every connection', async () => {
      const other = await handle.connect();
      const [a, b] = [await store.learnerRefSecret(), await other.learnerRefSecret()];
      expect(a.length).toBe(32);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      await other.close();
    });

    it('refuses bad arguments with ERR_STORE_INVALID', async () => {
      await expect(store.allocateStatus({ credentialId: '', purposes: ['revocation'] })).rejects.toMatchObject({ code: 'ERR_STORE_INVALID' });
      await expect(store.allocateStatus({ credentialId: 'x', purposes: [] })).rejects.toMatchObject({ code: 'ERR_STORE_INVALID' });
      await expect(store.allocateStatus({ credentialId: 'x', purposes: ['message' as StatusPurpose] })).rejects.toMatchObject({ code: 'ERR_STORE_INVALID' });
      await expect(store.allocateStatus({ credentialId: 'x', purposes: ['revocation'], listSize: 1000 })).rejects.toMatchObject({ code: 'ERR_STORE_INVALID' });
      await expect(store.recordCredential({ id: 'x', issuedAt: 'yesterday' })).rejects.toMatchObject({ code: 'ERR_STORE_INVALID' });
      await expect(store.setStatus('x', { status: 'gone' as 'active' })).rejects.toMatchObject({ code: 'ERR_STORE_INVALID' });
    });

    it('fails with ERR_STORE_CLOSED once closed', async () => {
      const other = await handle.connect();
      await other.ping();
      await other.close();
      await other.close(); // idempotent
      await expect(other.getCredential('x')).rejects.toMatchObject({ code: 'ERR_STORE_CLOSED' });
    });

    it('1,000 concurrent allocations and status changes from several connections: no lost update, no position twice', async () => {
      const fresh = await factory();
      const connections = [fresh.store, await fresh.connect(), await fresh.connect(), await fresh.connect()];
      try {
        // 500 credentials issued beforehand (with both purposes), then, all at once:
        // 500 new allocations (+ records) and 500 status changes on the existing ones.
        const existing = Array.from({ length: 500 }, (_, i) => `urn:uuid:pre-${i}`);
        await Promise.all(
          existing.map(async (id, i) => {
            const s = connections[i % connections.length]!;
            await s.allocateStatus({ credentialId: id, purposes: ['revocation', 'suspension'] });
            await s.recordCredential({ id, issuedAt: iso(0) });
          }),
        );
        const expected = new Map<string, 'revoked' | 'suspended' | 'active'>();
        const ops: Array<() => Promise<unknown>> = [];
        existing.forEach((id, i) => {
          const target = i % 5 < 3 ? 'revoked' : 'suspended';
          expected.set(id, target);
          ops.push(() => connections[i % connections.length]!.setStatus(id, { status: target, reason: `op ${i}` }));
        });
        for (let i = 0; i < 500; i++) {
          const id = `urn:uuid:new-${i}`;
          expected.set(id, 'active');
          ops.push(async () => {
            const s = connections[(i + 1) % connections.length]!;
            await s.allocateStatus({ credentialId: id, purposes: ['revocation', 'suspension'] });
            await s.recordCredential({ id, issuedAt: iso(1) });
          });
        }
        // Interleave the two kinds, then run them all concurrently.
        ops.sort(() => Math.random() - 0.5);
        expect(ops).toHaveLength(1000);
        await Promise.all(ops.map((op) => op()));

        const records = (await fresh.store.listCredentials({ limit: 1000 })).items;
        expect(records).toHaveLength(1000);
        const positions = new Set<string>();
        const wanted = new Map<string, Set<number>>();
        for (const record of records) {
          expect(record.status).toBe(expected.get(record.id));
          expect(record.statusEntries).toHaveLength(2);
          for (const entry of record.statusEntries) {
            positions.add(`${entry.listId}#${entry.index}`);
            const on = (entry.purpose === 'revocation' && record.status === 'revoked') || (entry.purpose === 'suspension' && record.status === 'suspended');
            if (!wanted.has(entry.listId)) wanted.set(entry.listId, new Set());
            if (on) wanted.get(entry.listId)!.add(entry.index);
          }
        }
        expect(positions.size).toBe(2000); // no position handed out twice
        const lists = await fresh.store.listStatusLists();
        expect(lists.map((l) => l.purpose).sort()).toEqual(['revocation', 'suspension']); // one list per purpose
        for (const summary of lists) {
          const list = (await fresh.store.getStatusList(summary.id))!;
          const on = setBits(list.bits);
          expect(on).toEqual([...wanted.get(list.id)!].sort((a, b) => a - b)); // every change landed, nothing else
          expect(list.version).toBe(on.length); // one version per change: none lost
          expect(list.allocated).toBe(1000);
        }
      } finally {
        for (const c of connections.slice(1)) await c.close();
        await fresh.destroy();
      }
    });
  });
}
