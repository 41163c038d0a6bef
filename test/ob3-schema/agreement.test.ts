/**
 * The project's own Open Badges 3.0 schema (written from the specification text) must give the
 * same verdict as the official 1EdTech plain-JSON AchievementCredential schema on every
 * credential: a hand-written corpus covering every class, plus fast-check mutations of its
 * valid members.
 *
 * The one deliberate difference (see the schema's $comment): our schema also accepts the
 * VC 1.1 envelope (spec B.9, AchievementCredentialv1p1), which the official VC 2.0 schema
 * rejects outright. For those credentials the reference verdict is the official schema applied
 * to the credential moved onto the VC 2.0 envelope, plus the envelope rules B.9 adds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';
import { sharedSpecsDir } from '../helpers/shared-specs.js';
import { ob3Corpus, VC1_CONTEXT, VC2_CONTEXT, type Obj, type Ob3CorpusEntry } from './corpus.js';

const OWN_SCHEMA_ID = 'https://microcred.dev/schemas/ob3-achievement-credential.schema.json';
const ownSchema = JSON.parse(readFileSync(join(repoRoot, 'schemas/ob3-achievement-credential.schema.json'), 'utf8')) as Obj;

function compileOwn(): ValidateFunction {
  // Strict mode except strictTuples: @context is an open tuple by nature (see the schema's $comment).
  const ajv = new Ajv2020({ strict: true, strictTuples: false, allErrors: true });
  addFormats.default(ajv);
  return ajv.compile(ownSchema);
}

function compileOfficial(schemaDir: string): ValidateFunction {
  const ajv = new Ajv2019({ strict: false, allErrors: true });
  addFormats.default(ajv);
  let mainId: string | undefined;
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json')).sort()) {
    const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as Obj;
    ajv.addSchema(schema);
    if (file === 'achievementcredential.json') mainId = schema.$id as string;
  }
  if (!mainId) throw new Error(`achievementcredential.json not found in ${schemaDir}`);
  const validate = ajv.getSchema(mainId);
  if (!validate) throw new Error(`could not compile ${mainId}`);
  return validate;
}

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The same test our schema's `if` makes: the first @context entry is the VC 1.1 context. */
const isVc1p1 = (c: unknown): c is Obj =>
  isObj(c) && Array.isArray(c['@context']) && c['@context'].length > 0 && c['@context'][0] === VC1_CONTEXT;

/** Every VC 1.1 credential in the tree moved onto the VC 2.0 envelope. */
function toVc2Envelope(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toVc2Envelope);
  if (!isObj(node)) return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node)) out[k] = toVc2Envelope(v);
  if (isVc1p1(out)) {
    out['@context'] = [VC2_CONTEXT, ...(out['@context'] as unknown[]).slice(1)];
    delete out.validFrom;
    delete out.validUntil;
    if ('issuanceDate' in out) out.validFrom = out.issuanceDate;
    if ('expirationDate' in out) out.validUntil = out.expirationDate;
    delete out.issuanceDate;
    delete out.expirationDate;
  }
  return out;
}

/**
 * B.9 envelope rules the VC 2.0 classes lack: the credential has a `name`; issuers (of the
 * credential and of its endorsements) are Profile objects, not URIs; every embedded
 * endorsement is itself on the VC 1.1 envelope.
 */
function vc1p1EnvelopeRulesHold(c: Obj): boolean {
  if (typeof c.name !== 'string' || !isObj(c.issuer)) return false;
  let ok = true;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!isObj(node)) return;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'endorsement' && Array.isArray(v)) {
        for (const e of v) {
          if (!isObj(e)) continue;
          if (Array.isArray(e['@context']) && e['@context'][0] === VC2_CONTEXT) ok = false;
          if (isVc1p1(e) && 'issuer' in e && !isObj(e.issuer)) ok = false;
        }
      }
      walk(v);
    }
  };
  walk(c);
  return ok;
}

const entries = ob3Corpus();
const specs = sharedSpecsDir();
const own = compileOwn();

describe('our OB 3.0 schema', () => {
  it('is described as written from the specification', () => {
    expect(ownSchema.$id).toBe(OWN_SCHEMA_ID);
    expect(ownSchema.description).toMatch(/written .* from the Open Badges 3\.0 specification/);
  });

  it('has a corpus of at least 40 hand-written credentials, valid and invalid', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(entries.filter((e) => e.expected === 'valid').length).toBeGreaterThanOrEqual(15);
    expect(entries.filter((e) => e.expected === 'invalid').length).toBeGreaterThanOrEqual(40);
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
  });

  it('gives every corpus credential its expected verdict', () => {
    const wrong = entries
      .filter((e) => e.expected && own(e.credential) !== (e.expected === 'valid'))
      .map((e) => ({ name: e.name, expected: e.expected, errors: own.errors?.slice(0, 3) }));
    expect(wrong).toEqual([]);
  });
});

