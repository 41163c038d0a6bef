/**
 * Every error code and report code microcred uses, one table per family, each code with what it
 * means and what to do about it. The code unions are derived from these tables (`keyof typeof`),
 * so a code thrown or reported without an entry here does not compile, and `docs/errors.md` is
 * generated from them (`npm run gen:errors`; test/errors-doc.test.ts checks it is current).
 *
 * Only `errors.ts` and `verify/report.ts` import this module, and only its types: the advice text
 * is not part of any runtime bundle.
 */

/** A table of codes: each code with one or two short sentences — what it means, what to do. */
type CodeTable = Readonly<Record<`${'ERR' | 'WARN'}_${string}`, string>>;

/** `InvalidArgumentError`: A caller passed arguments the API cannot work with (unknown profile, bad option value, …). */
export const INVALID_ARGUMENT_ERROR_CODES = {
  ERR_API_TOKEN_FILE: 'The API token file cannot be read. Check the path and its permissions (readable by the service user).',
  ERR_API_TOKEN_INVALID: 'The API token is too short or contains spaces. Generate a long random token (e.g. `openssl rand -hex 32`).',
  ERR_API_TOKEN_REQUIRED: 'The issuing endpoints need an API token. Pass `apiToken`/`apiTokenFile` or set the token environment variable.',
  ERR_AWARDING_BODY_REQUIRED: 'An ELM credential needs at least one awarding body. Add `awardingBodies[0]` to the MicroCredential.',
  ERR_BAD_TIME: 'A time given as an option (`at`, `now`, a date flag) is not a valid date. Pass a `Date` or an ISO 8601 string.',
  ERR_BAKED_AMBIGUOUS: 'The image holds more than one baked credential, so which one is meant is unclear. Bake a clean copy of the image with one credential.',
  ERR_BAKED_COMPRESSED: 'The baked credential is stored compressed (zTXt/compressed iTXt), which Open Badges baking forbids. Re-bake it uncompressed (`microcred bake`).',
  ERR_BAKED_INVALID: 'The text baked into the image is not a valid credential (not JSON or a JWT). Re-bake the image from the signed credential.',
  ERR_CONTEXT_CONFLICT: '`extraContexts` tries to replace a bundled JSON-LD context. Give your context another URL; bundled contexts cannot be overridden.',
  ERR_CONTEXT_INVALID: 'An entry of `extraContexts` is not a JSON object. Pass the parsed context document (`{ "@context": … }`).',
  ERR_COUNTRY_UNKNOWN: 'The country is not an ISO 3166-1 alpha-2 code. Use a two-letter code such as `GE` or `AM`.',
  ERR_CREDENTIALS_INVALID: '`evaluatePathway` was not given an array of credentials. Pass an array (possibly empty).',
  ERR_CREDENTIAL_INVALID: 'The credential cannot be prepared or signed as given (missing or malformed members). Fix the member the message names.',
  ERR_CREDENTIAL_TOO_LARGE: 'The credential has more values than an RDF suite will canonicalise (a denial-of-service guard). Sign very large documents with `eddsa-jcs-2022` or `vc-jwt`.',
  ERR_CREDENTIAL_UNREADABLE: 'The file is neither a JSON credential nor a compact JWT. Check that you gave the credential file.',
  ERR_DUPLICATE_KEY: 'The JSON repeats a member name, which parsers read differently; it is refused. Ask the issuer to reissue it without duplicate members.',
  ERR_ELM_INPUT: 'The ELM input is not JSON. Pass the European Digital Credential as JSON(-LD).',
  ERR_EVALUATION_MISMATCH: 'The pathway evaluation is of another pathway (id or version). Evaluate again with the pathway you are aggregating.',
  ERR_FORMAT_UNSUPPORTED: 'The requested output format is not supported. Use `ob3` or `elm`.',
  ERR_ID_REQUIRED: 'An Open Badges 2.0 assertion is hosted at a URL made from the credential id, so the MicroCredential needs an `id`. Add one.',
  ERR_IMAGE_TOO_LARGE: 'The badge image is larger than the baking limit. Use a smaller image.',
  ERR_IMAGE_UNSUPPORTED: 'Only PNG and SVG images can be baked. Convert the badge image to PNG or SVG.',
  ERR_INPUT_CYCLE: 'The input object contains a cycle, so it is not JSON. Pass plain JSON data.',
  ERR_INPUT_FORBIDDEN_KEY: 'The input has a member named `__proto__`, `constructor` or `prototype`, refused as prototype pollution. Remove it.',
  ERR_INPUT_NOT_JSON: 'The input is neither JSON nor a compact JWT (nor a baked image). Check that you gave the credential file.',
  ERR_INPUT_NOT_OBJECT: 'The input is JSON but not an object (an array, a string, a number). Give the credential object.',
  ERR_INPUT_TOO_DEEP: 'The input nests deeper than the depth limit (`maxDepth`). Check you gave the right file; raise the limit only for trusted input.',
  ERR_INPUT_TOO_LARGE: 'The input exceeds the size limit. Check you gave the right file; raise the limit only for trusted input.',
  ERR_ISSUER_REQUIRED: 'No issuer id: neither `options.issuer` nor `awardingBodies[0].id` is set. Give one.',
  ERR_KEY_FILE: 'The key file cannot be read. Check the path and its permissions.',
  ERR_KEY_FORMAT_MISMATCH: 'A JAdES seal key was given for an Open Badges credential (or the other way round). Use `format: \'elm\'` with seal keys, a signing key otherwise.',
  ERR_KEY_REQUIRED: 'Signing needs a key (`options.key`) or a signer (`options.signer`); `elm` needs a seal key. Pass one.',
  ERR_LANGUAGE_UNKNOWN: 'The primary language is not one of the title\'s languages. Give a language the title has, or add the title in it.',
  ERR_LEARNER_ID_REQUIRED: 'A recognition credential is issued to the learner, so `record.learner.id` (a DID or URL) is required. Add it.',
  ERR_LEARNER_REQUIRED: 'The parts name no learner id. Give `template.learner`.',
  ERR_NOT_BAKED: 'The image holds no baked credential. Check you gave the baked badge image, not the plain one.',
  ERR_OB2_BADGE_NOT_EMBEDDED: 'The assertion\'s badge is a URL, not the BadgeClass. Fetch it first, e.g. verify with `online: true`.',
  ERR_OB2_KEY_ALGORITHM: 'Open Badges 2.0 signatures are RS256, and this key is not RSA. Generate an RSA key (`keys generate --alg RS256`).',
  ERR_OB2_MALFORMED: 'The Open Badges 2.0 assertion is malformed. Check you gave the assertion (JSON or JWS) unchanged.',
  ERR_OB2_NOT_ASSERTION: 'The JWS does not carry an Open Badges 2.0 assertion (a VC-JWT, perhaps). Use `verify()` for it.',
  ERR_OB2_OPTIONS: 'An Open Badges 2.0 option has a bad value (e.g. signing a hosted assertion). Fix the option the message names.',
  ERR_OB2_RECIPIENT_REQUIRED: 'Open Badges 2.0 names the recipient by e-mail or URL. Give the learner an `email`, an emailAddress identifier or an `id`.',
  ERR_OB2_SIGNATURE_MISSING: 'The assertion says it is signed but came without its JWS. Verify the signature string or the baked image instead.',
  ERR_PATHWAY_INCOMPLETE: 'The pathway is not complete, so no aggregate credential is issued. Add the missing credentials the message lists.',
  ERR_PATHWAY_INVALID: 'The pathway definition is invalid. Fix the errors listed (each with a JSON Pointer).',
  ERR_PNG_INVALID: 'The file is not a valid PNG. Give a PNG image.',
  ERR_PROFILE_CYCLE: 'A profile extends itself (directly or through others). Fix the `extends` chain.',
  ERR_PROFILE_DUPLICATE: 'A profile with this id and version is already registered. Give a new version, or use another registry.',
  ERR_PROFILE_INVALID: 'The profile definition does not match `schemas/profile.schema.json`. Fix the member the message names.',
  ERR_PROFILE_UNKNOWN: 'No profile with this id (or id@version) is registered. Use a built-in one (`eu`, `ge`, `am`) or register yours first.',
  ERR_PROOF_OPTIONS: 'A proof option is invalid (e.g. a `proofId` that is not a URL, a missing challenge). Fix the option the message names.',
  ERR_QR_TOO_LARGE: 'The credential is too large for a QR code. Use a verification URL (`verifyBaseUrl`, CLI `--verify-url`) instead.',
  ERR_RECORD_INCONSISTENT: 'The recognition record references verified credentials that the evaluation did not count. Evaluate again, then record.',
  ERR_RECORD_INVALID: 'The recognition record is invalid. Fix the errors listed.',
  ERR_REGISTRY_ANCHOR_MISMATCH: 'The accreditation registry was issued by an agency you do not accept as anchor, so it vouches for nothing. Add the agency to `trust.anchors` if you accept it.',
  ERR_REGISTRY_DUPLICATE_PROVIDER: 'The registry lists a provider twice, so which decision applies is unclear. The agency must fix its registry.',
  ERR_REGISTRY_INVALID: 'The accreditation registry has invalid entries. The agency must fix its registry.',
  ERR_REGISTRY_NOT_REGISTRY: 'The document is not an accreditation registry credential. Give a registry made with `microcred registry create`.',
  ERR_REGISTRY_NO_ANCHOR: 'No registry anchor is configured, so no registry can be trusted. Name the agency you accept (`trust.anchors`, CLI `--registry-anchor`).',
  ERR_REGISTRY_OPTIONS: 'A registry option has a bad value. Fix the option the message names.',
  ERR_REGISTRY_SIGNATURE: 'The accreditation registry\'s signature does not verify. Do not rely on it; get it again from the agency.',
  ERR_REGISTRY_UNREADABLE: 'The accreditation registry could not be read or checked. Check the registry file or URL.',
  ERR_SEAL_CERT_INVALID: 'The sealing certificate cannot be read or does not fit the seal key. Give the PEM/PKCS#12 certificate issued for this key.',
  ERR_SEAL_KEY_INVALID: 'The seal\'s private key is not usable (unknown curve, not PKCS#8, wrong type). Convert it to PKCS#8 (`openssl pkcs8 -topk8`).',
  ERR_SEAL_OPTIONS: 'A seal option has a bad value (e.g. `contentTimestamp` without a time-stamp authority). Fix the option the message names.',
  ERR_SERVER_OPTIONS: 'A server option is missing or invalid (e.g. no store). Fix the option the message names.',
  ERR_SERVER_START_RACE: 'Another instance created the key or store while this one started. Start again to use it.',
  ERR_SHAPES_INVALID: 'A SHACL shapes file is not valid Turtle. Give the EDC shapes files unchanged.',
  ERR_SHAPES_REQUIRED: 'SHACL validation needs at least one shapes file. Pass the EDC shapes.',
  ERR_SIGNER_ALGORITHM: 'The signer\'s algorithm does not fit the suite. Use a signer (key) of the algorithm the suite signs with.',
  ERR_SIGNER_INVALID: 'The signer is not `{ id, algorithm, sign(bytes) }`. Pass a valid signer (see `signerFromKeyFile`).',
  ERR_SIGNING_TIME_INVALID: 'The signing time is not a valid date. Pass a valid `Date`.',
  ERR_STATUS_OPTIONS: 'A status option has a bad value (purposes, base URL, index). Fix the option the message names.',
  ERR_SUITE_EXISTS: 'A suite with this name is already registered. Pick another name, or pass `{ replace: true }`.',
  ERR_SUITE_INVALID: 'The object given is not a suite (`name`, `format`, `issue`, `verify`, `canVerify`). Implement the Suite interface.',
  ERR_SUITE_NOT_EMBEDDED: 'Presentations are signed with an embedded proof suite, not a JWT suite. Use e.g. `eddsa-rdfc-2022`.',
  ERR_SUITE_REGISTRY_READ_ONLY: 'The default suite registry is read-only. Create your own with `createSuiteRegistry()` and register there.',
  ERR_SUITE_UNKNOWN: 'No suite with this name is registered. Use a built-in suite or register yours; the message lists the known names.',
  ERR_SVG_INVALID: 'The file is not well-formed SVG. Give a valid SVG image.',
  ERR_TITLE_REQUIRED: 'An ELM credential needs a title. Add `title` to the MicroCredential.',
  ERR_TOO_MANY_CREDENTIALS: 'More credentials than one evaluation reads (`maxCredentials`). Evaluate fewer, or raise the limit.',
  ERR_TOO_MANY_SIGNATORIES: 'More signatories than fit on the certificate. Give at most the number the message states.',
} as const satisfies CodeTable;
/** Codes of `InvalidArgumentError`. */
export type InvalidArgumentErrorCode = keyof typeof INVALID_ARGUMENT_ERROR_CODES;

