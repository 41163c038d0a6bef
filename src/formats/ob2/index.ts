export { parseOpenBadge2, type ParsedOpenBadge2 } from './parse.js';
export { isOpenBadge2, isOpenBadge2Jws } from './detect.js';
export { matchRecipient, type RecipientMatch } from './recipient.js';
export { OB_V2_CONTEXT, OB_V2_CONTEXT_DOCUMENT } from './context.js';
export type * from './types.js';
export { fromOpenBadge2, openBadge2Link, reissuedId, type FromOpenBadge2Options } from './from-open-badge2.js';
export { toOpenBadge2, ob2Paths, type ToOpenBadge2Options, type OpenBadge2Documents } from './to-open-badge2.js';
export { signOpenBadge2, openBadge2PublicKeyPem } from './sign-open-badge2.js';
