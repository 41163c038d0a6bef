export { withPatchedExpansion, type Canonize } from './canonize.js';
export { CONTEXT_MEMO, createSharedContextMemo, expand } from './expand.js';
