/**
 * What the differential tests of the patched JSON-LD expansion compare: canonical N-Quads (or the
 * error) of a digitalbazaar cryptosuite's `canonize` with jsonld's own expansion, and with
 * microcred's (src/jsonld). Plus the credentials they compare on that microcred did not write.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { withPatchedExpansion } from '../../src/jsonld/index.js';
import { LruMap, PROCESSED_CONTEXTS_MAX, contextResolver } from '../../src/loader/context-cache.js';
import { repoRoot } from '../helpers/fixtures.js';
import { obCredential, vc11Credential } from '../crypto/fixtures.js';
import { EDC_AP_CONTEXT } from '../../src/formats/elm/index.js';

type Loader = (url: string) => Promise<unknown>;
export type Outcome = { nquads: string } | { error: string };

/** What an error is, for comparing: class, jsonld code, safe-mode event code, message. */
function describeError(error: unknown): string {
  const e = error as { name?: string; message?: string; details?: { code?: string; event?: { code?: string } } };
  return [e?.name, e?.details?.code, e?.details?.event?.code, e?.message].map(String).join(' | ');
}

async function outcome(run: () => Promise<string>): Promise<Outcome> {
  try {
    return { nquads: await run() };
  } catch (error) {
    return { error: describeError(error) };
  }
}

const patchedCanonize = withPatchedExpansion(eddsaRdfc2022.canonize);

/**
 * Canonicalizes `document` the way the eddsa-rdfc-2022 cryptosuite does (`base: null`, safe
 * mode), with jsonld's own expansion (`pristine`) and microcred's (`patched`). Each side has its
 * own processed-context cache; both use `documentLoader`.
 */
export function differential(documentLoader: Loader) {
  const caches = { pristine: new LruMap<string, unknown>(PROCESSED_CONTEXTS_MAX), patched: new LruMap<string, unknown>(PROCESSED_CONTEXTS_MAX) };
  const options = (cache: LruMap<string, unknown>) => ({ documentLoader, contextResolver: contextResolver(cache) });
  return {
    pristine: (document: unknown) => outcome(() => eddsaRdfc2022.canonize(structuredClone(document), options(caches.pristine))),
    patched: (document: unknown) => outcome(() => patchedCanonize(structuredClone(document), options(caches.patched))),
  };
}

/** The EU's edc-ap context from ../shared/specs, for loaders (undefined without the folder). */
export function elmContexts(specsDir: string | undefined): Record<string, object> {
  if (specsDir === undefined) return {};
  return { [EDC_AP_CONTEXT]: JSON.parse(readFileSync(`${specsDir}/elm/edc-ap-context.jsonld`, 'utf8')) as object };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Every third-party credential in the test data, by name: the test/crypto fixtures, the 1EdTech
 * OB 3.0 test vector and the EU Annex I samples (../shared/specs), and the 1EdTech corpus
 * (test/corpus/README.md) when its folder is present. Each with and without its proof.
 */
export function thirdPartyCredentials(specsDir: string | undefined): [string, unknown][] {
  const found: [string, unknown][] = [
    ['test/crypto obCredential', obCredential('did:example:issuer')],
    ['test/crypto vc11Credential', vc11Credential('did:example:issuer')],
  ];
  if (specsDir !== undefined) {
    const vector = JSON.parse(readFileSync(`${specsDir}/ob3/test-vectors/obv3p0-eddsa-rdfc-2022.json`, 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(vector)) if (typeof value === 'object' && value !== null && '@context' in value) found.push([`ob3 test vector ${key}`, value]);
    found.push(['EU Annex I unsigned', JSON.parse(readFileSync(`${specsDir}/elm/samples/Sample-MC-Annex1-unsigned.jsonld`, 'utf8'))]);
    const jws = JSON.parse(readFileSync(`${specsDir}/elm/samples/Sample-MC-Annex1-signed.jsonld`, 'utf8')) as { payload: string };
    found.push(['EU Annex I signed (payload)', JSON.parse(jws.payload)]);
  }
  const corpus = resolve(process.env.MICROCRED_CORPUS_DIR ?? resolve(repoRoot, '../shared/corpus'), '1edtech-ob30');
  if (existsSync(corpus)) {
    for (const path of filesUnder(corpus).filter((p) => p.endsWith('.json'))) {
      try {
        found.push([`corpus ${path.slice(corpus.length + 1)}`, JSON.parse(readFileSync(path, 'utf8'))]);
      } catch {
        // not JSON (a JWT, …): nothing for JSON-LD to compare
      }
    }
  }
  const withoutProofs = found.flatMap(([name, doc]): [string, unknown][] => {
    if (typeof doc !== 'object' || doc === null || !('proof' in doc)) return [];
    const { proof: _proof, ...rest } = doc as Record<string, unknown>;
    return [[`${name} (without proof)`, rest]];
  });
  return [...found, ...withoutProofs];
}