/** `ResolutionError`: A document loader or resolver refused or failed to produce a document (contexts, DID documents, keys). */
export const RESOLUTION_ERROR_CODES = {
  ERR_CONTEXT_NOT_BUNDLED: 'The credential uses a JSON-LD context that is not bundled, and no resolver may fetch it. Pass it in `extraContexts`, or allow fetching with a resolver (`--online`).',
  ERR_DID_DOCUMENT_ID_MISMATCH: 'The did:web document served is about another DID. The issuer must fix its did.json (`id` must equal the DID).',
  ERR_DID_INVALID: 'The DID is malformed or of an unsupported form. Check the issuer id / verification method.',
  ERR_DID_METHOD_UNSUPPORTED: 'The DID method is not supported (did:key and did:web are). Ask the issuer for a did:key or did:web key.',
  ERR_DOCUMENT_ID_MISMATCH: 'A fetched document is about another URL than the one it was fetched from, and is refused. The publisher must fix the document\'s `id`.',
  ERR_DOCUMENT_URL_INVALID: 'The document loader was asked for something that is not a URL string. Check the credential\'s context and key URLs.',
  ERR_RESOLVER_CONTENT_TYPE: 'The server answered with a content type that is not JSON. The publisher must serve the document as JSON.',
  ERR_RESOLVER_DNS: 'The host name cannot be resolved. Check the URL and your network/DNS.',
  ERR_RESOLVER_FETCH_FAILED: 'The document could not be fetched (network error). Check your network and retry.',
  ERR_RESOLVER_HTTP_STATUS: 'The server answered with an error status (or a redirect without Location). Check the URL; the publisher may have moved the document.',
  ERR_RESOLVER_INSECURE_URL: 'Only https URLs are fetched. Ask the publisher to serve the document over https.',
  ERR_RESOLVER_INVALID_JSON: 'The fetched document is not valid JSON. The publisher must fix it.',
  ERR_RESOLVER_NOT_ALLOWED: 'The host is not on the resolver\'s allow-list. Add it (`allow`, CLI `--allow`) if you trust it.',
  ERR_RESOLVER_OPTIONS: 'A resolver option (e.g. an allow-list entry) is invalid. Fix the option the message names.',
  ERR_RESOLVER_PRIVATE_ADDRESS: 'The host resolves to a private or local address, which is refused (SSRF guard). Allow private networks only for testing (`allowPrivateNetwork`).',
  ERR_RESOLVER_REQUIRED: 'Resolving this needs the network, and no resolver is configured. Pass a resolver (`createDocumentLoader({ resolver })`, CLI `--online`).',
  ERR_RESOLVER_TIMEOUT: 'The fetch took longer than the timeout. Retry, or raise `timeoutMs`.',
  ERR_RESOLVER_TOO_LARGE: 'The fetched document exceeds the size limit. Check the URL; raise `maxBytes` only for trusted hosts.',
  ERR_RESOLVER_TOO_MANY_REDIRECTS: 'The URL redirects too many times. The publisher must fix its redirects.',
  ERR_RESOLVER_UNSUPPORTED_URL: 'The URL is of a form that is refused (e.g. with user credentials). Use a plain https URL.',
  ERR_VERIFICATION_METHOD_NOT_FOUND: 'The issuer\'s DID or key document does not contain the key the proof names. The issuer must publish it (or the key was removed).',
} as const satisfies CodeTable;
/** Codes of `ResolutionError`. */
export type ResolutionErrorCode = keyof typeof RESOLUTION_ERROR_CODES;

