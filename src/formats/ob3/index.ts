export { toOpenBadge, type ToOpenBadgeOptions } from './to-open-badge.js';
export { fromOpenBadge, parseOpenBadge, type ParsedOpenBadge } from './from-open-badge.js';
export { hashIdentifier } from './ids.js';
export * from './contexts.js';
export type * from './types.js';
