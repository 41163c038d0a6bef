import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bake } from '../../src/bake/index.js';
import { createMicroCredential, generateKey } from '../../src/index.js';
import { hasChromium, launchChromium } from '../helpers/browser.js';
import { example } from '../helpers/fixtures.js';
import { drop, staticService, verdict } from '../helpers/page.js';

describe.runIf(hasChromium)('the verification page in a real browser', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let signed: Record<string, unknown>;
  const credentials = new Map<string, object>();
  const georgianTitle = example('ge-ai-research').title.ka!;

  beforeAll(async () => {
    const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
    signed = (await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key })) as Record<string, unknown>;
    credentials.set(String(signed.id), signed);
    server = await staticService(credentials, { trusted: [key.controller] });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('dropping a valid credential shows "verified" and the Georgian title', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/verify?lang=en`);
    await drop(page, 'credential.json', JSON.stringify(signed), 'application/json');
    const result = await verdict(page);
    expect(result.verdict).toBe('verified');
    expect(await page.textContent('#verdict')).toBe('Verified');
    await page.selectOption('#language', 'ka');
    expect(await page.textContent('#details')).toContain(georgianTitle);
    expect(await page.textContent('#verdict')).toBe('დადასტურებულია');
    expect(await page.getAttribute('#result', 'class')).toBe('verified');
    await page.close();
  });

  it('the same credential on a page that recognises no issuer is amber, never green, and says why (en, ka, hy)', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/open/?lang=en`);
    await drop(page, 'credential.json', JSON.stringify(signed), 'application/json');
    const result = await verdict(page);
    expect(result.verdict).toBe('authentic-unrecognised-issuer');
    expect(await page.getAttribute('#result', 'class')).toBe('unrecognised');
    expect(await page.textContent('#verdict')).toBe('Authentic, but the issuer is not recognised');
    expect(result.text).toContain('anyone can create a key and call themselves a university');
    expect(result.text).toContain('WARN_ISSUER_NOT_CHECKED');
    const colour = await page.evaluate(() => getComputedStyle(document.getElementById('verdict')!).color);
    expect(colour).not.toBe(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ok')));
    await page.selectOption('#language', 'ka');
    expect(await page.textContent('#verdict-explain')).toContain('უნივერსიტეტად');
    await page.selectOption('#language', 'hy');
    expect(await page.textContent('#verdict-explain')).toContain('համալսարան');
    // Screenshots of every verdict, language and size: test/web/page-quality.test.ts.
    await page.close();
  });

  it('an image without a credential says so in plain words', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const page = await browser.newPage();
    await page.goto(`${base}/verify/?lang=en`);
    await drop(page, 'plain.png', new Uint8Array(png), 'image/png');
    const result = await verdict(page);
    expect(result.verdict).toBe('not-verified');
    expect(result.text).toContain('This image contains no credential.');
    await page.close();
  });

  it('dropping a tampered credential shows "not verified" with the reason', async () => {
    const tampered = structuredClone(signed) as { credentialSubject: { achievement: { creditsAvailable: number } } };
    tampered.credentialSubject.achievement.creditsAvailable = 30;
    const page = await browser.newPage();
    await page.goto(`${base}/verify`);
    await drop(page, 'tampered.json', JSON.stringify(tampered), 'application/json');
    const result = await verdict(page);
    expect(result.verdict).toBe('not-verified');
    expect(await page.textContent('#verdict')).toBe('Not verified');
    expect(await page.textContent('#reasons')).toContain('This file was changed after it was issued');
    expect(await page.textContent('#reasons')).toMatch(/proof \(ERR_[A-Z_]+\): .*(signature|Signature)/);
    expect(await page.textContent('#unreliable-heading')).toBe('These details cannot be relied on');
    await page.selectOption('#language', 'ka');
    expect(await page.textContent('#reasons')).toContain('ფაილი შეიცვალა გაცემის შემდეგ');
    await page.close();
  });

  it('a baked PNG badge verifies in the page', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const page = await browser.newPage();
    await page.goto(`${base}/verify`);
    await drop(page, 'badge.png', bake(signed, new Uint8Array(png)) as Uint8Array, 'image/png');
    expect((await verdict(page)).verdict).toBe('verified');
    await page.close();
  });

  it('a sealed European Digital Credential is authentic in the page, its issuer not recognised (a test seal is not trusted)', async () => {
    const { generateSealKey } = await import('../../src/elm.js');
    const seal = await generateSealKey({ subject: 'CN=Example State University Seal,O=Example State University,C=GE' });
    const sealed = await createMicroCredential(example('ge-ai-research'), { format: 'elm', key: seal.keyFile, profile: 'ge' });
    const page = await browser.newPage();
    await page.goto(`${base}/verify?lang=ka`);
    await drop(page, 'edc.json', JSON.stringify(sealed), 'application/json');
    const result = await verdict(page);
    expect(result.verdict).toBe('authentic-unrecognised-issuer');
    expect(result.text).toContain(georgianTitle);
    expect(result.text).toMatch(/seal \(WARN_[A-Z_]+\): /);
    await page.close();
  });

  it('arriving from a QR link (?id=) gives the same verdict', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/verify?id=${encodeURIComponent(String(signed.id))}`);
    const result = await verdict(page);
    expect(result.verdict).toBe('verified');
    expect(result.text).toContain('Nino Beridze');
    await page.goto(`${base}/verify?id=urn%3Auuid%3Aunknown`);
    expect((await verdict(page)).verdict).toBe('not-verified');
    await page.close();
  });

  it('is usable with a keyboard and on a phone screen', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${base}/verify`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    for (const id of ['language', 'file', 'pasted']) {
      expect(await page.evaluate((id) => !!document.querySelector(`label[for="${id}"]`) || !!document.getElementById(id)?.getAttribute('aria-labelledby'), id)).toBe(true);
    }
    await page.focus('#pasted');
    await page.keyboard.insertText(JSON.stringify(signed));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verify-button');
    await page.keyboard.press('Enter');
    expect((await verdict(page)).verdict).toBe('verified');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  });
});