/** `KeyError`: Key generation, import or export failed (signing keys and seal keys). */
export const KEY_ERROR_CODES = {
  ERR_KEY_ALG_MISMATCH: 'The key\'s type does not fit the suite/algorithm asked for. Generate a key for that suite (`microcred keys generate --suite …`).',
  ERR_KEY_ALG_UNSUPPORTED: 'The algorithm is not supported, or not by this suite (or a custom suite was given without `alg`). Use EdDSA, ES256 or RS256 as the suite allows.',
  ERR_KEY_DOMAIN_INVALID: 'The did:web domain is invalid (a scheme, a query, a local or IP host). Give a public host name, e.g. `example.edu`.',
  ERR_KEY_FILE_INVALID: 'The file is not a valid microcred key file. Regenerate it with `microcred keys generate`, or fix the member the message names.',
  ERR_KEY_IMPORT: 'The private key of the key file cannot be imported by WebCrypto. Check the key file was not edited; regenerate it if needed.',
  ERR_KEY_INVALID: 'The key material is not a private Ed25519, P-256 or RSA key. Give a private JWK (with `d`) or PEM of a supported type.',
  ERR_KEY_MISMATCH: 'The private key does not match the public key given with it. Give the matching pair.',
  ERR_KEY_NOT_DID_WEB: 'This operation needs a did:web key. Generate one with `{ did: \'web\', domain }`.',
  ERR_KEY_NOT_HTTPS: 'This operation needs a key with an https controller. Generate one with `{ controller: \'https://…\' }`.',
  ERR_KEY_OPTIONS: 'Key options are invalid or contradictory (e.g. `controller` with `did`). Fix the option the message names.',
  ERR_KEY_UNSUPPORTED: 'This key type has no form for the operation (e.g. RSA has no Multikey or did:key). Use an Ed25519 or P-256 key, or another format.',
  ERR_PKCS12_INVALID: 'The PKCS#12 input is malformed or not `{ data, password }`. Check the .p12/.pfx file and the call.',
  ERR_PKCS12_PASSWORD: 'The PKCS#12 file cannot be opened with this password. Give the right password.',
  ERR_SEAL_CERT_INVALID: 'The sealing certificate cannot be read or does not fit the seal key. Give the PEM/PKCS#12 certificate issued for this key.',
  ERR_SEAL_KEY_FILE_INVALID: 'The seal key file is invalid or inconsistent. Regenerate it (`microcred keys generate --suite jades`) or reload it from PEM/PKCS#12.',
  ERR_SEAL_KEY_GENERATION: 'Generating the test seal key or certificate failed. Retry; report it if it persists.',
  ERR_SEAL_KEY_INVALID: 'The seal\'s private key is not usable (unknown curve, not PKCS#8, wrong type). Convert it to PKCS#8 (`openssl pkcs8 -topk8`).',
  ERR_SEAL_KEY_MISMATCH: 'No certificate given holds the public key of the seal\'s private key. Give the certificate issued for this key.',
  ERR_SEAL_KEY_OPTIONS: 'The seal key options are contradictory or incomplete. Pass exactly one of `pem`, `pkcs12` or `keyFile`.',
  ERR_SEAL_KEY_PASSWORD: 'The seal\'s private key is encrypted and no (or a wrong) password was given. Pass its password.',
  ERR_SEAL_KEY_UNSUPPORTED: 'The seal key type is not supported. Use RSA (2048 bits or more) or EC P-256.',
  ERR_SEAL_SUBJECT_INVALID: 'The subject for a test seal certificate is invalid. Fix the subject fields the message names.',
} as const satisfies CodeTable;
/** Codes of `KeyError`. */
export type KeyErrorCode = keyof typeof KEY_ERROR_CODES;

/** `SigningError`: Signing or sealing failed (the signer threw, the suite cannot sign this input, the time-stamp authority failed). A failure caused by a document loader carries the `ResolutionError` code instead (e.g. `ERR_CONTEXT_NOT_BUNDLED`). */
export const SIGNING_ERROR_CODES = {
  ERR_CONTEXT_INLINE: 'The credential carries an inline JSON-LD context, which could re-map terms without changing the signature. Ask the issuer to use published context URLs.',
  ERR_CONTEXT_MISMATCH: 'The credential\'s @context was changed after its eddsa-jcs-2022 proof was made. Treat it as tampered; ask the issuer for the original.',
  ERR_CREDENTIAL_INVALID: 'The credential cannot be prepared or signed as given (missing or malformed members). Fix the member the message names.',
  ERR_JSONLD: 'JSON-LD processing of the credential failed. Check the credential\'s @context and terms; the message says where.',
  ERR_JSONLD_SAFE_MODE: 'JSON-LD safe mode refused the document (undefined terms, bad values): what is signed would differ from what is shown. Fix the member the message names.',
  ERR_PROOF_INVALID: 'The signature does not verify: the credential was changed after signing, or not signed with this key. Do not rely on it.',
  ERR_PROOF_MALFORMED: 'The proof is malformed (missing members, wrong types or context). Ask the issuer to reissue the credential.',
  ERR_SEAL_KEY_MISMATCH: 'No certificate given holds the public key of the seal\'s private key. Give the certificate issued for this key.',
  ERR_SIGNING_FAILED: 'The signer failed. Check the key or the remote signer (KMS, HSM) and retry.',
  ERR_TSA_FAILED: 'The time-stamp authority could not be reached or failed. Retry, or check the TSA URL.',
  ERR_TSA_TOKEN_INVALID: 'The time-stamp authority returned no valid token for this data. Check the TSA configuration; retry.',
} as const satisfies CodeTable;
/** Codes of `SigningError`; a signing failure caused by a loader error (an unknown context, …) carries that `ResolutionError` code. */
export type SigningErrorCode = keyof typeof SIGNING_ERROR_CODES | ResolutionErrorCode;

/** `StoreError`: The credential store failed or refused an operation. */
export const STORE_ERROR_CODES = {
  ERR_STATUS_PURPOSE_MISSING: 'The credential was issued without a status entry of this purpose, so it cannot be revoked or suspended. Reissue it with that purpose.',
  ERR_STORE_CLOSED: 'The store was closed. Open it again, or restart the service.',
  ERR_STORE_CONFLICT: 'The store gave up after repeated write conflicts. Retry; if it persists, lower concurrency.',
  ERR_STORE_DAMAGED: 'The database file is corrupt. Stop the service and restore the store from a backup.',
  ERR_STORE_DUPLICATE: 'A credential with this id was already issued. Give the credential a new id.',
  ERR_STORE_EMPTY: 'The database file holds no microcred store. Restore it from a backup, or open with `init: true` (CLI `--init`) to create one.',
  ERR_STORE_FULL: 'The disk is full; nothing was changed. Free space and retry.',
  ERR_STORE_INVALID: 'A store operation got a bad argument (e.g. an unknown status). Fix the argument the message names.',
  ERR_STORE_NOT_FOUND: 'No credential with this id is recorded. Check the id.',
  ERR_STORE_UNAVAILABLE: 'The database cannot be opened or does not answer. Check the path or connection string, permissions and that the database is up.',
} as const satisfies CodeTable;
/** Codes of `StoreError`. */
export type StoreErrorCode = keyof typeof STORE_ERROR_CODES;

/** `StatusError`: Status lists: a status could not be allocated, changed or published. */
export const STATUS_ERROR_CODES = {
  ERR_STATUS_LIST_UNKNOWN: 'No such status list. Check the list id or URL.',
  ERR_STATUS_OPTIONS: 'A status option has a bad value (purposes, base URL, index). Fix the option the message names.',
  ERR_STATUS_UNSUPPORTED: 'Bitstring status entries need a VC 2.0 credential. Issue with `vcVersion: \'2.0\'`, or without status.',
} as const satisfies CodeTable;
/** Codes of `StatusError`. */
export type StatusErrorCode = keyof typeof STATUS_ERROR_CODES;

/** `ExportError`: An export (registry records, catalogue, statistics) could not be produced or pushed. */
export const EXPORT_ERROR_CODES = {
  ERR_EXPORT_OPTIONS: 'An export option has a bad value. Fix the option the message names.',
  ERR_EXPORT_TOO_LARGE: 'The export exceeds its stated bound (credentials, courses or bytes). Raise the bound (e.g. `maxCourses`) or export in parts.',
  ERR_REGISTRY_PUSH: 'The registry refused the push or did not answer properly. Check the registry URL, credentials and the answer quoted in the message; retry.',
} as const satisfies CodeTable;
/** Codes of `ExportError`. */
export type ExportErrorCode = keyof typeof EXPORT_ERROR_CODES;

/** `MicroCredentialInvalidError`: Thrown by `createMicroCredential` when the input breaks the profile; `errors` lists every problem. */
export const MICROCREDENTIAL_INVALID_ERROR_CODES = {
  ERR_MICROCREDENTIAL_INVALID: 'The micro-credential breaks its profile; nothing was signed. Fix every error listed in `errors` (each has a JSON Pointer) and issue again.',
} as const satisfies CodeTable;
/** Codes of `MicroCredentialInvalidError`. */
export type MicroCredentialInvalidErrorCode = keyof typeof MICROCREDENTIAL_INVALID_ERROR_CODES;

/** `RegistryEntriesInvalidError`: Thrown by `createRegistry` when the registry entries are invalid; `errors` lists every problem. */
export const REGISTRY_ENTRIES_INVALID_ERROR_CODES = {
  ERR_REGISTRY_ENTRIES_INVALID: 'The registry entries are invalid; nothing was signed. Fix every problem listed in `errors` (pointer or CSV row).',
} as const satisfies CodeTable;
/** Codes of `RegistryEntriesInvalidError`. */
export type RegistryEntriesInvalidErrorCode = keyof typeof REGISTRY_ENTRIES_INVALID_ERROR_CODES;

/** `EncodedListError`: Thrown by `decodeBitstring` when a status list's `encodedList` cannot be decoded. */
export const ENCODED_LIST_ERROR_CODES = {
  ERR_STATUS_LIST_MALFORMED: 'The status list\'s `encodedList` is not base64url-encoded GZIP. The issuer must fix its status list.',
  ERR_STATUS_LIST_TOO_LARGE: 'The status list is larger than allowed (or inflates beyond the limit). Refused as a possible denial-of-service; raise the limits only for trusted issuers.',
} as const satisfies CodeTable;
/** Codes of `EncodedListError`. */
export type EncodedListErrorCode = keyof typeof ENCODED_LIST_ERROR_CODES;

