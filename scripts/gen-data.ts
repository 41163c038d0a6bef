/**
 * Turns the JSON files the runtime needs (schemas, profiles, contexts, the package version) into
 * TypeScript modules under src/generated/. Why not `import … with { type: 'json' }`: the
 * published modules then run on every Node 20 release, in browsers, Deno and Workers without
 * import attributes, and their declarations stay small and valid. The JSON files stay the source
 * of truth; test/package/generated-data.test.ts fails when a module is stale. Run: npm run gen:data
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Source JSON file → generated module (under src/generated/). */
export const DATA_MODULES: Readonly<Record<string, string>> = {
  'schemas/micro-credential.schema.json': 'schemas/micro-credential.ts',
  'schemas/profile.schema.json': 'schemas/profile.ts',
  'schemas/accreditation-registry.schema.json': 'schemas/accreditation-registry.ts',
  'schemas/vocabularies.schema.json': 'schemas/vocabularies.ts',
  'schemas/pathway.schema.json': 'schemas/pathway.ts',
  'schemas/recognition-record.schema.json': 'schemas/recognition-record.ts',
  'schemas/ob3-achievement-credential.schema.json': 'schemas/ob3-achievement-credential.ts',
  'profiles/eu.json': 'profiles/eu.ts',
  'profiles/ge.json': 'profiles/ge.ts',
  'profiles/am.json': 'profiles/am.ts',
  'contexts/microcred-v1.json': 'contexts/microcred-v1.ts',
  'contexts/accreditation-v1.json': 'contexts/accreditation-v1.ts',
  'contexts/openbadges-v2.json': 'contexts/openbadges-v2.ts',
};

/** The text of the module generated from `source`. */
export async function dataModule(source: string): Promise<string> {
  const value: unknown = JSON.parse(await readFile(`${root}${source}`, 'utf8'));
  return `/* GENERATED from ${source} by \`npm run gen:data\` — do not edit by hand. */
const data: { readonly [key: string]: unknown } = ${JSON.stringify(value, null, 2)};
export default data;
`;
}

/** The text of src/generated/version.ts. */
export async function versionModule(): Promise<string> {
  const { version } = JSON.parse(await readFile(`${root}package.json`, 'utf8')) as { version: string };
  return `/* GENERATED from package.json by \`npm run gen:data\` — do not edit by hand. */
export const PACKAGE_VERSION = '${version}';
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [source, target] of Object.entries(DATA_MODULES)) {
    const file = `${root}src/generated/${target}`;
    await mkdir(file.slice(0, file.lastIndexOf('/')), { recursive: true });
    await writeFile(file, await dataModule(source));
  }
  await writeFile(`${root}src/generated/version.ts`, await versionModule());
}
