import pkg from '../package.json' with { type: 'json' };

/** The version of this microcred build. */
export const VERSION: string = pkg.version;