/** `SignerUnavailableError`: Service only: the signer failed (KMS down, …); answered with HTTP 503. */
export const SIGNER_UNAVAILABLE_ERROR_CODES = {
  ERR_SIGNER_UNAVAILABLE: 'The signing key is unavailable (KMS or HSM down); nothing was issued. Retry later; the operator should check the signer.',
} as const satisfies CodeTable;
/** Codes of `SignerUnavailableError`. */
export type SignerUnavailableErrorCode = keyof typeof SIGNER_UNAVAILABLE_ERROR_CODES;

/** `MissingDependencyError`: An optional peer dependency a feature needs is not installed. */
export const MISSING_DEPENDENCY_ERROR_CODES = {
  ERR_MISSING_DEPENDENCY: 'A feature needs an optional package that is not installed (better-sqlite3, pg, fastify, pdfkit, qrcode, dejavu-fonts-ttf). Run the install command the message gives, or use `@microcred/cli`, which has them all.',
} as const satisfies CodeTable;
/** Codes of `MissingDependencyError`. */
export type MissingDependencyErrorCode = keyof typeof MISSING_DEPENDENCY_ERROR_CODES;

/** `TimestampError`: Internal to seal verification: why an RFC 3161 time-stamp token was refused; reported in the `seal` check. */
export const TIMESTAMP_ERROR_CODES = {
  ERR_SEAL_TOO_MANY_CERTIFICATES: 'The seal carries more certificates than the verifier accepts. Ask for a seal with a normal chain.',
  ERR_TST_CMS: 'The time-stamp token is not a well-formed CMS SignedData (missing attributes). The time-stamp proves nothing.',
  ERR_TST_MALFORMED: 'The time-stamp token cannot be decoded. The time-stamp proves nothing.',
} as const satisfies CodeTable;
/** Codes of `TimestampError`. */
export type TimestampErrorCode = keyof typeof TIMESTAMP_ERROR_CODES;

/** Report codes: `proof` check and suite results (`ProofVerification.code`): signatures, keys, proof purpose, JSON-LD safety, VC-JWT. */
export const PROOF_CHECK_CODES = {
  ERR_CHALLENGE_MISMATCH: 'The presentation\'s proof answers another challenge than the one you asked: it may be a replay. Ask the holder to present again with your challenge.',
  ERR_CONTEXT_INLINE: 'The credential carries an inline JSON-LD context, which could re-map terms without changing the signature. Ask the issuer to use published context URLs.',
  ERR_CONTEXT_MISMATCH: 'The credential\'s @context was changed after its eddsa-jcs-2022 proof was made. Treat it as tampered; ask the issuer for the original.',
  ERR_CREDENTIAL_MALFORMED: 'The input is not a credential object this suite can read. Check that you pass the credential (JSON object or JWT), not something else.',
  ERR_CREDENTIAL_TOO_LARGE: 'The credential has more values than an RDF suite will canonicalise (a denial-of-service guard). Sign very large documents with `eddsa-jcs-2022` or `vc-jwt`.',
  ERR_DOMAIN_MISMATCH: 'The presentation\'s proof is for another domain than yours. Ask the holder to present to your domain.',
  ERR_ISSUER_MISMATCH: 'No proof was made by the issuer the credential names. Treat it as not issued by that issuer.',
  ERR_JSONLD: 'JSON-LD processing of the credential failed. Check the credential\'s @context and terms; the message says where.',
  ERR_JSONLD_EMPTY_ARRAY: 'An empty array would be dropped by JSON-LD, so an RDF proof would not sign it. Leave the member out.',
  ERR_JSONLD_KEYWORD: 'The proof carries a JSON-LD keyword its signature does not cover. Treat the proof as suspect; ask the issuer.',
  ERR_JSONLD_NULL: 'A null value would be dropped by JSON-LD, so an RDF proof would not sign it. Leave the member out.',
  ERR_JSONLD_SAFE_MODE: 'JSON-LD safe mode refused the document (undefined terms, bad values): what is signed would differ from what is shown. Fix the member the message names.',
  ERR_JSONLD_TERM: 'A member name is not a term of the credential\'s contexts (an IRI or an undefined term). Use the term the context defines.',
  ERR_JWT_ALG_KEY_MISMATCH: 'The JWT\'s algorithm does not fit the issuer\'s key type. The JWT is invalid; ask the issuer.',
  ERR_JWT_ALG_NOT_ALLOWED: 'The JWT uses an algorithm that is not allowed (RS256, ES256 and EdDSA are). Ask the issuer to sign with one of them.',
  ERR_JWT_CLAIM_MISMATCH: 'A JWT claim (e.g. `iss`) contradicts the credential inside. Treat it as invalid; ask the issuer.',
  ERR_JWT_CLAIM_MISSING: 'A required JWT claim (e.g. `iss`) is missing. Ask the issuer to reissue the JWT.',
  ERR_JWT_HEADER: 'The JWT header is malformed (e.g. a `jwk` that is not an object). Ask the issuer to reissue the JWT.',
  ERR_JWT_INVALID: 'The JWT could not be verified (malformed or rejected by the JOSE library). Check you gave the JWT unchanged.',
  ERR_JWT_KEY_NOT_BOUND: 'The JWT carries its own key (`jwk` header) that nothing binds to the issuer. It proves integrity, not who signed; trust it only if you know that key.',
  ERR_JWT_MALFORMED: 'Not a compact JWS (three base64url segments). Check you gave the JWT unchanged.',
  ERR_KEY_REVOKED: 'The issuer has revoked the key that signed. Do not rely on the credential; ask the issuer to reissue it.',
  ERR_NO_PROOF: 'The document is not signed: nothing shows who issued it or that it is unchanged. Ask the issuer for the signed credential.',
  ERR_PROOF_CHAIN: 'A proof chain (`previousProof`) is broken: a proof it names is missing or does not verify. Refuse the proof set; ask the issuer.',
  ERR_PROOF_EXPIRED: 'The proof has expired (`proof.expires`). Ask for a freshly signed credential or presentation.',
  ERR_PROOF_INVALID: 'The signature does not verify: the credential was changed after signing, or not signed with this key. Do not rely on it.',
  ERR_PROOF_MALFORMED: 'The proof is malformed (missing members, wrong types or context). Ask the issuer to reissue the credential.',
  ERR_PROOF_MISSING: 'The credential has no proof for this suite to check. Ask the issuer for the signed credential.',
  ERR_PROOF_NOT_FOUND: 'No proof of this suite (or with the asked id) is present. Check which suite signed the credential.',
  ERR_PROOF_PURPOSE: 'The proof was made for another purpose (e.g. authentication instead of assertionMethod), or the key is not allowed for it. Refuse it.',
  ERR_PROOF_SUITE_UNSUPPORTED: 'The credential is signed with a suite this verifier does not support. Ask for a supported suite, or register the suite in `suites`.',
  ERR_SIGNATURE_ENCODING: 'The signature (or a JWT segment) is not in its canonical encoding. Treat it as malformed; ask the issuer.',
  ERR_SIGNATURE_INVALID: 'The signature does not verify: the credential was changed after signing, or not signed with this key. Do not rely on it.',
  ERR_SIGNING_FAILED: 'The signer failed. Check the key or the remote signer (KMS, HSM) and retry.',
  ERR_VERIFICATION_METHOD: 'The key the proof names resolved to a different key. Treat the proof as invalid; the issuer must fix its key document.',
  ERR_VERIFICATION_METHOD_MALFORMED: 'The proof names its key (verification method) in a malformed way. Ask the issuer to reissue the credential.',
  ERR_VERIFICATION_METHOD_UNRESOLVABLE: 'The key the proof names cannot be resolved. Verify online, or check the issuer publishes did:web/https keys; did:key always resolves.',
} as const satisfies CodeTable;
/** Codes of Report codes. */
export type ProofCheckCode = keyof typeof PROOF_CHECK_CODES;

