import { generateKeyPairSync } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import forge from 'node-forge';

/** A JSON HTTP exchange with the service under test (real fetch over loopback). */
export interface Reply {
  status: number;
  headers: Headers;
  /** Parsed JSON (arbitrary; tests read it field by field), or the text when not JSON. */
  body: any;
}

export async function call(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  options: { body?: unknown; raw?: string; token?: string; contentType?: string | null; headers?: Record<string, string>; ca?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  const payload = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (payload !== undefined && options.contentType !== null) headers['content-type'] = options.contentType ?? 'application/json';
  const { status, responseHeaders, text } =
    options.ca === undefined
      ? await viaFetch(`${base}${path}`, method, headers, payload)
      : await viaHttps(`${base}${path}`, method, headers, payload, options.ca);
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status, headers: responseHeaders, body };
}

async function viaFetch(url: string, method: string, headers: Record<string, string>, payload: string | undefined) {
  const response = await fetch(url, { method, headers, ...(payload !== undefined ? { body: payload } : {}), signal: AbortSignal.timeout(20_000) });
  return { status: response.status, responseHeaders: response.headers, text: await response.text() };
}

/** HTTPS trusting one CA (a self-signed test certificate): global fetch cannot be told to. */
function viaHttps(url: string, method: string, headers: Record<string, string>, payload: string | undefined, ca: string) {
  return new Promise<{ status: number; responseHeaders: Headers; text: string }>((resolve, reject) => {
    const req = httpsRequest(url, { ca, method, headers, timeout: 20_000 }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') responseHeaders.set(name, value);
        resolve({ status: res.statusCode ?? 0, responseHeaders, text });
      });
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.end(payload);
  });
}

/** A self-signed certificate for 127.0.0.1 / localhost, as PEM (key from node:crypto, certificate by node-forge). */
export function selfSignedCertificate(): { cert: string; key: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 86_400_000);
  const name = [{ name: 'commonName', value: 'localhost' }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] }]);
  cert.sign(forge.pki.privateKeyFromPem(keyPem), forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: keyPem };
}
