/**
 * A verifier checks a credential against the issuer's running service: the service issues it,
 * then revokes it, and verify() — online by one option — fetches the status list and fails it
 * with the list and index. The service runs in-process on loopback, hence allowPrivateNetwork
 * (a verifier on the internet leaves it off: public addresses only).
 * Run: npx tsx examples/verify-revoked.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify } from 'microcred';
import { startService } from 'microcred/service';

const token = 'example-token-0123456789abcdef';
const dataDir = mkdtempSync(join(tmpdir(), 'microcred-example-'));
// What `microcred serve --port 0 --data <dir>` runs.
const service = await startService({ port: 0, dataDir, apiToken: token, logger: false, out: () => {}, env: {} });
try {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const completion = { ...(await import('./ge-ai-research.json', { with: { type: 'json' } })).default, id: 'urn:uuid:3f6a1c52-9d0e-4b7a-8c21-5e4f2a1b0c9d' };
  const issued = await fetch(`${service.url}/micro-credentials?profile=ge`, { method: 'POST', headers, body: JSON.stringify(completion) });
  const { verifiableCredential } = (await issued.json()) as { verifiableCredential: Record<string, unknown> };

  const online = { allowPrivateNetwork: true }; // `online: true` on the internet
  const trust = { trusted: [service.issuer] };
  const before = await verify(verifiableCredential, { online, trust });
  console.log('before:', before.verdict, '—', before.checks.find((c) => c.id === 'status')?.message);

  await fetch(`${service.url}/credentials/status`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ credentialId: completion.id, credentialStatus: [{ type: 'BitstringStatusListEntry', status: 'revoked' }] }),
  });
  const after = await verify(verifiableCredential, { online, trust });
  const status = after.checks.find((c) => c.id === 'status');
  console.log('after: ', after.verdict, '—', status?.code, status?.message);
  if (after.verified || status?.code !== 'ERR_STATUS_REVOKED') throw new Error('a revoked credential must not verify');

  // Offline (the library's default), revocation is not checked: a warning, never a pass.
  const offline = await verify(verifiableCredential, { trust });
  console.log('offline:', offline.verdict, '—', offline.checks.find((c) => c.id === 'status')?.code);
} finally {
  await service.close();
  rmSync(dataDir, { recursive: true, force: true });
}