/** Report codes: `status` check: Bitstring Status List entries and lists, revocation and suspension. */
export const STATUS_CHECK_CODES = {
  ERR_STATUS_CHECK_FAILED: 'The status could not be checked because of an unexpected error. See the message; retry.',
  ERR_STATUS_ENTRY_INVALID: 'The credential\'s status entry is malformed (no purpose, bad index or URL). Ask the issuer to reissue it.',
  ERR_STATUS_INDEX_OUT_OF_RANGE: 'The status entry points beyond the end of the status list. Ask the issuer; the entry or list is wrong.',
  ERR_STATUS_LIST_EXPIRED: 'The status list has expired. Fetch a fresh one from the issuer (retry online).',
  ERR_STATUS_LIST_ISSUER_MISMATCH: 'The status list is issued by someone other than the credential\'s issuer, so it says nothing about it. Ask the issuer.',
  ERR_STATUS_LIST_MALFORMED: 'The status list\'s `encodedList` is not base64url-encoded GZIP. The issuer must fix its status list.',
  ERR_STATUS_LIST_MISMATCH: 'The status list fetched says it is another list. The issuer must fix its status list URL or id.',
  ERR_STATUS_LIST_NOT_YET_VALID: 'The status list is not valid yet. Check your clock; otherwise ask the issuer.',
  ERR_STATUS_LIST_STALE: 'The status list states no issue date, so its age cannot be checked against `maxAgeSeconds`. Drop `maxAgeSeconds`, or ask the issuer to date its lists.',
  ERR_STATUS_LIST_TOO_SHORT: 'The status list has fewer entries than the minimum (131,072) that protects holders\' privacy. The issuer must publish a larger list.',
  ERR_STATUS_LIST_UNAVAILABLE: 'The status (revocation) list could not be fetched or is not a URL. Retry later; with `requireStatus` this fails the check.',
  ERR_STATUS_LIST_UNVERIFIED: 'The status list\'s proof does not verify (or is of an unsupported suite). Do not trust its statuses; ask the issuer.',
  ERR_STATUS_NOT_CHECKED: 'Revocation was not checked (offline, or the format has no status). Verify online (`online: true`, CLI `--online`) to check it.',
  ERR_STATUS_OPTIONS: 'A status option has a bad value (purposes, base URL, index). Fix the option the message names.',
  ERR_STATUS_PURPOSE_MISMATCH: 'The status list is for another purpose than the credential\'s entry. The issuer must fix the entry or list.',
  ERR_STATUS_REVOKED: 'The issuer has revoked this credential. Do not rely on it.',
  ERR_STATUS_SUSPENDED: 'The issuer has suspended this credential for now. Do not rely on it until the issuer lifts the suspension.',
  WARN_STATUS_LIST_NO_EXPIRY: 'The status list states no expiry, so its freshness cannot be told. The issuer should set `validUntil` on its lists.',
  WARN_STATUS_LIST_UNAVAILABLE: 'The status list could not be fetched, so revocation is unknown. Retry later, or ask the issuer.',
  WARN_STATUS_NOT_CHECKED: 'The status (revocation) was not checked (offline). Verify online (`online: true`, CLI `--online`) to check it.',
  WARN_STATUS_UNSUPPORTED: 'The credential has a status entry of a purpose or type this verifier does not check. The status is unknown; ask the issuer.',
} as const satisfies CodeTable;
/** Codes of Report codes. */
export type StatusCheckCode = keyof typeof STATUS_CHECK_CODES;

/** Report codes: `seal` check of a European Digital Credential: JAdES structure, certificates, time-stamps, long-term validity. */
export const SEAL_CHECK_CODES = {
  ERR_BAD_OPTION: 'An option of the seal verifier has a bad value (e.g. a negative `clockSkewSeconds`). Fix the option.',
  ERR_CERT_CRITICAL_EXTENSION: 'A certificate of the seal carries a critical extension this verifier does not understand, so the path is refused. Use a certificate from a standard (eIDAS) CA.',
  ERR_CERT_EXPIRED: 'The sealing certificate had expired at the time checked. Ask the issuer to re-seal with a valid certificate, or add a time-stamp proving when it was sealed.',
  ERR_CERT_KEY_USAGE: 'A certificate\'s key usage does not allow what it is used for (signing certificates or seals). Use a certificate with the right key usage.',
  ERR_CERT_NAME_CONSTRAINTS: 'A CA certificate carries name constraints, which this verifier does not implement, so the path is refused. Use a trust anchor closer to the sealing certificate.',
  ERR_CERT_NOT_CA: 'A certificate that issues others is not a CA certificate. The chain is broken: ask the issuer for the correct intermediate certificates.',
  ERR_CERT_NOT_VALID_AT_SIGNING_TIME: 'The sealing certificate was not valid at the signing time the seal claims. Ask the issuer to re-seal it.',
  ERR_CERT_NOT_YET_VALID: 'The sealing certificate is not yet valid at the time checked. Check your clock; otherwise ask the issuer.',
  ERR_CERT_PATH_LENGTH: 'The certificate chain is longer than a CA\'s path length constraint allows. The chain is invalid: ask the issuer.',
  ERR_CERT_REVOKED: 'The sealing certificate has been revoked (per the CRL). Do not rely on the seal; ask the issuer to re-seal.',
  ERR_CERT_UNTRUSTED: 'The sealing certificate does not chain to a trust anchor you configured. Add the issuer\'s CA (or the EU trusted list) to `trust.certificates` if you trust it.',
  ERR_CHAIN_CERT_EXPIRED: 'An issuing (intermediate) certificate of the seal was not valid at the time checked. Ask the issuer to re-seal with a current chain.',
  ERR_CHAIN_CERT_REVOKED: 'An issuing (intermediate) certificate of the seal has been revoked. Do not rely on the seal.',
  ERR_JADES_ALG_KEY_MISMATCH: 'The seal\'s algorithm does not fit the certificate\'s key. The seal is invalid; ask the issuer to re-seal.',
  ERR_JADES_ALG_NONE: 'The seal is an unsecured JWS (alg `none`). It proves nothing; refuse it.',
  ERR_JADES_ALG_NOT_ALLOWED: 'The seal uses a signature algorithm that is not allowed (`none`, HMAC, unknown). Ask the issuer to seal with an RSA (RS256, PS256, …) or ECDSA (ES256, …) algorithm.',
  ERR_JADES_B64: 'The seal does not use an unencoded payload (`b64: false`), as EDC seals do. Ask the issuer to seal with the EDC profile.',
  ERR_JADES_CRIT: 'The seal\'s `crit` header is malformed. The seal is invalid; ask the issuer to re-seal.',
  ERR_JADES_CRIT_UNKNOWN: 'The seal marks a header parameter critical that this verifier does not understand, so it must be refused. Ask the issuer which JAdES options it used.',
  ERR_JADES_DETACHED: 'The seal has a detached payload; EDC seals envelop the credential. Ask for the enveloped sealed credential.',
  ERR_JADES_ETSIU_MALFORMED: 'An unprotected etsiU component of the seal is malformed. The seal is invalid; ask the issuer.',
  ERR_JADES_ETSIU_UNKNOWN: 'The seal carries an unknown etsiU component. Ask the issuer which JAdES profile it used.',
  ERR_JADES_ETSIU_UNSUPPORTED: 'The seal\'s etsiU components are not base64url-encoded, which is not supported. Ask the issuer for a JAdES seal with base64url components.',
  ERR_JADES_HEADER: 'The seal carries an unprotected header parameter other than etsiU. The seal is invalid; ask the issuer.',
  ERR_JADES_KID_MISMATCH: 'The seal\'s `kid` does not identify its sealing certificate. The seal is inconsistent; ask the issuer to re-seal.',
  ERR_JADES_MALFORMED: 'The sealed document is not a well-formed JAdES JWS. Check you gave the sealed file unchanged.',
  ERR_JADES_MULTIPLE_SIGNATURES: 'The document carries several signatures, which is not supported. Ask for a credential with one seal.',
  ERR_JADES_NO_SIGNATURE: 'The JWS has no signature. It is not sealed; ask the issuer for the sealed credential.',
  ERR_JADES_PAYLOAD: 'The sealed payload is not a JSON object. The file is not a sealed EDC.',
  ERR_JADES_SIGNATURE_INVALID: 'The seal\'s signature does not verify: the credential was changed after sealing, or the seal is forged. Do not rely on it.',
  ERR_JADES_SIGT: 'The seal\'s claimed signing time (`sigT`) is missing or malformed. The seal is invalid; ask the issuer.',
  ERR_JADES_SIGT_FUTURE: 'The seal claims a signing time after the verification time. Check your clock; otherwise the seal is suspect.',
  ERR_JADES_X5C: 'The seal\'s certificate chain (`x5c`) is missing, empty or too long. Ask the issuer to re-seal with its certificate chain.',
  ERR_JADES_X5T_MISMATCH: 'The seal\'s certificate digest (`x5t#S256`) does not match its certificate. The seal is inconsistent; ask the issuer.',
  ERR_LTV_NO_TIMESTAMP: 'The seal has no verified time-stamp proving it was made while the certificate was valid. Ask the issuer for a baseline-T/LT seal.',
  ERR_LTV_TIMESTAMP_TOO_LATE: 'The seal\'s time-stamp is later than the certificate\'s validity. It cannot prove the seal was made in time; ask the issuer.',
  ERR_LTV_TSA_NOT_VALID: 'The time-stamp authority\'s certificate was not valid at the time-stamp. The time-stamp proves nothing; ask the issuer.',
  ERR_LTV_TSA_UNTRUSTED: 'No trusted time-stamp authority: configure trust anchors (`trust.certificates`) that include the TSA\'s CA.',
  ERR_SEAL_BUDGET_EXCEEDED: 'Verifying the seal would exceed the work budget (certificates, CRLs, signatures): it is refused as a possible denial-of-service. Ask for a seal with a normal chain.',
  ERR_SEAL_TOO_MANY_CERTIFICATES: 'The seal carries more certificates than the verifier accepts. Ask for a seal with a normal chain.',
  ERR_TRUST_ANCHOR_INVALID: 'A trust anchor is not a PEM certificate. Give trust anchors as PEM strings.',
  ERR_TST_CERT: 'The time-stamp token is signed by a certificate without the timeStamping purpose. The time-stamp proves nothing.',
  ERR_TST_CMS: 'The time-stamp token is not a well-formed CMS SignedData (missing attributes). The time-stamp proves nothing.',
  ERR_TST_FUTURE: 'A time-stamp is later than the verification time. Check your clock; otherwise the seal is suspect.',
  ERR_TST_IMPRINT: 'The time-stamp token does not time-stamp this data. The seal was changed or the token belongs elsewhere.',
  ERR_TST_INVALID: 'A time-stamp of the seal does not verify. See the message; the time it claims cannot be relied on.',
  ERR_TST_MALFORMED: 'The time-stamp token cannot be decoded. The time-stamp proves nothing.',
  ERR_TST_ORDER: 'The seal\'s time-stamps are out of order (e.g. a signature time-stamp after the archive time-stamp). The seal is suspect.',
  ERR_TST_SIGNATURE: 'The time-stamp token\'s signature does not verify. The time-stamp proves nothing.',
  ERR_TST_SIGNER_UNKNOWN: 'The time-stamp token\'s signing certificate is not available. The time-stamp cannot be checked.',
  WARN_JADES_COMPONENT_NOT_EVALUATED: 'The seal carries an unsigned component that this verifier does not evaluate. Usually harmless; check it yourself if it matters.',
  WARN_JADES_NO_CERT_DIGEST: 'The seal\'s protected header has no certificate digest (`x5t#S256`). The seal still verifies; the issuer should add it.',
  WARN_NO_TRUST_ANCHORS: 'No trust anchors are configured, so the sealing certificate was not checked against a trusted CA. Configure `trust.certificates` (e.g. the EU trusted list).',
  WARN_SELF_SIGNED: 'The sealing certificate is self-signed (a test seal?). Do not rely on it for real credentials.',
} as const satisfies CodeTable;
/** Codes of Report codes. */
export type SealCheckCode = keyof typeof SEAL_CHECK_CODES;

