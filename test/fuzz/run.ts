/**
 * One fuzz trial: pick a seed by weight (or a hostile input from nothing), mutate it, verify it
 * with `verify()`/`verifyPresentation()` or through `POST /credentials/verify` on a loopback
 * service, and classify the result with the oracle.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { unbake } from '../../src/bake/index.js';
import { signPresentation } from '../../src/issue/sign-presentation.js';
import { signerFromKeyFile } from '../../src/keys/signer.js';
import { createServer } from '../../src/server/index.js';
import { openSqliteStore } from '../../src/store/sqlite.js';
import { createSuiteRegistry } from '../../src/suites/registry.js';
import { verifyPresentation } from '../../src/verify/presentation.js';
import { verify } from '../../src/verify/verify.js';
import { CHALLENGE, type Corpus, DOMAIN, type Seed, buildCorpus } from './corpus.js';
import { type MutationContext, type Mutated, hostileInput, mutateImage, mutateJades, mutateJson, mutateJwt } from './mutate.js';
import { innerContents, onlyContextAppended, signedContent, viewOf } from './oracle.js';
import { Rng } from './rng.js';

type Json = any;

/**
 * - `rejected`: did not verify (the expected outcome of almost every mutation).
 * - `false-accept`: verified although the signed content differs from the seed's — a forgery.
 * - `policy-accept`: verified with the signed content unchanged, but the mutation breaks a rule
 *   the verifier must enforce (one canonical encoding, no duplicate keys, no unsigned data).
 * - `view-divergence`: verified with the signed content unchanged, but the report tells its user
 *   something else than for the seed (the MicroCredential view or the issuer).
 * - `neutral-accept`: verified; signed content and view unchanged (key order, whitespace, …).
 * - `crash`: threw, answered 5xx, or reported `ERR_INTERNAL` (an exception verify() caught).
 */
export type Result = 'rejected' | 'false-accept' | 'policy-accept' | 'view-divergence' | 'neutral-accept' | 'crash';

export interface Outcome {
  trial: number;
  seed: string;
  kind: string;
  target: 'verify' | 'service';
  result: Result;
  cpuMs: number;
  mustFail?: string;
  path?: string;
  statusList?: string;
  detail?: string;
}

export interface HarnessOptions {
  /** Share of eligible trials sent through the HTTP service. Default 0.05; 0 starts no server. */
  serviceShare?: number;
  /** Weight of hostile inputs made from nothing, against the seeds' weights (sum ≈ 95). Default 15. */
  hostileWeight?: number;
}

export interface Harness {
  corpus: Corpus;
  /** The mix: each seed (and `hostile`) with its share of trials. */
  mix: Array<{ name: string; share: number }>;
  run(trial: number, seed: number): Promise<{ outcome: Outcome; input: unknown }>;
  close(): Promise<void>;
}

const INTERESTING: Result[] = ['false-accept', 'policy-accept', 'view-divergence', 'crash'];
export const isInteresting = (r: Result) => INTERESTING.includes(r);

function unbakeOrNothing(image: unknown): unknown {
  try {
    return unbake(image as Uint8Array | string);
  } catch {
    return undefined;
  }
}

