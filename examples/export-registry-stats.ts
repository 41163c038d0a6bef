/**
 * What a registry operator and a ministry get from an issuing store: Armenian registry records
 * (one per issued credential, learners only as the store's opaque reference), statistics with
 * small cells suppressed, and the catalogue as Europass learning opportunities.
 * Run: npx tsx examples/export-registry-stats.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AmRegistryRecord, catalogueToElm, exportCatalogue, exportRegistryRecords, exportStats, statsToCsv } from 'microcred/export';
import { type MicroCredential, recordFor, toOpenBadge } from 'microcred';
import { openSqliteStore } from 'microcred/service';
import course from './am-data-analytics.json' with { type: 'json' };

const dir = mkdtempSync(join(tmpdir(), 'microcred-export-example-'));
const store = await openSqliteStore({ dataDir: dir });
try {
  // Seven learners complete the course (what the issuing service records for each credential).
  const secret = await store.learnerRefSecret();
  for (let i = 1; i <= 7; i++) {
    const credential = toOpenBadge({ ...course, id: `urn:uuid:0b9d2c4e-1f3a-4c5b-8d6e-00000000000${i}`, learner: { name: `Learner ${i}` }, dateOfIssuing: `2025-0${i < 4 ? 6 : 7}-15` } as MicroCredential);
    await store.recordCredential(recordFor(credential as unknown as Record<string, unknown>, { secret, publish: true }));
  }

  const registry = await exportRegistryRecords(store, { format: 'am', verifyUrl: 'https://university.example.am/verify' });
  const [first] = registry.records as AmRegistryRecord[];
  console.log(`${registry.records.length} registry records; first:`, first!.identifier, first!.learnerRef!.slice(0, 24) + '…', `${first!.ects} ECTS`, `QA ${first!.qualityAssurance.status}`);

  console.log(statsToCsv(await exportStats(store, { by: 'month' })));

  const { warnings, ...opportunities } = catalogueToElm(await exportCatalogue({ store }));
  console.log(`${opportunities['@graph'].length} learning opportunity; still needed for Europass: ${warnings.join(' ') || 'nothing'}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