/** Report codes: Open Badges 2.0 assertions: hosted and signed verification, recipient. */
export const OB2_CHECK_CODES = {
  ERR_OB2_BADGE_MISMATCH: 'The BadgeClass fetched from the badge URL is about another URL. The issuer must fix its hosted BadgeClass.',
  ERR_OB2_HOSTED_MISMATCH: 'The hosted assertion fetched from its URL is about another URL. The issuer must fix its hosting.',
  ERR_OB2_HOSTED_ORIGIN: 'The hosted assertion\'s URL is not on the issuer\'s origin, so the issuer does not vouch for it. Refuse it.',
  ERR_OB2_HOSTED_UNAVAILABLE: 'The hosted assertion could not be fetched from its URL. Try again later; an assertion that is no longer hosted may be withdrawn.',
  ERR_OB2_ISSUER_MISMATCH: 'The issuer profile fetched from its URL is about another URL. The issuer must fix its hosted profile.',
  ERR_OB2_KEY_INVALID: 'The issuer\'s key has no usable `publicKeyPem`. The issuer must publish a valid key.',
  ERR_OB2_KEY_NOT_FOUND: 'Neither the assertion nor the issuer profile names a key. The signature cannot be checked; ask the issuer.',
  ERR_OB2_KEY_NOT_ISSUERS: 'The signing key is not among the keys the issuer profile lists, so it does not speak for the issuer. Refuse the badge.',
  ERR_OB2_KEY_UNAVAILABLE: 'The issuer\'s key could not be fetched. Try again later.',
  ERR_OB2_MALFORMED: 'The Open Badges 2.0 assertion is malformed. Check you gave the assertion (JSON or JWS) unchanged.',
  ERR_OB2_RECIPIENT_HASH_UNSUPPORTED: 'The recipient identity is hashed with an unsupported algorithm (only sha256 is accepted). The recipient cannot be checked.',
  ERR_OB2_RECIPIENT_MISMATCH: 'The badge was awarded to someone else than the recipient you gave. Ask the holder for a badge of their own.',
  ERR_OB2_RECIPIENT_MISSING: 'The assertion names no recipient to compare with. The badge cannot be tied to the holder.',
  ERR_OB2_SIGNATURE_INVALID: 'The signature does not verify with the issuer\'s key: the assertion was changed or not signed by this issuer. Refuse it.',
  ERR_OB2_SIGNATURE_MISSING: 'The assertion says it is signed but came without its JWS. Verify the signature string or the baked image instead.',
  ERR_OB2_VERIFICATION_TYPE: 'The assertion states neither hosted nor signed verification. It cannot be verified; ask the issuer.',
  ERR_REVOKED: 'The issuer has revoked this badge. Do not rely on it.',
  WARN_OB2_BADGE_UNAVAILABLE: 'The BadgeClass could not be fetched. Retry online later; the badge details are unchecked.',
  WARN_OB2_HOSTED_NOT_CHECKED: 'A hosted assertion is authentic only as its issuer publishes it, and verification was offline. Verify online to check it.',
  WARN_OB2_HOSTED_UNAVAILABLE: 'The hosted assertion could not be fetched, so it was not checked. Retry later.',
  WARN_OB2_ISSUER_UNAVAILABLE: 'The issuer profile could not be fetched. Retry online later; the issuer is unchecked.',
  WARN_OB2_KEY_UNAVAILABLE: 'The issuer\'s key could not be fetched, so the signature was not checked. Retry online later.',
  WARN_OB2_SIGNED_NOT_CHECKED: 'The signature can be checked only with the issuer\'s published key, and verification was offline. Verify online.',
} as const satisfies CodeTable;
/** Codes of Report codes. */
export type Ob2CheckCode = keyof typeof OB2_CHECK_CODES;

/** Report codes: `issuer-trust` against an accreditation registry, and verifying a registry. */
export const REGISTRY_CHECK_CODES = {
  ERR_ACCREDITATION_EXPIRED: 'The provider\'s accreditation had ended before the credential\'s date of issue. Treat the credential as issued without accreditation; ask the provider or the agency.',
  ERR_ACCREDITATION_NONE: 'The registry lists the provider but no decision granting it an accreditation. Ask the quality-assurance agency to record the decision, or treat the provider as unaccredited.',
  ERR_ACCREDITATION_NOT_YET_VALID: 'The provider\'s accreditation started after the credential\'s date of issue. Check the date of issue with the provider; the credential was issued before accreditation.',
  ERR_ACCREDITATION_REFUSED: 'The agency refused the provider\'s accreditation for the date of issue. Do not count the credential as accredited.',
  ERR_ACCREDITATION_SCOPE: 'The accreditation does not cover this credential (level, field or kind differ). Check the scope in the registry; ask the provider which accreditation applies.',
  ERR_ACCREDITATION_WITHDRAWN: 'The agency withdrew the accreditation before the date of issue. Do not count the credential as accredited.',
  ERR_ISSUE_DATE_UNKNOWN: 'The credential states no date of issue, so accreditation at that date cannot be checked. Ask the issuer to state the date of issue.',
  ERR_REGISTRY_ANCHOR_MISMATCH: 'The accreditation registry was issued by an agency you do not accept as anchor, so it vouches for nothing. Add the agency to `trust.anchors` if you accept it.',
  ERR_REGISTRY_DUPLICATE_PROVIDER: 'The registry lists a provider twice, so which decision applies is unclear. The agency must fix its registry.',
  ERR_REGISTRY_EXPIRED: 'The accreditation registry is not valid at the time of verification. Get its current edition from the agency.',
  ERR_REGISTRY_INVALID: 'The accreditation registry has invalid entries. The agency must fix its registry.',
  ERR_REGISTRY_NOT_REGISTRY: 'The document is not an accreditation registry credential. Give a registry made with `microcred registry create`.',
  ERR_REGISTRY_NO_ANCHOR: 'No registry anchor is configured, so no registry can be trusted. Name the agency you accept (`trust.anchors`, CLI `--registry-anchor`).',
  ERR_REGISTRY_SIGNATURE: 'The accreditation registry\'s signature does not verify. Do not rely on it; get it again from the agency.',
  ERR_REGISTRY_UNREADABLE: 'The accreditation registry could not be read or checked. Check the registry file or URL.',
} as const satisfies CodeTable;
/** Codes of Report codes. */
export type RegistryCheckCode = keyof typeof REGISTRY_CHECK_CODES;

