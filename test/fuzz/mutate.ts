/**
 * Mutations of signed credentials, and hostile inputs made from nothing. Each returns the
 * mutated input and its kind; `mustFail` names the policy that makes it a failure even when the
 * signed content is unchanged (one canonical encoding, no unsigned data, no duplicate keys, …),
 * tagged with the issue item that states the policy.
 */
import { createHmac } from 'node:crypto';
import { CompactSign, importJWK } from 'jose';
import { bake } from '../../src/bake/index.js';
import { base58Decode, base58Encode } from '../../src/keys/multibase.js';
import type { KeyFile } from '../../src/keys/types.js';
import { BASE_SVG, basePng, type Seed } from './corpus.js';
import type { Rng } from './rng.js';

type Json = any;
type Path = Array<string | number>;

export interface Mutated {
  kind: string;
  input: Json | string | Uint8Array;
  /** Why this must fail even with the signed content unchanged (a policy). */
  mustFail?: string;
  /** `inner`: the harness re-signed the wrapper (a holder signing a tampered credential): compare only the credentials inside. */
  oracle?: 'inner';
  /** A hostile status list to serve instead of the good one. */
  statusList?: string;
  path?: string;
}

export interface MutationContext {
  /** Seeds by name (donors for swaps). */
  seeds: Seed[];
  attacker: { key: KeyFile; privateJwk: Record<string, unknown>; publicJwk: Record<string, unknown>; kid: string };
  holderResign?: (vp: Json) => Promise<Json>;
  attackerResign?: (credential: Json) => Promise<Json>;
  statusListNames: string[];
}

const clone = <T>(value: T): T => structuredClone(value);
const b64u = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64url');
const unb64u = (text: string) => Buffer.from(text, 'base64url');

// ---------------------------------------------------------------- JSON paths

/** Every path to a value under `root` (not the root itself), proofs included. */
export function paths(root: Json, limit = 5000): Path[] {
  const out: Path[] = [];
  const walk = (node: Json, path: Path) => {
    if (out.length >= limit || node === null || typeof node !== 'object') return;
    const entries: Array<[string | number, Json]> = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [k, v] of entries) {
      out.push([...path, k]);
      walk(v, [...path, k]);
    }
  };
  walk(root, []);
  return out;
}

