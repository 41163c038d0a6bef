/* GENERATED from package.json by `npm run gen:data` — do not edit by hand. */
export const PACKAGE_VERSION = '0.1.0';
