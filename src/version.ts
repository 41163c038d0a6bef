import { PACKAGE_VERSION } from './generated/version.js';

/** The version of microcred (package.json), e.g. for a `generator` field or a User-Agent. */
export const VERSION: string = PACKAGE_VERSION;
