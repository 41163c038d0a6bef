import { describe, expect, it } from 'vitest';
import { exportCatalogue } from '../../src/export/catalogue.js';
import { exportRegistryRecords } from '../../src/export/registry.js';
import { exportStats } from '../../src/export/stats.js';
import type { CredentialSource } from '../../src/export/source.js';

/** Input a JavaScript caller (or JSON config) can pass past the types: a typed ExportError, never a TypeError or a silent widening. */
const source: CredentialSource = { scanCredentials: async () => ({ items: [{ id: 'urn:x:1', title: 'T', issuedAt: '2025-01-01T00:00:00.000Z', status: 'active', learnerRef: 'r1' }] }) };
const options = (value: unknown) => expect(value).rejects.toMatchObject({ name: 'ExportError', code: 'ERR_EXPORT_OPTIONS' });

describe('export options from outside the types', () => {
  it('a period bound that is not a string is refused, not dropped (which would export everything)', async () => {
    await options(exportStats(source, { period: { from: 2025 as never } }));
    await options(exportRegistryRecords(source, { format: 'am', period: { to: {} as never } }));
  });

  it('templates, offerings and recognitions of the wrong shape', async () => {
    await options(exportStats(source, { templates: 'course.json' as never }));
    await options(exportRegistryRecords(source, { format: 'ge', templates: [null as never] }));
    await options(exportCatalogue({ templates: [42 as never] }));
    await options(exportCatalogue({ offerings: {} as never }));
    await options(exportStats(source, { recognitions: 5 as never }));
  });

  it('a verification page that is not a URL', async () => {
    for (const verifyUrl of ['http://', 'javascript:alert(1)', 'uni.example.am/verify']) await options(exportRegistryRecords(source, { format: 'am', verifyUrl }));
  });
});
