import type { ResolvedDocument, Resolver } from '../../src/resolver/index.js';
import type { JsonObject } from '../../src/suites/index.js';

export const V2 = 'https://www.w3.org/ns/credentials/v2';
export const V1 = 'https://www.w3.org/2018/credentials/v1';
export const OB = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/** A small OB 3.0 credential (VC 2.0) issued by `issuer`, with Georgian text in a name. */
export function obCredential(issuer: string): JsonObject {
  return {
    '@context': [V2, OB],
    id: 'urn:uuid:2f3c1a52-6d0e-4f2b-9a57-0c8e8f5b7c11',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: issuer, type: ['Profile'], name: 'Tbilisi State University' },
    validFrom: '2025-01-15T10:00:00Z',
    name: 'Micro-credential: ხელოვნური ინტელექტი',
    credentialSubject: {
      id: 'did:example:learner-42',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://example.edu/achievements/ai-research',
        type: ['Achievement'],
        name: 'ხელოვნური ინტელექტი — AI research methods',
        description: 'Research methods in artificial intelligence (6 ECTS).',
        criteria: { narrative: 'Passed a supervised written exam and a research project.' },
      },
    },
  };
}

/** A VC 1.1 credential (issuanceDate) without OB terms. */
export function vc11Credential(issuer: string): JsonObject {
  return {
    '@context': [V1, { name: 'https://schema.org/name' }],
    id: 'urn:uuid:6b1e2c5e-9c1f-4f5c-8d8a-3a4b5c6d7e8f',
    type: ['VerifiableCredential'],
    issuer,
    issuanceDate: '2024-03-01T00:00:00Z',
    credentialSubject: { id: 'did:example:learner-7', name: 'Ani' },
  };
}

/** A resolver that serves fixed documents (no network), counting calls. */
export function stubResolver(documents: Record<string, JsonObject>): Resolver & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async resolve(url: string): Promise<ResolvedDocument> {
      const key = url.split('#', 1)[0] as string;
      calls.push(key);
      const document = documents[key];
      if (document === undefined) throw new Error(`stub resolver: no document for ${key}`);
      return { url: key, documentUrl: key, document: structuredClone(document) };
    },
  };
}

/** Every path to a leaf value (string, number, boolean) of a JSON value, skipping `skip` keys at the top. */
export function leafPaths(value: unknown, skip: readonly string[] = [], prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries
    .filter(([k]) => !(prefix.length === 0 && skip.includes(String(k))))
    .flatMap(([k, v]) => leafPaths(v, [], [...prefix, k]));
}

/** A deep copy of `value` with the leaf at `path` changed. */
export function tamper<T>(value: T, path: (string | number)[]): T {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  const old = node[last];
  node[last] = typeof old === 'string' ? `${old}x` : typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : 'x';
  return copy as T;
}