export async function createHarness(options: HarnessOptions = {}): Promise<Harness> {
  const corpus = await buildCorpus();
  const suites = createSuiteRegistry();
  const jcsSuite = suites.get('eddsa-jcs-2022');
  if (jcsSuite.format !== 'embedded') throw new Error('eddsa-jcs-2022 must be embedded');
  const attackerSigner = await signerFromKeyFile(corpus.attacker);
  const ctx: MutationContext = {
    seeds: corpus.seeds,
    attacker: { key: corpus.attacker, privateJwk: corpus.attacker.privateKeyJwk as never, publicJwk: corpus.attacker.publicKeyJwk as never, kid: corpus.attacker.id },
    statusListNames: Object.keys(corpus.statusLists.lists),
  };

  // Baselines: every seed must verify, and its signed content and view are what mutations are compared to.
  const baseline = new Map<string, { content: string; view: string; inner: string[] }>();
  for (const seed of corpus.seeds) {
    const report = await verifyAny(seed, seed.input, seed.options);
    if (!report.verified) throw new Error(`seed ${seed.name} does not verify: ${JSON.stringify(report.checks)}`);
    baseline.set(seed.name, { content: await signedContent(seed.input, seed.format, seed.inner), view: viewOf(report), inner: seed.format === 'vp' ? await innerContents(seed.input) : [] });
  }

  const serviceShare = options.serviceShare ?? 0.05;
  let server: { app: FastifyInstance; base: string; close(): Promise<void> } | undefined;
  if (serviceShare > 0) {
    const store = await openSqliteStore({ dataDir: mkdtempSync(join(tmpdir(), 'microcred-fuzz-srv-')) });
    const app = await createServer({ store, key: corpus.holder, apiToken: 'fuzz-token-0123456789abcdef', logger: false, trust: corpus.trust });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    server = { app, base: `http://127.0.0.1:${port}`, close: async () => { await app.close(); await store.close(); } };
  }

  const hostileWeight = options.hostileWeight ?? 15;
  const choices: Array<readonly [Seed | 'hostile', number]> = [...corpus.seeds.map((s) => [s, s.weight] as const), ['hostile', hostileWeight] as const];
  const total = choices.reduce((n, [, w]) => n + w, 0);

  async function mutate(rng: Rng, seed: Seed): Promise<Mutated> {
    switch (seed.format) {
      case 'jwt':
        return mutateJwt(rng, seed.input as string, ctx, seed.twin as string | undefined);
      case 'jades':
        return mutateJades(rng, seed.input as Json, ctx);
      case 'png':
      case 'svg': {
        const innerSeed = corpus.seeds.find((s) => s.name === seed.name.slice(4, -1))!;
        const inner = innerSeed.format === 'jwt' ? await mutateJwt(rng, innerSeed.input as string, ctx, undefined) : mutateJson(rng, innerSeed.input, ctx, donorsFor(innerSeed));
        return mutateImage(rng, seed, ctx, inner);
      }
      case 'vp': {
        if (rng.chance(0.3)) {
          // The holder signs a presentation around a tampered credential: only the credential's own proof can catch it.
          const vp = structuredClone(seed.input as Json);
          const m = mutateJson(rng, vp.verifiableCredential[0], ctx, []);
          if (typeof m.input === 'string') {
            // JSON text (duplicate or __proto__ keys): the presentation as text around it, old proof kept.
            const marker = `__CREDENTIAL_${rng.int(1e9)}__`;
            return { ...m, kind: `vp-credential:${m.kind}`, input: JSON.stringify({ ...vp, verifiableCredential: [marker] }).replace(JSON.stringify(marker), m.input) };
          }
          const { proof: _p, ...unsigned } = vp;
          unsigned.verifiableCredential = [m.input];
          try {
            const resigned = await signPresentation(unsigned, { key: corpus.holder, suite: seed.inner === 'ld' ? 'eddsa-rdfc-2022' : 'eddsa-jcs-2022', challenge: CHALLENGE, domain: DOMAIN });
            return { ...m, kind: `vp-resigned:${m.kind}`, input: resigned, oracle: 'inner' };
          } catch {
            // The holder's signer refuses it (too deep, bad context): send it with the old proof instead.
            return { ...m, kind: `vp-credential:${m.kind}`, input: { ...vp, verifiableCredential: [m.input] } };
          }
        }
        return mutateJson(rng, seed.input, ctx, []);
      }
      default: {
        if (seed.name.endsWith('+status') && rng.chance(0.3)) {
          const name = rng.pick(ctx.statusListNames);
          return { kind: 'status-list', statusList: name, input: seed.input, mustFail: name === 'gzip-bad-crc' ? 'status list with a corrupt GZIP trailer (CRC-32/ISIZE)' : 'undecodable status list' };
        }
        if (seed.format === 'jcs' && rng.chance(0.04)) {
          // An attacker signs (a change of) someone else's credential with its own key, issuer unchanged.
          const m = rng.chance(0.5) ? mutateJson(rng, seed.input, ctx, []) : { kind: 'none', input: structuredClone(seed.input) };
          if (typeof m.input === 'string') return m;
          const { proof: _p, ...unsigned } = m.input as Json;
          try {
            return { ...m, kind: `resign-attacker:${m.kind}`, input: await jcsSuite.issue(unsigned, { signer: attackerSigner }) };
          } catch {
            return m; // the signer refuses it: keep the mutation with the issuer's old proof
          }
        }
        return mutateJson(rng, seed.input, ctx, donorsFor(seed));
      }
    }
  }

  function donorsFor(seed: Seed): Json[] {
    const others = corpus.seeds.filter((s) => s !== seed && (s.format === 'ld' || s.format === 'jcs')).map((s) => s.input);
    return seed.twin ? [seed.twin, ...others] : others;
  }

  async function verifyAny(seed: Seed | undefined, input: unknown, verifyOptions: Json): Promise<Json> {
    return seed?.format === 'vp' ? verifyPresentation(input, verifyOptions) : verify(input, verifyOptions);
  }

  async function viaService(seed: Seed | undefined, input: unknown): Promise<Json | undefined> {
    if (!server) return undefined;
    const vp = seed?.format === 'vp';
    let raw: string;
    if (typeof input === 'string') {
      const t = input.trim();
      const json = /^[[{]/.test(t);
      raw = vp ? `{"verifiablePresentation":${json ? t : JSON.stringify(t)},"options":{"challenge":"${CHALLENGE}","domain":"${DOMAIN}"}}` : `{"verifiableCredential":${json ? t : JSON.stringify(t)}}`;
    } else if (input && typeof input === 'object' && !(input instanceof Uint8Array)) {
      try {
        raw = JSON.stringify(vp ? { verifiablePresentation: input, options: { challenge: CHALLENGE, domain: DOMAIN } } : { verifiableCredential: input });
      } catch {
        return undefined; // not JSON (a throwing toJSON): no HTTP body can carry it; verify() gets it directly
      }
    } else return undefined;
    const response = await fetch(`${server.base}${vp ? '/presentations/verify' : '/credentials/verify'}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: raw, signal: AbortSignal.timeout(60_000) });
    const text = await response.text();
    let body: Json;
    try {
      body = JSON.parse(text);
    } catch {
      body = { text };
    }
    const ok = response.status === 200;
    if (response.status >= 500 || (ok && body.verified !== true) || (!ok && body.verified === true)) return { verified: false, crash: `HTTP ${response.status}: ${text.slice(0, 300)}` };
    // 400 with fastify's own error (bad JSON, __proto__) is a rejection too.
    return { ...body, verified: ok && body.verified === true };
  }

  return {
    corpus,
    mix: choices.map(([s, w]) => ({ name: s === 'hostile' ? 'hostile' : s.name, share: w / total })),
    async run(trial, seedNumber) {
      const rng = Rng.forTrial(seedNumber, trial);
      const choice = rng.weighted(choices);
      const seed = choice === 'hostile' ? undefined : choice;
      const mutated = seed ? await mutate(rng, seed) : hostileInput(rng, ctx);
      let verifyOptions: Json = seed?.options ?? corpus.seeds[0]!.options;
      if (mutated.statusList) {
        const list = corpus.statusLists.lists[mutated.statusList];
        verifyOptions = { ...corpus.statusLists.options, status: { resolveStatusList: async () => list } };
      }
      const eligible = !mutated.statusList && !seed?.name.endsWith('+status') && seed?.format !== 'png' && seed?.format !== 'svg';
      const target: Outcome['target'] = server && eligible && rng.chance(serviceShare) ? 'service' : 'verify';
      const base = { trial, seed: seed?.name ?? 'hostile', kind: mutated.kind, target, ...(mutated.mustFail ? { mustFail: mutated.mustFail } : {}), ...(mutated.path ? { path: mutated.path } : {}), ...(mutated.statusList ? { statusList: mutated.statusList } : {}) };

      const cpu0 = process.cpuUsage();
      let report: Json;
      let crash: string | undefined;
      try {
        report = target === 'service' ? await viaService(seed, mutated.input) : await verifyAny(seed, mutated.input, verifyOptions);
        if (target === 'service' && report === undefined) report = await verifyAny(seed, mutated.input, verifyOptions);
        if (!report || typeof report.verified !== 'boolean') crash = `no report: ${JSON.stringify(report)?.slice(0, 200)}`;
        else if (report.crash) crash = report.crash;
        else {
          const internal = [...(report.checks ?? []), ...(report.credentials ?? []).flatMap((c: Json) => c.checks ?? [])].find((c: Json) => c.code === 'ERR_INTERNAL');
          if (internal) crash = internal.message;
        }
      } catch (error) {
        crash = `threw: ${(error as Error)?.stack ?? String(error)}`;
      }
      const used = process.cpuUsage(cpu0);
      const cpuMs = (used.user + used.system) / 1000;
      if (crash) return { outcome: { ...base, result: 'crash', cpuMs, detail: crash.slice(0, 500) }, input: mutated.input };
      if (!report.verified) return { outcome: { ...base, result: 'rejected', cpuMs }, input: mutated.input };
      return { outcome: { ...base, ...(await classify(seed, mutated, report)), cpuMs }, input: mutated.input };
    },
    async close() {
      await server?.close();
      await corpus.close();
    },
  };

  async function classify(seed: Seed | undefined, mutated: Mutated, report: Json): Promise<{ result: Result; detail?: string }> {
    if (!seed) return { result: 'false-accept', detail: 'a hostile input made from nothing verified' };
    const expected = baseline.get(seed.name)!;
    if (mutated.oracle === 'inner') {
      const inner = await innerContents(mutated.input);
      if (inner.length !== expected.inner.length || inner.some((c, i) => c !== expected.inner[i])) return { result: 'false-accept', detail: 'a credential inside the presentation changed' };
    } else if ((await signedContent(mutated.input, seed.format, seed.inner)) !== expected.content) {
      const inner = seed.format === 'png' || seed.format === 'svg' ? unbakeOrNothing(mutated.input) : mutated.input;
      const original = seed.format === 'png' || seed.format === 'svg' ? unbakeOrNothing(seed.input) : seed.input;
      const appended = (seed.format === 'jcs' || seed.inner === 'jcs') && seed.format !== 'vp' && onlyContextAppended(original, inner);
      return { result: 'false-accept', detail: appended ? 'KNOWN-ISSUE-10.6 eddsa-jcs-2022: only @context entries appended (unsigned)' : 'the signed content changed' };
    }
    if (mutated.mustFail) return { result: 'policy-accept', detail: mutated.mustFail };
    if (viewOf(report) !== expected.view) return { result: 'view-divergence', detail: 'signed content unchanged, but the report shows other data' };
    return { result: 'neutral-accept' };
  }
}