describe.runIf(hasChromium)('the verification page served by microcred serve', () => {
  it('a QR link to /verify?id=… on the issuing service gives the verdict, and revocation shows', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { startService } = await import('../../src/server/start.js');
    const service = await startService({
      port: 0, host: '127.0.0.1', dataDir: mkdtempSync(join(tmpdir(), 'microcred-serve-')), publishCredentials: true,
      apiToken: 'test-token-0123456789abcdef', logger: false, out: () => {}, env: {},
    });
    const browser = await launchChromium();
    try {
      const headers = { authorization: 'Bearer test-token-0123456789abcdef', 'content-type': 'application/json' };
      const document = { ...example('ge-ai-research'), id: 'urn:uuid:7f1d1c0e-8a51-4a8e-9f0e-3b7f1a2c0002' };
      const issued = await fetch(`${service.url}/micro-credentials?profile=ge`, { method: 'POST', headers, body: JSON.stringify(document) });
      expect(issued.status).toBe(201);
      const page = await browser.newPage();
      await page.goto(`${service.url}/verify?id=${encodeURIComponent(document.id)}`);
      const first = await verdict(page);
      // The page hosted by the service recognises the service's own issuer.
      expect(first.verdict, first.text).toBe('verified');
      expect(first.text).toContain('Nino Beridze');

      const revoke = await fetch(`${service.url}/credentials/status`, {
        method: 'POST', headers,
        body: JSON.stringify({ credentialId: document.id, credentialStatus: [{ type: 'BitstringStatusListEntry', status: 'revoked' }] }),
      });
      expect(revoke.ok).toBe(true);
      await page.goto(`${service.url}/verify?id=${encodeURIComponent(document.id)}`);
      const second = await verdict(page);
      expect(second.verdict).toBe('not-verified');
      expect(second.text).toContain('The issuer has revoked this credential.');
      expect(second.text).toMatch(/status \(ERR_STATUS_REVOKED\): .*revoked/i);
      await page.close();
    } finally {
      await browser.close();
      await service.close();
    }
  });
});
