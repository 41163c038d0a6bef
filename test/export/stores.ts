/**
 * The stores the export tests run against: SQLite always, PostgreSQL when a server answers
 * (MICROCRED_TEST_DATABASE_URL; scripts/start-postgres.sh), as test/store/store-suite.ts does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '../../src/store/postgres.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import type { Store } from '../../src/store/types.js';
import { toOpenBadge } from '../../src/formats/ob3/to-open-badge.js';
import type { MicroCredential } from '../../src/model/types.generated.js';
import { recordFor } from '../../src/status/records.js';
import { dropSchema, reachablePostgres, testSchema } from '../helpers/postgres.js';

export interface TestStore {
  store: Store;
  destroy(): Promise<void>;
}

const pgUrl = await reachablePostgres();

/** [backend name, factory] for every reachable backend. */
export const BACKENDS: Array<[string, () => Promise<TestStore>]> = [
  [
    'SQLite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'microcred-export-'));
      const store = await openSqliteStore({ path: join(dir, 'microcred.db') });
      return { store, destroy: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) };
    },
  ],
  ...(pgUrl === undefined
    ? []
    : ([
        [
          'PostgreSQL',
          async () => {
            const schema = testSchema('export_test');
            const store = await openPostgresStore({ connectionString: pgUrl, schema, max: 3 });
            return { store, destroy: async () => (await store.close(), await dropSchema(pgUrl, schema)) };
          },
        ],
      ] as Array<[string, () => Promise<TestStore>]>)),
];

/**
 * Records an issued credential as the issuing service does (src/status/service.ts): the
 * unsigned OB 3.0 mapping stands in for the signed credential, which the exports never verify.
 */
export async function issueInto(store: Store, mc: MicroCredential, options: { publish?: boolean; status?: 'revoked' | 'suspended' } = {}) {
  const credential = toOpenBadge(mc) as unknown as Record<string, unknown>;
  const purposes = ['revocation', 'suspension'] as const;
  await store.allocateStatus({ credentialId: String(credential.id), purposes: [...purposes] });
  const record = await store.recordCredential(recordFor(credential, { publish: options.publish ?? true, secret: await store.learnerRefSecret() }));
  if (options.status) await store.setStatus(record.id, { status: options.status, reason: 'test' });
  return record;
}
