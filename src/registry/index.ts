export { createRegistry, registrySuiteFor, REGISTRY_CREDENTIAL_TYPE, REGISTRY_SUBJECT_TYPE, type CreateRegistryOptions } from './create.js';
export { checkRegistryEntries, registryEntryIssues, RegistryEntriesInvalidError, MAX_REGISTRY_ENTRIES } from './entries.js';
export { registryEntriesFromCsv, REGISTRY_CSV_COLUMNS, MAX_REGISTRY_CSV_CHARS } from './csv.js';
export { registryEntriesFromDcc, MAX_REGISTRY_DCC_CHARS, type DccImportOptions } from './dcc.js';
export { registryEntriesFromEbsi, MAX_REGISTRY_EBSI_CHARS, MAX_EBSI_JWT_CHARS } from './ebsi.js';
export { verifyRegistry, VerifiedRegistry, MAX_REGISTRY_BYTES, type RegistryAnchor, type RegistryVerification, type VerifyRegistryOptions } from './verify-registry.js';
export { checkAccreditation, scopeMismatches, type ProviderIdentity } from './check.js';