describe.skipIf(!specs)('agreement with the official 1EdTech AchievementCredential schema', () => {
  const official = specs ? compileOfficial(join(specs, 'ob3/schema')) : undefined;

  const reference = (c: unknown): boolean => {
    if (!official) throw new Error('official schema not loaded');
    if (isVc1p1(c)) return vc1p1EnvelopeRulesHold(c) && official(toVc2Envelope(c));
    return official(c);
  };

  const disagreement = (name: string, c: unknown) => {
    const ours = own(c);
    const ourErrors = own.errors;
    const theirs = reference(c);
    if (ours === theirs) return undefined;
    return { name, ours, theirs, ourErrors: ourErrors?.slice(0, 3), theirErrors: official?.errors?.slice(0, 3) };
  };

  it('agrees on every corpus credential', () => {
    const diffs = entries.map((e: Ob3CorpusEntry) => disagreement(e.name, e.credential)).filter(Boolean);
    expect(diffs).toEqual([]);
  });

  it('agrees with the hand-written expectations (so the corpus itself reads the spec right)', () => {
    const wrong = entries
      .filter((e) => e.expected && reference(e.credential) !== (e.expected === 'valid'))
      .map((e) => e.name);
    expect(wrong).toEqual([]);
  });

  it('differs only on the VC 1.1 envelope: the official VC 2.0 schema rejects every VC 1.1 credential', () => {
    const legacy = entries.filter((e) => isVc1p1(e.credential));
    expect(legacy.length).toBeGreaterThan(0);
    for (const e of legacy) expect(official!(e.credential), e.name).toBe(false);
    expect(legacy.filter((e) => own(e.credential)).length).toBeGreaterThan(0);
  });

  it('agrees on fast-check mutations of the valid credentials', () => {
    const bases = entries.filter((e) => e.expected === 'valid').map((e) => e.credential);
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (base, mutations) => {
        const c = structuredClone(base);
        const applied = mutations.map((m) => applyMutation(c, m));
        const diff = disagreement(applied.join(' | '), c);
        expect(diff).toBeUndefined();
      }),
      { numRuns: 4000, seed: 1008 },
    );
  });
});

// ---- mutations -------------------------------------------------------------------------------

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: unknown; label: string }
  | { kind: 'wrap'; at: number }
  | { kind: 'unwrap'; at: number }
  | { kind: 'addProperty'; at: number; value: unknown };

const wrongTypes = fc.constantFrom<unknown>(42, 1.5, true, null, {}, [], 'x', ['x'], { type: ['x'] });
const badDates = fc.constantFrom(
  '2025-13-01T00:00:00Z', '2025-07-01T00:00:00', '2025-07-01', 'yesterday', '2025-02-29T00:00:00Z',
  '2024-02-29T00:00:00Z', '2025-07-01T24:00:01Z', '2025-07-01T10:00:00+25:00', '2025-07-01 10:00:00Z', '',
);
const badEnums = fc.constantFrom(
  'NotInTheVocabulary', 'microcredential', 'ext:', 'ext:-x', 'ext:Foo', 'EXT:Foo', 'Text:x', ' ext:a', 'ext:a b',
  'Completed ', 'Profile', 'Achievement', 'VerifiableCredential', 'IdentityObject', 'Image',
);

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: wrongTypes, label: fc.constant('wrong type') }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: badDates, label: fc.constant('bad date') }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: badEnums, label: fc.constant('bad enum') }),
  fc.record({ kind: fc.constant('wrap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('unwrap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('addProperty' as const), at: fc.nat(), value: wrongTypes }),
);

type Path = Array<string | number>;

/** Paths to every value below the root. */
function allPaths(node: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(node)) {
    node.forEach((v, i) => { out.push([...prefix, i]); allPaths(v, [...prefix, i], out); });
  } else if (isObj(node)) {
    for (const [k, v] of Object.entries(node)) { out.push([...prefix, k]); allPaths(v, [...prefix, k], out); }
  }
  return out;
}

/** Which values a mutation can sensibly hit: dates and enum values are strings, and so on. */
function targets(m: Mutation): (value: unknown) => boolean {
  switch (m.kind) {
    case 'replace':
      return m.label === 'wrong type' ? () => true : (v) => typeof v === 'string';
    case 'unwrap':
      return Array.isArray;
    case 'addProperty':
      return isObj;
    default:
      return () => true;
  }
}

/** Applies a mutation in place at one of the credential's paths; returns a description. */
function applyMutation(root: unknown, m: Mutation): string {
  const fits = targets(m);
  const paths = allPaths(root).filter((p) => fits(p.reduce<unknown>((n, k) => (n as Obj)[k], root)));
  if (paths.length === 0) return 'no-op';
  const path = paths[m.at % paths.length]!;
  const parent = path.slice(0, -1).reduce<Obj>((n, k) => (n as Obj)[k] as Obj, root as Obj);
  const key = path[path.length - 1]!;
  const pointer = '/' + path.join('/');
  const current = parent[key];
  switch (m.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return `delete ${pointer}`;
    case 'replace':
      parent[key] = structuredClone(m.value);
      return `${m.label} ${pointer} = ${JSON.stringify(m.value)}`;
    case 'wrap':
      parent[key] = [current];
      return `wrap ${pointer} in an array`;
    case 'unwrap':
      parent[key] = (current as unknown[]).length > 0 ? (current as unknown[])[0] : 'x';
      return `unwrap ${pointer}`;
    case 'addProperty':
      (current as Obj).mcExtra = structuredClone(m.value);
      return `add /mcExtra under ${pointer}`;
  }
}
