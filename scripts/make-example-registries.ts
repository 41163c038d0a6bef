/**
 * (Re)makes the EXAMPLE accreditation registries in examples/registries/: TEST keys for the
 * two agencies (did:web:nceqe.ge, did:web:anqa.am) and the two example universities (did:key),
 * their DID documents, and the registries signed from nceqe-entries.json and anqa-entries.csv.
 * Nothing here is a real decision or a real key of those agencies. Existing keys are reused, so
 * the registries can be re-signed after editing the entries. Run: npx tsx scripts/make-example-registries.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRegistry, registryEntriesFromCsv } from '../src/registry.js';
import { didWebDocument, generateKey, parseKeyFile, type KeyFile } from '../src/index.js';

const dir = fileURLToPath(new URL('../examples/registries/', import.meta.url));
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function key(name: string, options: Parameters<typeof generateKey>[0]): Promise<KeyFile> {
  const path = `${dir}test-keys/${name}`;
  if (existsSync(path)) return parseKeyFile(JSON.parse(readFileSync(path, 'utf8')));
  const made = await generateKey(options);
  writeFileSync(path, json(made));
  return made;
}

const nceqe = await key('nceqe-TEST-key.json', { suite: 'eddsa-jcs-2022', did: 'web', domain: 'nceqe.ge' } as never);
const anqa = await key('anqa-TEST-key.json', { suite: 'eddsa-jcs-2022', did: 'web', domain: 'anqa.am' } as never);
const uniGe = await key('university-ge-TEST-key.json', { suite: 'eddsa-rdfc-2022' } as never);
const uniAm = await key('university-am-TEST-key.json', { suite: 'eddsa-rdfc-2022' } as never);
writeFileSync(`${dir}nceqe-did.json`, json(didWebDocument(nceqe)));
writeFileSync(`${dir}anqa-did.json`, json(didWebDocument(anqa)));

// Entries written before the test keys existed name them by the placeholders did:key:TEST-UNIVERSITY-GE/-AM.
const withKeys = (text: string) => text.replaceAll('did:key:TEST-UNIVERSITY-GE', uniGe.controller).replaceAll('did:key:TEST-UNIVERSITY-AM', uniAm.controller);
const common = { validFrom: '2025-01-01T00:00:00Z', validUntil: '2031-12-31T23:59:59Z', created: '2025-01-01T00:00:00Z' };
const geEntries = JSON.parse(withKeys(readFileSync(`${dir}nceqe-entries.json`, 'utf8'))).entries;
writeFileSync(
  `${dir}nceqe-registry.json`,
  json(await createRegistry(geEntries, { ...common, key: nceqe, issuerName: 'NCEQE', id: 'https://nceqe.ge/registry/EXAMPLE.json', name: 'EXAMPLE register of rights to implement micro-credentials — signed by a TEST key, not real NCEQE decisions' })),
);
const amEntries = registryEntriesFromCsv(withKeys(readFileSync(`${dir}anqa-entries.csv`, 'utf8')));
writeFileSync(
  `${dir}anqa-registry.json`,
  json(await createRegistry(amEntries, { ...common, key: anqa, issuerName: 'ANQA', id: 'https://anqa.am/registry/EXAMPLE.json', name: 'EXAMPLE register of accredited micro-credential programmes — signed by a TEST key, not real ANQA decisions' })),
);
console.log(`wrote ${dir}: nceqe-registry.json, anqa-registry.json, *-did.json, test-keys/`);
