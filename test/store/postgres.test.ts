import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres.js';
import type { Store } from '../../src/store/types.js';
import { dropSchema, reachablePostgres, testSchema } from '../helpers/postgres.js';
import { type StoreHandle, defineStoreSuite } from './store-suite.js';

const url = await reachablePostgres();

if (url === undefined) {
  describe.skip('Store (PostgreSQL) — skipped: no PostgreSQL server reachable (see scripts/start-postgres.sh)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
} else {
  const databaseUrl = url;
  const postgresHandle = async (): Promise<StoreHandle> => {
    const schema = testSchema('store_test');
    const opened: Store[] = [];
    const connect = async () => {
      // A long wait for a pooled connection: the concurrency test queues 1,000 operations on purpose.
      const store = await openPostgresStore({ connectionString: databaseUrl, schema, max: 5, connectionTimeoutMs: 60_000 });
      opened.push(store);
      return store;
    };
    return {
      store: await connect(),
      connect,
      async destroy() {
        for (const s of opened) await s.close();
        await dropSchema(databaseUrl, schema);
      },
    };
  };

  defineStoreSuite('PostgreSQL', postgresHandle);

  describe('PostgreSQL store specifics', () => {
    it('refuses bad schema names and unreachable servers', async () => {
      await expect(openPostgresStore({ connectionString: databaseUrl, schema: 'x; DROP TABLE y' })).rejects.toMatchObject({ code: 'ERR_STORE_INVALID' });
      await expect(openPostgresStore({ connectionString: 'postgres://nobody@127.0.0.1:9/none', connectionTimeoutMs: 1000 })).rejects.toMatchObject({ code: 'ERR_STORE_UNAVAILABLE' });
    });

    it('several instances opening the same new schema at once all succeed', async () => {
      const schema = testSchema('store_open');
      try {
        const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore({ connectionString: databaseUrl, schema, max: 2 })));
        for (const s of stores) await s.ping();
        await Promise.all(stores.map((s) => s.close()));
      } finally {
        await dropSchema(databaseUrl, schema);
      }
    });
  });
}