/** Report codes: Other checks of a verification report: `parse`, `format`, `validity-period`, `schema`, `profile`, `issuer-trust`, `holder`, `credentials`. */
export const REPORT_CHECK_CODES = {
  ERR_BAD_DATE: 'A date in the credential (validFrom, validUntil, …) is not an ISO 8601 date-time. Ask the issuer to reissue it with valid dates.',
  ERR_BAD_TIME: 'A time given as an option (`at`, `now`, a date flag) is not a valid date. Pass a `Date` or an ISO 8601 string.',
  ERR_CREDENTIAL_NOT_VERIFIED: 'One or more credentials in the presentation do not verify. See their own reports; ask the holder for valid credentials.',
  ERR_DUPLICATE_KEY: 'The JSON repeats a member name, which parsers read differently; it is refused. Ask the issuer to reissue it without duplicate members.',
  ERR_EXPIRED: 'The credential\'s validity has ended (validUntil/expirationDate). Ask the holder for a current credential.',
  ERR_EXTENSION_SHAPE: 'An extension member of the credential does not have the expected shape. Ask the issuer to fix the extension.',
  ERR_FORMAT: 'The document is not a well-formed European Digital Credential. Ask the issuer to reissue it from a conforming tool.',
  ERR_HOLDER_MISMATCH: 'The presentation was signed by someone other than the holder it names. Do not accept it; ask the holder to sign with their own key.',
  ERR_INPUT_CYCLE: 'The input object contains a cycle, so it is not JSON. Pass plain JSON data.',
  ERR_INPUT_FORBIDDEN_KEY: 'The input has a member named `__proto__`, `constructor` or `prototype`, refused as prototype pollution. Remove it.',
  ERR_INPUT_INVALID: 'The request body does not have the expected shape. Send the body the API documents (e.g. `{"credential": …, "options": …}`).',
  ERR_INPUT_NOT_JSON: 'The input is neither JSON nor a compact JWT (nor a baked image). Check that you gave the credential file.',
  ERR_INPUT_NOT_OBJECT: 'The input is JSON but not an object (an array, a string, a number). Give the credential object.',
  ERR_INPUT_TOO_DEEP: 'The input nests deeper than the depth limit (`maxDepth`). Check you gave the right file; raise the limit only for trusted input.',
  ERR_INPUT_TOO_LARGE: 'The input exceeds the size limit. Check you gave the right file; raise the limit only for trusted input.',
  ERR_INTERNAL: 'An unexpected error stopped the operation. Report it with the message; the input may be unusual.',
  ERR_ISSUER_DISTRUSTED: 'The issuer is on your distrust list. Do not rely on its credentials.',
  ERR_NOT_YET_VALID: 'The credential is not valid yet (validFrom in the future). Check your clock; otherwise do not rely on it before then.',
  ERR_NO_CHALLENGE: 'The presentation was verified without a challenge, so it could be a replay. Ask the holder to present with your challenge.',
  ERR_NO_ISSUER: 'The credential names no issuer. It cannot be attributed; refuse it.',
  ERR_NO_SEAL: 'The European Digital Credential is not sealed. Ask the issuer for the sealed credential.',
  ERR_NO_VALID_FROM: 'The credential states no `validFrom` (or `issuanceDate`), which is required. Ask the issuer to reissue it.',
  ERR_PRESENTATION_EMPTY: 'The presentation carries no credentials. Ask the holder to include them, or allow empty presentations (`allowEmpty`).',
  ERR_PRESENTATION_FORMAT: 'JWT presentations are not supported. Ask for the presentation as JSON-LD.',
  ERR_PRESENTATION_MALFORMED: 'The presentation is malformed (not a VerifiablePresentation). Check you gave the presentation unchanged.',
  ERR_PRESENTATION_NOT_CREDENTIAL: 'A presentation was given where a single credential is expected. Use `verifyPresentation` (CLI: `verify --presentation`).',
  ERR_PRESENTATION_UNSIGNED: 'The presentation is not signed, so nothing binds it to its holder. Ask for a signed presentation, or allow unsigned ones (`allowUnsigned`).',
  ERR_PROFILE: 'The credential does not meet the profile (missing or out-of-range fields). See the messages; ask the issuer to reissue it.',
  ERR_SCHEMA: 'The credential does not match the Open Badges 3.0 JSON Schema. Ask the issuer to reissue it from a conforming tool.',
  ERR_SEAL_INVALID: 'The seal does not verify. See the check\'s message; do not rely on the credential.',
  ERR_SHACL: 'The EDC does not conform to the EDC SHACL shapes. See the violations; ask the issuer to reissue it.',
  ERR_UNREADABLE: 'The credential\'s content could not be read as a micro-credential. See the message; ask the issuer.',
  WARN_EIDAS_ID_MISMATCH: 'The issuer\'s eIDAS identifier differs from the sealing certificate\'s. Check with the issuer that the seal is theirs.',
  WARN_ISSUER_KEY_SELF_ASSERTED: 'The credential was signed with a key it carries itself, which nothing binds to the issuer. It proves integrity, not who signed; confirm with the issuer.',
  WARN_ISSUER_NOT_CHECKED: 'The issuer was not checked against a trust list (none configured). Configure `trust` (CLI `--trust`) to know who issued it.',
  WARN_ISSUER_NOT_IN_REGISTRY: 'The issuer is not in the accreditation registry you configured. Nothing shows the provider was accredited; ask the provider or the agency.',
  WARN_ISSUER_UNKNOWN: 'The issuer is not on your trust list: nothing vouches for who it says it is. Add it to the trust list if you know it.',
  WARN_PRESENTATION_EMPTY: 'The presentation carries no credentials (allowed by `allowEmpty`); it proves at most who the holder is.',
  WARN_PRESENTATION_UNSIGNED: 'The presentation is not signed (allowed by `allowUnsigned`); its credentials are checked on their own.',
  WARN_PROFILE: 'The credential meets its profile with warnings. See them; usually recommended fields are missing.',
  WARN_SCHEMA_FORM: 'The credential matches the schema in its JSON-LD meaning, but its plain JSON form differs. Strict JSON consumers may reject it; the issuer should fix the form.',
  WARN_SEAL_NOT_ANCHORED: 'The issuer is trusted, but the seal\'s certificate does not chain to a trust anchor you configured. Add the CA to `trust.certificates` to check the seal.',
  WARN_SHACL: 'The EDC conforms to the SHACL shapes with warnings. See them; usually recommended fields are missing.',
  WARN_SHACL_NOT_RUN: 'The SHACL shapes were not run. Pass both `shapes` and `shaclContexts` to run them.',
} as const satisfies CodeTable;
/** Codes of Report codes. */
export type ReportCheckCode = keyof typeof REPORT_CHECK_CODES;

/** Codes: Pathway evaluation: why a credential does or does not count towards a pathway member (`reasons[].code`), and aggregate checks. */
export const PATHWAY_REASON_CODES = {
  ERR_DUPLICATE_CREDENTIAL: 'The same credential was given more than once; it counts once. Nothing to do unless you expected two different credentials.',
  ERR_FIELD_OF_STUDY: 'The credential states no ISCED-F field of study the pathway accepts. Check the credential\'s field; the institution may decide on the exception.',
  ERR_GRADE: 'The credential\'s grade is marked as not passed. It does not count towards the pathway.',
  ERR_ISSUER_NOT_RECOGNISED: 'The pathway accepts credentials only from recognised issuers, and this issuer is not one. Add the issuer to the pathway\'s recognised issuers, or decide case by case.',
  ERR_LEVEL: 'The credential states no EQF level, which the pathway requires. The institution may decide on the exception.',
  ERR_MEMBER_FILLED: 'The pathway member is already filled by other credentials stating as many ECTS. This one is not needed for it.',
  ERR_NOT_IN_PATHWAY: 'The credential is for none of the pathway\'s achievements. It does not count towards this pathway.',
  ERR_NOT_SUPERVISED: 'The pathway needs a supervised, identity-checked assessment, and the credential does not state one. The institution may decide on the exception.',
  ERR_NOT_VERIFIED: 'The credential did not verify, so it does not count. See its verification report.',
  ERR_OTHER_LEARNER: 'The credential was awarded to another learner. It does not count for this learner.',
  ERR_PART_DIGEST_MISMATCH: 'A part was given with another digest than the award links: it is not the credential the award was made on. Ask for the original part.',
  ERR_TOO_FEW_CREDITS: 'The credential states fewer ECTS credits than the pathway member requires. It does not fill the member.',
  ERR_TOO_OLD: 'The credential is older than the pathway allows at enrolment, or states no date of issue. The institution may decide on the exception.',
  WARN_ISSUER_NOT_RECOGNISED: 'The pathway counted the credential but its issuer is not recognised. The institution should check the issuer.',
  WARN_NO_ECTS: 'The credential states no ECTS credits: it fills its member but counts 0 ECTS. Ask the issuer to state the workload if credits matter.',
  WARN_PART_NOT_GIVEN: 'A part the award links was not given, so its link was not checked. Give the part credentials to check them.',
  WARN_PART_NOT_LINKED: 'A part given is not linked from the award. It is ignored; check you gave the right parts.',
} as const satisfies CodeTable;
/** Codes of Codes. */
export type PathwayReasonCode = keyof typeof PATHWAY_REASON_CODES;

