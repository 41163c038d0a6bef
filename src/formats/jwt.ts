/** A compact JWS/JWT: three base64url segments (the signature may be empty, as with `alg: none`, which verification refuses). */
export const COMPACT_JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
