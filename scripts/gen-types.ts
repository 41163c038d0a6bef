/**
 * Derives the TypeScript types of the model from the JSON Schemas in schemas/.
 * The schemas are the single source of truth; test/model/types-up-to-date.test.ts
 * fails when the generated file is stale. Run: npm run gen:types
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

const BANNER = `/* eslint-disable */
/**
 * GENERATED from schemas/*.schema.json by \`npm run gen:types\` — do not edit by hand.
 * The JSON Schemas are the source of truth for the model.
 */`;

/** Compiles one schema file to TypeScript declarations. */
async function compileSchema(file: string): Promise<string> {
  const schema = simplify(JSON.parse(await readFile(`${root}schemas/${file}`, 'utf8')));
  return compile(schema, schema.title, {
    cwd: `${root}schemas`,
    bannerComment: '',
    additionalProperties: false,
    strictIndexSignatures: false,
    ignoreMinAndMaxItems: true,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    format: true,
    $refOptions: { resolve: { http: false } as never },
  });
}

/**
 * Rewrites what json-schema-to-typescript renders poorly, without changing the types:
 * annotations beside a $ref (the generator would mint a copy of the referenced type per use),
 * and anyOf/allOf branches that constrain values without shaping the type (formats,
 * required-one-of, if/then).
 */
const VALUE_FREE = new Set(['format', 'required', 'if', 'then', 'else']);

function simplify(node: unknown): any {
  if (Array.isArray(node)) return node.map(simplify);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = simplify(value);
  if (typeof out.$ref === 'string') {
    return { $ref: out.$ref };
  }
  for (const combinator of ['anyOf', 'allOf'] as const) {
    const branches = out[combinator];
    if (Array.isArray(branches) && branches.every((b) => Object.keys(b as object).every((k) => VALUE_FREE.has(k)))) {
      delete out[combinator];
    }
  }
  if (out.unevaluatedProperties === false) {
    delete out.unevaluatedProperties;
    out.additionalProperties = false;
  }
  return out;
}

export async function generateTypes(): Promise<string> {
  const parts = [BANNER];
  for (const file of ['micro-credential.schema.json', 'profile.schema.json', 'pathway.schema.json', 'recognition-record.schema.json']) {
    parts.push(await compileSchema(file));
  }
  return dedupe(parts.join('\n'));
}

/** Shared $defs (vocabularies) are emitted once per schema that references them; keep the first. */
function dedupe(source: string): string {
  const seen = new Set<string>();
  const blocks = source.split(/\n(?=(?:\/\*\*[\s\S]*?\*\/\n)?export )/);
  return blocks
    .filter((block) => {
      const name = /export (?:type|interface) (\w+)/.exec(block)?.[1];
      if (!name) return true;
      if (seen.has(name)) return false;
      seen.add(name);
      return true;
    })
    .join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = `${root}src/model/types.generated.ts`;
  await writeFile(out, await generateTypes());
  console.log(`wrote ${out}`);
}