/** Codes: Service (HTTP API) problem codes (`code` of an error response), besides the error and report codes above. */
export const HTTP_PROBLEM_CODES = {
  ERR_BAD_REQUEST: 'The HTTP request is malformed (bad JSON, bad parameters). Fix the request as the message says.',
  ERR_BODY_TOO_LARGE: 'The HTTP request body exceeds the server\'s limit. Send a smaller body, or raise the server\'s body limit.',
  ERR_NOT_FOUND: 'No such resource (credential, status list, page) is published. Check the URL or id.',
  ERR_PAGE_NOT_BUILT: 'The verification page is not built. Run `npm run build` before starting the service.',
  ERR_STORE_FULL: 'The disk is full; nothing was changed. Free space and retry.',
  ERR_UNAUTHORIZED: 'The request has no valid bearer token. Send `Authorization: Bearer <API token>`.',
  ERR_UNAVAILABLE: 'The service cannot serve the request now (a dependency is down). Retry later.',
  ERR_UNSUPPORTED_MEDIA_TYPE: 'The request\'s Content-Type is not supported. Send `application/json`.',
} as const satisfies CodeTable;
/** Codes of Codes. */
export type HttpProblemCode = keyof typeof HTTP_PROBLEM_CODES;

/** Codes: PDF rendering warnings (`RenderWarning.code`): the certificate was rendered, with something left out. */
export const RENDER_WARNING_CODES = {
  WARN_LOGO_NOT_PRINTED: 'The logo could not be printed (not found, too large or unsupported). Give a PNG or JPEG logo the renderer can read.',
  WARN_NO_QR: 'No QR code was printed, since no verification URL was given. Give `--verify-url` (or `--qr embed`).',
  WARN_QR_TOO_LARGE: 'The credential is too large to embed in a QR code; the QR code holds the verification link (or is left out). Give a verification URL.',
  WARN_TOO_MANY_SIGNATURE_BLOCKS: 'The credential has more awarding bodies than signature blocks fit; only the first are printed. Nothing to do unless all must sign.',
} as const satisfies CodeTable;
/** Codes of Codes. */
export type RenderWarningCode = keyof typeof RENDER_WARNING_CODES;

/** Codes: Codes of dependencies that microcred recognises and maps to its own. */
export const FOREIGN_CODES = {
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'Code of the `jose` library for a JWS whose signature does not verify; microcred reports it as `ERR_SIGNATURE_INVALID`.',
  ERR_MODULE_NOT_FOUND: 'Code of Node.js for an import that cannot be found; for an optional package microcred reports it as `ERR_MISSING_DEPENDENCY`.',
} as const satisfies CodeTable;
/** Codes of other libraries and of Node.js that microcred translates. */
export type ForeignCode = keyof typeof FOREIGN_CODES;

/** Every code an error class of microcred can carry (`MicrocredError.code`). */
export type ErrorCode =
  | InvalidArgumentErrorCode
  | ResolutionErrorCode
  | KeyErrorCode
  | SigningErrorCode
  | StoreErrorCode
  | StatusErrorCode
  | ExportErrorCode
  | MicroCredentialInvalidErrorCode
  | RegistryEntriesInvalidErrorCode
  | EncodedListErrorCode
  | SignerUnavailableErrorCode
  | MissingDependencyErrorCode
  | TimestampErrorCode;

/** Every code defined for verification reports (the report-code tables above). */
export type ReportCode =
  | ProofCheckCode
  | StatusCheckCode
  | SealCheckCode
  | Ob2CheckCode
  | RegistryCheckCode
  | ReportCheckCode;

/** What a failed or warned check of a verification report carries (`Check.code`): a report code, or the code of the error that stopped the check. */
export type CheckCode = ReportCode | ErrorCode;

/**
 * The code families, in the order `docs/errors.md` lists them: the table, its title, and what the
 * family is. Read by scripts/gen-errors-doc.ts.
 * @internal
 */
export const CODE_FAMILIES: ReadonlyArray<{ readonly title: string; readonly kind: 'error' | 'check' | 'other'; readonly about: string; readonly codes: CodeTable }> = [
  { title: 'InvalidArgumentError', kind: 'error', about: 'A caller passed arguments the API cannot work with (unknown profile, bad option value, …).', codes: INVALID_ARGUMENT_ERROR_CODES },
  { title: 'ResolutionError', kind: 'error', about: 'A document loader or resolver refused or failed to produce a document (contexts, DID documents, keys).', codes: RESOLUTION_ERROR_CODES },
  { title: 'KeyError', kind: 'error', about: 'Key generation, import or export failed (signing keys and seal keys).', codes: KEY_ERROR_CODES },
  { title: 'SigningError', kind: 'error', about: 'Signing or sealing failed (the signer threw, the suite cannot sign this input, the time-stamp authority failed). A failure caused by a document loader carries the `ResolutionError` code instead (e.g. `ERR_CONTEXT_NOT_BUNDLED`).', codes: SIGNING_ERROR_CODES },
  { title: 'StoreError', kind: 'error', about: 'The credential store failed or refused an operation.', codes: STORE_ERROR_CODES },
  { title: 'StatusError', kind: 'error', about: 'Status lists: a status could not be allocated, changed or published.', codes: STATUS_ERROR_CODES },
  { title: 'ExportError', kind: 'error', about: 'An export (registry records, catalogue, statistics) could not be produced or pushed.', codes: EXPORT_ERROR_CODES },
  { title: 'MicroCredentialInvalidError', kind: 'error', about: 'Thrown by `createMicroCredential` when the input breaks the profile; `errors` lists every problem.', codes: MICROCREDENTIAL_INVALID_ERROR_CODES },
  { title: 'RegistryEntriesInvalidError', kind: 'error', about: 'Thrown by `createRegistry` when the registry entries are invalid; `errors` lists every problem.', codes: REGISTRY_ENTRIES_INVALID_ERROR_CODES },
  { title: 'EncodedListError', kind: 'error', about: 'Thrown by `decodeBitstring` when a status list\'s `encodedList` cannot be decoded.', codes: ENCODED_LIST_ERROR_CODES },
  { title: 'SignerUnavailableError', kind: 'error', about: 'Service only: the signer failed (KMS down, …); answered with HTTP 503.', codes: SIGNER_UNAVAILABLE_ERROR_CODES },
  { title: 'MissingDependencyError', kind: 'error', about: 'An optional peer dependency a feature needs is not installed; `packageName`, `feature` and `install` say which, for what, and how to add it.', codes: MISSING_DEPENDENCY_ERROR_CODES },
  { title: 'TimestampError', kind: 'error', about: 'Internal to seal verification: why an RFC 3161 time-stamp token was refused; reported in the `seal` check.', codes: TIMESTAMP_ERROR_CODES },
  { title: 'Proof (`proof` check)', kind: 'check', about: '`proof` check and suite results (`ProofVerification.code`): signatures, keys, proof purpose, JSON-LD safety, VC-JWT.', codes: PROOF_CHECK_CODES },
  { title: 'Status (`status` check)', kind: 'check', about: '`status` check: Bitstring Status List entries and lists, revocation and suspension.', codes: STATUS_CHECK_CODES },
  { title: 'Seal (`seal` check)', kind: 'check', about: '`seal` check of a European Digital Credential: JAdES structure, certificates, time-stamps, long-term validity.', codes: SEAL_CHECK_CODES },
  { title: 'Open Badges 2.0', kind: 'check', about: 'Open Badges 2.0 assertions: hosted and signed verification, recipient.', codes: OB2_CHECK_CODES },
  { title: 'Accreditation registry', kind: 'check', about: '`issuer-trust` against an accreditation registry, and verifying a registry.', codes: REGISTRY_CHECK_CODES },
  { title: 'Other report checks', kind: 'check', about: 'Other checks of a verification report: `parse`, `format`, `validity-period`, `schema`, `profile`, `issuer-trust`, `holder`, `credentials`.', codes: REPORT_CHECK_CODES },
  { title: 'Pathway evaluation', kind: 'other', about: 'Pathway evaluation: why a credential does or does not count towards a pathway member (`reasons[].code`), and aggregate checks.', codes: PATHWAY_REASON_CODES },
  { title: 'Service (HTTP) problems', kind: 'other', about: 'Service (HTTP API) problem codes (`code` of an error response), besides the error and report codes above.', codes: HTTP_PROBLEM_CODES },
  { title: 'PDF rendering warnings', kind: 'other', about: 'PDF rendering warnings (`RenderWarning.code`): the certificate was rendered, with something left out.', codes: RENDER_WARNING_CODES },
  { title: 'Codes of dependencies', kind: 'other', about: 'Codes of dependencies that microcred recognises and maps to its own.', codes: FOREIGN_CODES },
];
