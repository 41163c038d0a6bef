/** The page's resolver: https only, the same size limit and did:web id check as createResolver. */
import { describe, expect, it } from 'vitest';
import { BROWSER_MAX_BYTES, browserResolver } from '../../src/web/browser-resolver.js';

const json = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/did+json', ...headers } });

describe('browserResolver()', () => {
  it('resolves a did:web over https and checks the document is about that DID', async () => {
    const asked: string[] = [];
    const resolver = browserResolver(async (url) => {
      asked.push(String(url));
      return json({ id: 'did:web:university.example.ge', verificationMethod: [] });
    });
    expect((await resolver.resolve('did:web:university.example.ge#key-1')).document).toMatchObject({ id: 'did:web:university.example.ge' });
    expect(asked).toEqual(['https://university.example.ge/.well-known/did.json']);
    const liar = browserResolver(async () => json({ id: 'did:web:evil.example' }));
    await expect(liar.resolve('did:web:university.example.ge')).rejects.toMatchObject({ code: 'ERR_DID_DOCUMENT_ID_MISMATCH' });
  });

  it('refuses plain http and documents over the size limit', async () => {
    const never = browserResolver(async () => {
      throw new Error('must not fetch');
    });
    await expect(never.resolve('http://university.example.ge/keys/1')).rejects.toMatchObject({ code: 'ERR_RESOLVER_INSECURE_URL' });
    await expect(never.resolve('urn:uuid:1')).rejects.toMatchObject({ code: 'ERR_RESOLVER_UNSUPPORTED_URL' });
    const huge = browserResolver(async () => json(`{"id":"https://university.example.ge/keys/1","pad":"${'x'.repeat(BROWSER_MAX_BYTES)}"}`));
    await expect(huge.resolve('https://university.example.ge/keys/1')).rejects.toMatchObject({ code: 'ERR_RESOLVER_TOO_LARGE' });
  });
});
