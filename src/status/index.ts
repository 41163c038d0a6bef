/**
 * Revocation and suspension: W3C Bitstring Status List v1.0 for issued credentials (allocation,
 * revoke/suspend/reinstate, signed list credentials) and the verifier's `status` check, which
 * also reads 1EdTech revocation lists.
 */
export {
  type AllocatedStatus,
  type AllocateStatusOptions,
  type BitstringStatusListEntry,
  type StatusEntryOptions,
  STATUS_LIST_PATH,
  allocateStatus,
  credentialStatusValue,
  listIdFromUrl,
  statusEntryFor,
  statusListUrl,
} from './entry.js';
export {
  type AllocateEntryOptions,
  type SignedStatusList,
  type StatusService,
  type StatusServiceOptions,
  DEFAULT_STATUS_LIST_TTL_SECONDS,
  DEFAULT_STATUS_LIST_VALIDITY_SECONDS,
  createStatusService,
} from './service.js';
export { type CheckStatusOptions, type StatusEntryResult, MIN_STATUS_LIST_BITS, checkCredentialStatus, statusListResolver } from './check.js';
export { type IssueWithStatusOptions, type IssuedWithStatus, issueWithStatus } from './issue.js';
export { type RecordOptions, learnerKeyOf, learnerRefFor, recordFor } from './records.js';
export { type DecodeBitstringOptions, EncodedListError, MAX_DECODED_BYTES, MAX_ENCODED_LENGTH, decodeBitstring, encodeBitstring } from './bitstring.js';
