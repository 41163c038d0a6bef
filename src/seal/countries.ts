/**
 * ISO 3166-1 alpha-2 → EU Publications Office country authority (NAL) concept, for the `spatial`
 * concept of an eIDAS legal identifier. One table serves sealing and ELM mapping:
 * `src/formats/elm/data/countries.ts`.
 */
import { NAL_COUNTRIES } from '../formats/elm/data/countries.js';

/** The NAL country authority scheme. */
export const NAL_COUNTRY_SCHEME = 'http://publications.europa.eu/resource/authority/country';

const table = NAL_COUNTRIES as Readonly<Record<string, readonly [nalCode: string, name: string]>>;

/** `GE` → `http://publications.europa.eu/resource/authority/country/GEO`; undefined for unknown codes. */
export function nalCountryUri(alpha2: string): string | undefined {
  const entry = table[alpha2.toUpperCase()];
  return entry === undefined ? undefined : `${NAL_COUNTRY_SCHEME}/${entry[0]}`;
}

/** Every alpha-2 code with a NAL mapping. */
export const NAL_COUNTRY_CODES: readonly string[] = Object.keys(table);

/** English country name from the NAL table, falling back to the code. */
export function countryName(alpha2: string): string {
  return table[alpha2.toUpperCase()]?.[1] ?? alpha2;
}