const getAt = (root: Json, path: Path): Json => path.reduce((node, k) => (node == null ? undefined : node[k]), root);
function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1));
  parent[path[path.length - 1]!] = value;
  return root;
}
function deleteAt(root: Json, path: Path): Json {
  const parent = getAt(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return root;
}
const pathText = (path: Path) => `/${path.join('/')}`;
const containers = (root: Json, kind: 'object' | 'array') =>
  [[] as Path, ...paths(root)].filter((p) => {
    const v = getAt(root, p);
    return v !== null && typeof v === 'object' && Array.isArray(v) === (kind === 'array');
  });

// ---------------------------------------------------------------- values

const WEIRD = ['\u0000', '\uFEFF', '\u202E', '\u2028', '\uD800', '\uDFFF', '\u0301', 'ǅ', '\u{1F600}', 'İ', 'ﬀ', '\u200B', 'A\u030A', 'Å'];

export function weirdString(rng: Rng): string {
  const parts: string[] = [];
  for (let i = rng.range(1, 6); i > 0; i--) parts.push(rng.chance(0.5) ? rng.pick(WEIRD) : rng.pick(['a', 'https://evil.example/', 'did:key:z6Mk', '@id', '', ' ', '..', 'urn:uuid:']));
  return parts.join('');
}

function randomValue(rng: Rng, depth = 0): Json {
  switch (rng.int(depth > 1 ? 6 : 8)) {
    case 0: return null;
    case 1: return rng.chance(0.5);
    case 2: return rng.pick([0, -1, 1e308, -0, 2 ** 53 + 1, 0.1, 1e-300]);
    case 3: return weirdString(rng);
    case 4: return rng.pick(['', 'x', '2030-01-01T00:00:00Z', 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK', 'https://evil.example/']);
    case 5: return rng.pick([[], {}]);
    case 6: return [randomValue(rng, depth + 1)];
    default: return { [rng.pick(['id', 'type', 'name', 'fuzz'])]: randomValue(rng, depth + 1) };
  }
}

function changed(rng: Rng, value: Json): Json {
  if (typeof value === 'string') {
    if (value.length === 0) return 'x';
    const i = rng.int(value.length);
    switch (rng.int(4)) {
      case 0: return value.slice(0, i) + String.fromCharCode(value.charCodeAt(i) ^ (1 << rng.int(5))) + value.slice(i + 1);
      case 1: return value.slice(0, i) + value.slice(i + 1);
      case 2: return value.slice(0, i) + weirdString(rng) + value.slice(i);
      default: return value.toUpperCase() === value ? `${value}x` : value.toUpperCase();
    }
  }
  if (typeof value === 'number') return rng.pick([value + 1, value - 1, -value || 1, value * 2 + 1]);
  if (typeof value === 'boolean') return !value;
  if (value === null) return 0;
  return randomValue(rng);
}

function retyped(rng: Rng, value: Json): Json {
  const options: Json[] = [String(value), [value], { '@value': value }, null, [], {}, Number(value) || 1, typeof value === 'string' ? { id: value } : `${JSON.stringify(value)}`];
  return rng.pick(options.filter((o) => JSON.stringify(o) !== JSON.stringify(value)));
}

// ---------------------------------------------------------------- JSON-document mutations

/** Mutations of a JSON-LD document (a credential, a presentation, a JWT payload, an EDC). */
export function mutateJson(rng: Rng, doc: Json, ctx: MutationContext, donors: Json[]): Mutated {
  const out = clone(doc);
  const all = paths(out);
  const kind = rng.weighted<string>([
    ['change', 20], ['delete', 10], ['insert', 8], ['duplicate', 4], ['retype', 8], ['wrap-array', 4],
    ['reorder-array', 4], ['reorder-keys', 3], ['swap', 6], ['insert-null', 3], ['id-to-@id', 2],
    ['keyword-@index', 2], ['keyword-@set', 2], ['keyword-@json', 2], ['context-@vocab', 2], ['context-@base', 2],
    ['context-append', 2], ['proof-whitespace', 3], ['proof-rebase', 2], ['proof-byteflip', 4], ['proof-remove', 2],
    ['dup-key', 4], ['proto-key', 2], ['deep-value', 1], ['huge-array', 1],
  ]);
  if (all.length === 0) return { kind: 'delete', input: out };
  const path = rng.pick(all);
  const at = (p: Path, input: Json, extra: Partial<Mutated> = {}): Mutated => ({ kind, input, path: pathText(p), ...extra });
  switch (kind) {
    case 'change': return at(path, setAt(out, path, changed(rng, getAt(out, path))));
    case 'delete': return at(path, deleteAt(out, path));
    case 'retype': return at(path, setAt(out, path, retyped(rng, getAt(out, path))));
    case 'wrap-array': {
      const v = getAt(out, path);
      return at(path, setAt(out, path, Array.isArray(v) ? [v] : [v]));
    }
    case 'insert': {
      const target = rng.pick(containers(out, rng.chance(0.7) ? 'object' : 'array').concat([[]]));
      const node = getAt(out, target);
      if (Array.isArray(node)) node.splice(rng.int(node.length + 1), 0, randomValue(rng));
      else node[rng.pick(['fuzz', 'name', 'description', 'id', 'type', 'issuer', 'validUntil', 'credentialSubject', '@type', 'proof'])] = randomValue(rng);
      return at(target, out);
    }
    case 'duplicate': {
      const arrays = containers(out, 'array').filter((p) => getAt(out, p).length > 0);
      if (arrays.length === 0) return at(path, setAt(out, path, [getAt(out, path), getAt(out, path)]));
      const p = rng.pick(arrays);
      const arr = getAt(out, p);
      arr.push(clone(rng.pick(arr)));
      return at(p, out);
    }
    case 'reorder-array': {
      const arrays = containers(out, 'array').filter((p) => getAt(out, p).length > 1);
      if (arrays.length === 0) return at(path, out);
      const p = rng.pick(arrays);
      const arr = getAt(out, p);
      arr.reverse();
      return at(p, out);
    }
    case 'reorder-keys': {
      const p = rng.pick(containers(out, 'object'));
      const node = getAt(out, p);
      const entries = rng.shuffle(Object.entries(node));
      for (const k of Object.keys(node)) delete node[k];
      for (const [k, v] of entries) node[k] = v;
      return at(p, out);
    }
    case 'swap': {
      const donor = donors.length > 0 ? rng.pick(donors) : undefined;
      const candidates = donor ? all.filter((p) => { const d = getAt(donor, p); return d !== undefined && JSON.stringify(d) !== JSON.stringify(getAt(out, p)); }) : [];
      if (!donor || candidates.length === 0) return at(path, setAt(out, path, changed(rng, getAt(out, path))), { kind: 'change' });
      const p = rng.pick(candidates);
      return at(p, setAt(out, p, clone(getAt(donor, p))));
    }
    case 'insert-null': {
      // A term the document defines elsewhere, with a value JSON-LD drops: the RDF is unchanged.
      const objects = containers(out, 'object');
      const terms = [...new Set(all.map((p) => p[p.length - 1]).filter((k): k is string => typeof k === 'string' && !k.startsWith('@')))];
      const p = rng.pick(objects);
      const node = getAt(out, p);
      const free = terms.filter((t) => !(t in node));
      if (free.length === 0) return at(p, out);
      node[rng.pick(free)] = rng.pick([null, [], [null]]);
      return at(p, out, { mustFail: 'KNOWN-ISSUE-10.6 null/[] values carry unsigned data' });
    }
    case 'id-to-@id': {
      const withId = containers(out, 'object').filter((p) => typeof getAt(out, p).id === 'string');
      if (withId.length === 0) return at(path, out);
      const p = rng.pick(withId);
      const node = getAt(out, p);
      node['@id'] = node.id;
      delete node.id;
      return at(p, out);
    }
    case 'keyword-@index': {
      const p = rng.pick(containers(out, 'object'));
      getAt(out, p)['@index'] = weirdString(rng);
      return at(p, out, { mustFail: 'KNOWN-ISSUE-10.6 @index carries unsigned data' });
    }
    case 'keyword-@set': {
      const v = getAt(out, path);
      return at(path, setAt(out, path, { '@set': Array.isArray(v) ? v : [v] }), { mustFail: 'KNOWN-ISSUE-10.6 @set reshapes the JSON' });
    }
    case 'keyword-@json': {
      const p = rng.pick(containers(out, 'object'));
      getAt(out, p)[rng.pick(['name', 'description', 'fuzz'])] = { '@value': { injected: weirdString(rng) }, '@type': '@json' };
      return at(p, out);
    }
    case 'context-@vocab':
    case 'context-@base':
    case 'context-append': {
      if (!Array.isArray(out['@context'])) return at(['@context'], out);
      const [sub, entry] =
        kind === 'context-@vocab' ? ['', { '@vocab': 'https://evil.example/#' }]
        : kind === 'context-@base' ? ['', { '@base': 'https://evil.example/' }]
        : rng.pick<[string, Json]>([['-alias', { fuzzAlias: '@id' }], ['-term', { grade: 'https://evil.example/grade' }], ['-url', 'https://www.w3.org/ns/credentials/v2'], ['-version', { '@version': 1.1 }], ['-bundled', rng.pick(['https://w3id.org/security/suites/ed25519-2020/v1', 'https://w3id.org/security/data-integrity/v2', 'https://w3id.org/security/multikey/v1'])]]);
      out['@context'].push(entry);
      if (kind === 'context-@vocab') out[rng.pick(['fuzzUnsigned', 'note'])] = weirdString(rng);
      // A context URL given twice, `@version` or another bundled context leave the RDF as it is: the
      // oracle decides (for eddsa-jcs-2022 the appended entry is unsigned). Inline definitions are unsigned data.
      const neutral = sub === '-url' || sub === '-version' || sub === '-bundled';
      return at(['@context'], out, { kind: `${kind}${sub}`, ...(neutral ? {} : { mustFail: `KNOWN-ISSUE-10.6 appended @context entry (${kind}${sub})` }) });
    }
    case 'proof-whitespace':
    case 'proof-rebase':
    case 'proof-byteflip': {
      const values = all.filter((p) => ['proofValue', 'jws', 'signatureValue'].includes(String(p[p.length - 1])) && typeof getAt(out, p) === 'string');
      if (values.length === 0) return at(path, setAt(out, path, changed(rng, getAt(out, path))), { kind: 'change' });
      const p = rng.pick(values);
      const value: string = getAt(out, p);
      if (kind === 'proof-whitespace') {
        const i = rng.range(1, value.length - 1);
        return at(p, setAt(out, p, value.slice(0, i) + rng.pick([' ', '\n', '\t', '\r\n']) + value.slice(i)), { mustFail: 'KNOWN-ISSUE-10.7 whitespace inside proofValue' });
      }
      const bytes = value.startsWith('z') ? base58Decode(value.slice(1)) : value.startsWith('u') ? unb64u(value.slice(1)) : undefined;
      if (!bytes) return at(p, setAt(out, p, changed(rng, value)), { kind: 'change' });
      if (kind === 'proof-rebase') {
        const other = value.startsWith('z') ? `u${b64u(bytes)}` : `z${base58Encode(bytes)}`;
        return at(p, setAt(out, p, other), { mustFail: 'KNOWN-ISSUE-10.7 proofValue in another multibase encoding' });
      }
      const flipped = Uint8Array.from(bytes);
      const i = rng.int(flipped.length);
      flipped[i] = flipped[i]! ^ (1 << rng.int(8));
      return at(p, setAt(out, p, value.startsWith('z') ? `z${base58Encode(flipped)}` : `u${b64u(flipped)}`));
    }
    case 'proof-remove': {
      if (!('proof' in out)) return at(['proof'], out);
      const proofs = Array.isArray(out.proof) ? out.proof : [out.proof];
      if (rng.chance(0.5) || proofs.length === 0) delete out.proof;
      else out.proof = proofs.map((p: Json) => ({ ...p, proofValue: undefined })).map((p: Json) => JSON.parse(JSON.stringify(p)));
      return at(['proof'], out);
    }
    case 'dup-key': {
      // JSON text with one key twice: JSON.parse keeps the last; a first-value parser reads the first.
      const objects = containers(out, 'object').filter((p) => Object.keys(getAt(out, p)).length > 0);
      const p = rng.pick(objects);
      const node = getAt(out, p);
      const key = rng.pick(Object.keys(node));
      const original = node[key];
      const junk = changed(rng, original);
      const junkFirst = rng.chance(0.7);
      node[key] = junkFirst ? junk : original;
      const marker = `__DUP_${rng.int(1e9)}__`;
      node[marker] = 0;
      const text = JSON.stringify(out).replace(`"${marker}":0`, `${JSON.stringify(key)}:${JSON.stringify(junkFirst ? original : junk)}`);
      return at([...p, key], text, { kind: junkFirst ? 'dup-key-junk-first' : 'dup-key-junk-last', mustFail: 'KNOWN-ISSUE-10.6 duplicate JSON keys' });
    }
    case 'proto-key': {
      const p = rng.pick(containers(out, 'object'));
      const marker = `__PROTO_${rng.int(1e9)}__`;
      getAt(out, p)[marker] = 0;
      const key = rng.pick(['__proto__', 'constructor', 'prototype']);
      const text = JSON.stringify(out).replace(`"${marker}":0`, `"${key}":${key === '__proto__' ? '{"verified":true,"id":"x"}' : '{"prototype":{"polluted":1}}'}`);
      return at(p, text, { mustFail: `${key} key` });
    }
    case 'deep-value': {
      const depth = rng.range(30, 5000);
      return at(path, setAt(out, path, JSON.parse('['.repeat(Math.min(depth, 3000)) + ']'.repeat(Math.min(depth, 3000)))));
    }
    default: {
      // huge-array
      return at(path, setAt(out, path, new Array(rng.chance(0.05) ? rng.range(50_000, 200_000) : rng.range(100, 10_000)).fill(rng.chance(0.5) ? 0 : 'x')));
    }
  }
}

// ---------------------------------------------------------------- VC-JWT

/** P-256 order, for high-S signatures. */
const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const toBig = (b: Uint8Array) => BigInt(`0x${Buffer.from(b).toString('hex') || '0'}`);
const fromBig = (n: bigint, len: number) => Uint8Array.from(Buffer.from(n.toString(16).padStart(len * 2, '0'), 'hex'));

export async function mutateJwt(rng: Rng, jwt: string, ctx: MutationContext, twin: string | undefined): Promise<Mutated> {
  const [h, p, s] = jwt.split('.') as [string, string, string];
  const header = JSON.parse(unb64u(h).toString('utf8'));
  const payload = JSON.parse(unb64u(p).toString('utf8'));
  const kind = rng.weighted<string>([
    ['jwt-char-flip', 20], ['jwt-sig-last-char', 6], ['jwt-payload-json', 25], ['jwt-header-json', 8], ['jwt-alg-none', 4],
    ['jwt-hs256-confusion', 3], ['jwt-attacker-jwk', 3], ['jwt-attacker-kid', 3], ['jwt-crit', 3], ['jwt-es256-high-s', header.alg === 'ES256' ? 4 : 0],
    ['jwt-flattened', 2], ['jwt-swap-segment', twin ? 4 : 0], ['jwt-noncanonical-payload', 3], ['jwt-whitespace', 2],
  ]);
  const m = (input: Json, extra: Partial<Mutated> = {}): Mutated => ({ kind, input, ...extra });
  const attackerSign = async (hdr: Record<string, unknown>, body: Json) => {
    const key = await importJWK(ctx.attacker.privateJwk as never, 'EdDSA');
    return new CompactSign(new TextEncoder().encode(JSON.stringify(body))).setProtectedHeader({ ...hdr, alg: 'EdDSA' } as never).sign(key);
  };
  switch (kind) {
    case 'jwt-char-flip': {
      const segs = [h, p, s];
      const which = rng.int(3);
      const seg = segs[which]!;
      const i = rng.int(seg.length);
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      segs[which] = seg.slice(0, i) + rng.pick(alphabet.replace(seg[i]!, '').split('')) + seg.slice(i + 1);
      // The last character of a segment carries padding bits: some flips decode to the same signature.
      if (which === 2 && unb64u(segs[2]!).equals(unb64u(s))) return m(segs.join('.'), { kind: 'jwt-sig-last-char', path: 'signature', mustFail: 'KNOWN-ISSUE-10.7 non-canonical base64url signature' });
      return m(segs.join('.'), { path: ['header', 'payload', 'signature'][which]! });
    }
    case 'jwt-sig-last-char': {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const last = s[s.length - 1]!;
      const alt = rng.pick(alphabet.replace(last, '').split(''));
      return m(`${h}.${p}.${s.slice(0, -1)}${alt}`, { path: 'signature', mustFail: 'KNOWN-ISSUE-10.7 non-canonical base64url signature' });
    }
    case 'jwt-payload-json': {
      const mutated = mutateJson(rng, payload, ctx, []);
      const text = typeof mutated.input === 'string' ? mutated.input : JSON.stringify(mutated.input);
      return m(`${h}.${b64u(text)}.${s}`, { kind: `jwt-payload:${mutated.kind}`, path: mutated.path });
    }
    case 'jwt-header-json': {
      const mutated = mutateJson(rng, header, ctx, []);
      const text = typeof mutated.input === 'string' ? mutated.input : JSON.stringify(mutated.input);
      return m(`${b64u(text)}.${p}.${s}`, { kind: `jwt-header:${mutated.kind}`, path: mutated.path });
    }
    case 'jwt-alg-none': return m(`${b64u(JSON.stringify({ ...header, alg: rng.pick(['none', 'None', 'NONE']) }))}.${p}.${rng.chance(0.5) ? '' : s}`);
    case 'jwt-hs256-confusion': {
      const hdr = b64u(JSON.stringify({ ...header, alg: 'HS256' }));
      const secret = rng.chance(0.5) ? JSON.stringify(header.jwk ?? ctx.attacker.publicJwk) : header.kid ?? '';
      return m(`${hdr}.${p}.${b64u(createHmac('sha256', String(secret)).update(`${hdr}.${p}`).digest())}`);
    }
    case 'jwt-attacker-jwk': return m(await attackerSign({ ...header, jwk: ctx.attacker.publicJwk }, rng.chance(0.5) ? payload : mutateJson(rng, payload, ctx, []).input));
    case 'jwt-attacker-kid': return m(await attackerSign({ ...header, kid: ctx.attacker.kid }, payload));
    case 'jwt-crit': return m(`${b64u(JSON.stringify({ ...header, crit: rng.pick([['exp'], ['b64'], ['x-unknown'], [], 'exp']) }))}.${p}.${s}`);
    case 'jwt-es256-high-s': {
      const sig = unb64u(s);
      const r = sig.subarray(0, 32);
      const highS = P256_N - toBig(sig.subarray(32));
      return m(`${h}.${p}.${b64u(Buffer.concat([r, fromBig(highS, 32)]))}`, { path: 'signature', mustFail: 'KNOWN-ISSUE-10.7 ES256 high-S signature' });
    }
    case 'jwt-flattened': return m(rng.chance(0.5) ? { protected: h, payload: p, signature: s } : JSON.stringify({ protected: h, payload: p, signature: s }), { mustFail: 'KNOWN-ISSUE-10.7 flattened JWS for a VC-JWT' });
    case 'jwt-swap-segment': {
      const [th, tp, ts] = twin!.split('.') as [string, string, string];
      const which = rng.int(3);
      return m([which === 0 ? th : h, which === 1 ? tp : p, which === 2 ? ts : s].join('.'), { path: ['header', 'payload', 'signature'][which]! });
    }
    case 'jwt-noncanonical-payload': {
      // The same JSON, other bytes: re-serialized with spaces (signature over the old bytes).
      return m(`${h}.${b64u(JSON.stringify(payload, null, 1))}.${s}`);
    }
    default: {
      const i = rng.range(1, jwt.length - 1);
      return m(rng.chance(0.5) ? `  ${jwt}\n` : jwt.slice(0, i) + ' ' + jwt.slice(i), { path: 'whitespace' });
    }
  }
}

// ---------------------------------------------------------------- JAdES (JWS JSON serialization)

export function mutateJades(rng: Rng, jws: Json, ctx: MutationContext): Mutated {
  const out = clone(jws);
  const sig = out.signatures?.[0] ?? out;
  const kind = rng.weighted<string>([
    ['jades-json', 15], ['jades-payload-json', 25], ['jades-payload-char', 10], ['jades-protected-json', 12],
    ['jades-signature-char', 8], ['jades-etsiU-char', 5], ['jades-x5c-junk', 2], ['jades-flattened', 2], ['jades-alg-none', 2],
  ]);
  const m = (input: Json, extra: Partial<Mutated> = {}): Mutated => ({ kind, input, ...extra });
  const flip = (text: string) => {
    const i = rng.int(text.length);
    return text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ (1 << rng.int(6))) + text.slice(i + 1);
  };
  switch (kind) {
    case 'jades-json': {
      const mutated = mutateJson(rng, out, ctx, []);
      return m(mutated.input, { kind: `jades-json:${mutated.kind}`, path: mutated.path, ...(mutated.mustFail ? { mustFail: mutated.mustFail } : {}) });
    }
    case 'jades-payload-json': {
      const mutated = mutateJson(rng, JSON.parse(out.payload), ctx, []);
      out.payload = typeof mutated.input === 'string' ? mutated.input : JSON.stringify(mutated.input);
      return m(out, { kind: `jades-payload:${mutated.kind}`, path: mutated.path });
    }
    case 'jades-payload-char': out.payload = flip(out.payload); return m(out);
    case 'jades-protected-json': {
      const header = JSON.parse(unb64u(sig.protected).toString('utf8'));
      const mutated = mutateJson(rng, header, ctx, []);
      sig.protected = b64u(typeof mutated.input === 'string' ? mutated.input : JSON.stringify(mutated.input));
      return m(out, { kind: `jades-protected:${mutated.kind}`, path: mutated.path });
    }
    case 'jades-signature-char': sig.signature = flip(sig.signature); return m(out);
    case 'jades-etsiU-char': {
      if (!Array.isArray(sig.header?.etsiU) || sig.header.etsiU.length === 0) { sig.signature = flip(sig.signature); return m(out, { kind: 'jades-signature-char' }); }
      const i = rng.int(sig.header.etsiU.length);
      sig.header.etsiU[i] = flip(sig.header.etsiU[i]);
      return m(out);
    }
    case 'jades-x5c-junk': {
      const header = JSON.parse(unb64u(sig.protected).toString('utf8'));
      const certs: string[] = Array.isArray(header.x5c) ? header.x5c : [];
      const junk = Array.from({ length: rng.range(10, 60) }, (_, i) => (i % 2 === 0 && certs.length > 0 ? rng.pick(certs) : b64u(Buffer.from(`junk-${i}`)).replace(/-/g, '+')));
      header.x5c = [...certs, ...junk];
      sig.protected = b64u(JSON.stringify(header));
      return m(out);
    }
    case 'jades-flattened': return m({ payload: out.payload, protected: sig.protected, header: sig.header, signature: sig.signature });
    default: {
      const header = JSON.parse(unb64u(sig.protected).toString('utf8'));
      sig.protected = b64u(JSON.stringify({ ...header, alg: 'none' }));
      sig.signature = '';
      return m(out);
    }
  }
}

// ---------------------------------------------------------------- baked images

export function mutateImage(rng: Rng, seed: Seed, ctx: MutationContext, inner: Mutated): Mutated {
  const png = seed.format === 'png';
  const image = seed.input as Uint8Array | string;
  const kind = rng.weighted<string>([['image-byte-flip', 40], ['image-rebake', 40], ['image-truncate', 8], ['image-redos-comments', png ? 0 : 6], ['image-double-bake', 6]]);
  const m = (input: Json, extra: Partial<Mutated> = {}): Mutated => ({ kind, input, ...extra });
  switch (kind) {
    case 'image-byte-flip': {
      if (png) {
        const bytes = Uint8Array.from(image as Uint8Array);
        const i = rng.int(bytes.length);
        bytes[i] = bytes[i]! ^ (1 << rng.int(8));
        return m(bytes, { path: `byte ${i}` });
      }
      const text = image as string;
      const i = rng.int(text.length);
      return m(text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ (1 << rng.int(6))) + text.slice(i + 1), { path: `char ${i}` });
    }
    case 'image-rebake': {
      try {
        return m(bake(inner.input as never, png ? basePng() : BASE_SVG), { kind: `image-rebake:${inner.kind}`, ...(inner.mustFail ? { mustFail: inner.mustFail } : {}), ...(inner.path ? { path: inner.path } : {}) });
      } catch {
        return m(image, { kind: 'image-unchanged' });
      }
    }
    case 'image-truncate': {
      const n = rng.int(png ? (image as Uint8Array).length : (image as string).length);
      return m(png ? (image as Uint8Array).subarray(0, n) : (image as string).slice(0, n));
    }
    case 'image-redos-comments': {
      const text = image as string;
      const n = rng.chance(0.1) ? rng.range(21, 25) : rng.range(8, 20);
      const cut = text.indexOf('<svg');
      return m(text.slice(0, cut) + '<!---->'.repeat(n) + text.slice(cut), { path: `${n} comments` });
    }
    default: {
      // A second credential baked next to the first (another issuer's): which one does the verifier read?
      const donor = rng.pick(ctx.seeds.filter((s) => s.format === 'jcs' || s.format === 'jwt'));
      try {
        return m(png ? Buffer.concat([Buffer.from(image as Uint8Array).subarray(0, 33), Buffer.from(bake(donor.input as never, basePng()) as Uint8Array).subarray(33, -12), Buffer.from(image as Uint8Array).subarray(33)]) : (image as string).replace('</svg>', `${(bake(donor.input as never, BASE_SVG) as string).replace(/^[\s\S]*?<svg[^>]*>/, '').replace('</svg>', '')}</svg>`));
      } catch {
        return m(image, { kind: 'image-unchanged' });
      }
    }
  }
}

// ---------------------------------------------------------------- hostile inputs from nothing

export function hostileInput(rng: Rng, ctx: MutationContext): Mutated {
  const kind = rng.weighted<string>([
    ['deep-nesting', 6], ['huge-array', 3], ['proto-text', 4], ['weird-unicode', 6], ['redos-svg', 4], ['random-bytes', 4],
    ['png-junk', 3], ['jwt-garbage', 5], ['json-edge', 4], ['not-credential', 4], ['svg-garbage', 3],
  ]);
  const m = (input: Json, extra: Partial<Mutated> = {}): Mutated => ({ kind, input, ...extra });
  switch (kind) {
    case 'deep-nesting': {
      const depth = rng.pick([65, 100, 1000, 10_000, 100_000]);
      const open = rng.chance(0.5) ? '[' : '{"a":';
      const close = open === '[' ? ']' : '}';
      return m(open.repeat(depth) + '1' + close.repeat(depth), { path: `depth ${depth}` });
    }
    case 'huge-array': {
      const n = rng.chance(0.05) ? rng.range(100_000, 300_000) : rng.range(1000, 30_000);
      return m(`{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential"],"credentialSubject":{"x":[${'0,'.repeat(n - 1)}0]}}`, { path: `${n} items` });
    }
    case 'proto-text': return m(rng.pick(['{"__proto__":{"verified":true}}', '{"a":{"constructor":{"prototype":{"x":1}}}}', '[{"__proto__":null}]', '{"proof":{"__proto__":{"type":"DataIntegrityProof"}}}']));
    case 'weird-unicode': return m(rng.chance(0.5) ? weirdString(rng) : JSON.stringify({ '@context': [weirdString(rng)], type: [weirdString(rng)], [weirdString(rng)]: weirdString(rng) }));
    case 'redos-svg': {
      const n = rng.chance(0.1) ? rng.range(23, 27) : rng.range(8, 22);
      return m(rng.pick(['<!---->', '<!-- -->', '<!--x-->']).repeat(n) + rng.pick(['x', '<svg', '<?xml']), { path: `${n} comments` });
    }
    case 'random-bytes': return m(Uint8Array.from({ length: rng.range(0, 4096) }, () => rng.int(256)));
    case 'png-junk': {
      const png = Buffer.from(basePng());
      return m(Buffer.concat([png.subarray(0, 8), Buffer.from(Array.from({ length: rng.range(0, 2000) }, () => rng.int(256)))]));
    }
    case 'jwt-garbage': {
      const seg = (n: number) => b64u(Buffer.from(Array.from({ length: n }, () => rng.int(256))));
      return m(rng.pick([
        `${seg(rng.range(0, 40))}.${seg(rng.range(0, 400))}.${seg(rng.range(0, 80))}`,
        `${b64u('{"alg":"none","typ":"vc+jwt"}')}.${b64u('{"iss":"did:key:z6Mk","vc":{}}')}.`,
        `${b64u('{"alg":"EdDSA","crit":["b64"],"b64":false}')}.${b64u('{}')}.${seg(64)}`,
        `${b64u(JSON.stringify({ alg: 'ES256', jwk: ctx.attacker.publicJwk }))}.${b64u('{"vc":{"type":["VerifiableCredential"]}}')}.${seg(64)}`,
        `${b64u('{"alg":"EdDSA","kid":"../../../etc/passwd"}')}.${b64u('[]')}.${seg(64)}`,
        `${seg(2_000_000)}.x.y`,
      ]));
    }
    case 'json-edge': return m(rng.pick(['1e400', '-0', '"x"', 'null', 'true', '[]', '{}', '{"@context":null}', '{"@context":[],"proof":[]}', '{"a":' + '9'.repeat(400) + '}', '{"@context":{"@vocab":"https://evil.example/"},"proof":{"type":"DataIntegrityProof","cryptosuite":"eddsa-jcs-2022","proofValue":"z"}}']));
    case 'not-credential': return m(rng.pick([undefined, null, 0, Number.NaN, Symbol.for('x') as never, () => 1, new Date(), new Map(), [1, 2], { toJSON: () => { throw new Error('boom'); } }]));
    default: return m(rng.pick(['<svg', '<svg xmlns="http://www.w3.org/2000/svg"><openbadges:credential verify="x"/>', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><svg>&c;</svg>']));
  }
}
