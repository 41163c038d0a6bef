import { X509Certificate, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generalVerify, importX509 } from 'jose';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { KeyError, SigningError } from '../../src/errors.js';
import {
  type GeneratedSealKey,
  type SealSigner,
  generateSealKey,
  loadSealKey,
  parseSealKeyFile,
  prepareForSeal,
  sealJades,
  verifyJades,
} from '../../src/seal/index.js';
import { NAL_COUNTRY_CODES, nalCountryUri } from '../../src/seal/countries.js';
import { decodeBase64Strict, digest, encodeBase64Url, toPem } from '../../src/seal/encoding.js';
import { kidFor, parseIssuerSerial } from '../../src/seal/issuer-serial.js';
import { parseCertificate, parseCertificateInput } from '../../src/seal/x509.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';
import { etsiUOf, euSignedSample, euUnsignedSample, fakeTsa, protectedHeaderOf, testCa } from './helpers.js';

const credential = {
  '@context': ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'],
  id: 'urn:credential:7f3c9a52-0d1e-4f6b-9a51-3d2f8e1c4b77',
  type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
  issuer: { id: 'urn:epass:org:1', type: 'Organisation', legalName: { en: 'Example State University', ka: 'სანიმუშო უნივერსიტეტი' } },
  validFrom: '2025-10-20T00:00:00Z',
  credentialSubject: { id: 'urn:epass:person:1', type: 'Person', fullName: { en: 'Nino Beridze' } },
};

const SUBJECT = 'CN=Example State University eSeal,O=Example State University,C=GE';

describe('generateSealKey: self-signed TEST seals', () => {
  let rsa: GeneratedSealKey;
  let ec: GeneratedSealKey;
  beforeAll(async () => {
    [rsa, ec] = await Promise.all([
      generateSealKey({ subject: SUBJECT, organizationIdentifier: 'NTRGE-204864548' }),
      generateSealKey({ subject: SUBJECT, algorithm: 'ES256', validityDays: 30 }),
    ]);
  });

  it('creates an RSA-2048 or P-256 key and a certificate Node/OpenSSL reads the same way', () => {
    for (const [key, type] of [[rsa, 'rsa'], [ec, 'ec']] as const) {
      const x509 = new X509Certificate(key.certificatePem);
      expect(x509.publicKey.asymmetricKeyType).toBe(type);
      expect(x509.subject).toContain('CN=Example State University eSeal');
      expect(x509.subject).toContain('C=GE');
      expect(x509.verify(x509.publicKey)).toBe(true); // self-signed, signature valid
      expect(x509.serialNumber).toBe(key.certificate.serialNumber);
      expect(new Date(x509.validTo).toISOString()).toBe(key.certificate.notAfter);
      expect(createPrivateKey(key.privateKeyPem).asymmetricKeyType).toBe(type);
      expect(key.testOnly).toBe(true);
      expect(key.certificate.selfSigned).toBe(true);
    }
    expect(new X509Certificate(rsa.certificatePem).subject).toContain('organizationIdentifier=NTRGE-204864548');
    expect(rsa.certificate.organizationIdentifier).toBe('NTRGE-204864548');
    const days = (Date.parse(ec.certificate.notAfter) - Date.parse(ec.certificate.notBefore)) / 86_400_000;
    expect(days).toBe(30);
    const parsed = parseCertificateInput(rsa.certificatePem);
    expect(parsed.keyUsage).toEqual(['digitalSignature', 'nonRepudiation']);
    expect(parsed.basicConstraints).toEqual({ ca: false });
  });

  it('returns a key file that parseSealKeyFile accepts and loadSealKey loads', async () => {
    expect(rsa.keyFile).toMatchObject({ type: 'MicrocredSealKey', suite: 'jades', alg: 'RS256', testOnly: true });
    expect(rsa.keyFile.certificateChainPem).toEqual([rsa.certificatePem]);
    expect(parseSealKeyFile(JSON.stringify(rsa.keyFile))).toEqual(rsa.keyFile);
    const loaded = await loadSealKey({ keyFile: ec.keyFile });
    expect(loaded.algorithm).toBe('ES256');
    expect(loaded.certificateChain).toEqual(ec.certificateChain);
  });

  it('refuses bad subjects and options with typed errors', async () => {
    const cases: Array<[Parameters<typeof generateSealKey>[0], string]> = [
      [{ subject: 'CN=No Country,O=X' }, 'ERR_SEAL_SUBJECT_INVALID'],
      [{ subject: 'CN=x,C=Georgia' }, 'ERR_SEAL_SUBJECT_INVALID'],
      [{ subject: 'C=GE' }, 'ERR_SEAL_SUBJECT_INVALID'],
      [{ subject: 'CN=x,FOO=bar,C=GE' }, 'ERR_SEAL_SUBJECT_INVALID'],
      [{ subject: 'garbage' }, 'ERR_SEAL_SUBJECT_INVALID'],
      [{ subject: '' }, 'ERR_SEAL_SUBJECT_INVALID'],
      [{ subject: SUBJECT, organizationIdentifier: '204864548' }, 'ERR_SEAL_SUBJECT_INVALID'],
      [{ subject: SUBJECT, validityDays: 0 }, 'ERR_SEAL_KEY_OPTIONS'],
      [{ subject: SUBJECT, algorithm: 'EdDSA' as 'RS256' }, 'ERR_SEAL_KEY_OPTIONS'],
    ];
    for (const [options, code] of cases) {
      await expect(generateSealKey(options), JSON.stringify(options)).rejects.toMatchObject({ name: 'KeyError', code });
    }
  });

  it('reads escaped commas and the OpenSSL slash form', async () => {
    const key = await generateSealKey({ subject: '/C=AM/O=Yerevan State University\\, Faculty of Law/CN=YSU eSeal', algorithm: 'ES256' });
    expect(key.certificate.subject).toBe('CN=YSU eSeal, O=Yerevan State University\\, Faculty of Law, C=AM');
  });
});

describe('parseSealKeyFile', () => {
  let key: GeneratedSealKey;
  beforeAll(async () => {
    key = await generateSealKey({ subject: SUBJECT, algorithm: 'ES256' });
  });

  it('points at what is wrong', () => {
    const file = key.keyFile as unknown as Record<string, unknown>;
    const cases: Array<[unknown, string]> = [
      ['not json', ''],
      [[], ''],
      [{ ...file, type: 'MicrocredKey' }, '/type'],
      [{ ...file, suite: 'vc-jwt' }, '/suite'],
      [{ ...file, alg: 'EdDSA' }, '/alg'],
      [{ ...file, alg: 'RS256' }, '/alg'],
      [{ ...file, version: 2 }, '/version'],
      [{ ...file, privateKeyPem: 'nope' }, '/privateKeyPem'],
      [{ ...file, certificateChainPem: [] }, '/certificateChainPem'],
      [{ ...file, certificateChainPem: ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'] }, '/certificateChainPem/0'],
      [{ ...file, extra: 1 }, '/extra'],
      [{ ...file, testOnly: 'yes' }, '/testOnly'],
    ];
    for (const [input, pointer] of cases) {
      let error: unknown;
      try {
        parseSealKeyFile(input);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(input).slice(0, 80)).toBeInstanceOf(KeyError);
      expect(error).toMatchObject({ code: 'ERR_SEAL_KEY_FILE_INVALID', pointer });
    }
  });
});

describe('sealJades', () => {
  let rsa: GeneratedSealKey;
  let ec: GeneratedSealKey;
  beforeAll(async () => {
    const notBefore = new Date('2025-01-01T00:00:00Z');
    [rsa, ec] = await Promise.all([
      generateSealKey({ subject: SUBJECT, notBefore, validityDays: 3650 }),
      generateSealKey({ subject: SUBJECT, algorithm: 'ES256', notBefore, validityDays: 3650 }),
    ]);
  });

  it('round-trips with RS256 and ES256 test seals (general JWS JSON, unencoded payload)', async () => {
    for (const key of [rsa, ec]) {
      const signingTime = new Date('2025-10-20T09:30:15.123Z');
      const sealed = await sealJades(credential, { key, signingTime });
      expect(Object.keys(sealed)).toEqual(['payload', 'signatures']);
      expect(sealed.payload).toBe(JSON.stringify(credential));
      expect(sealed.signatures).toHaveLength(1);
      expect(Object.keys(sealed.signatures[0])).toEqual(['protected', 'signature']);
      const result = await verifyJades(JSON.stringify(sealed), { at: '2025-10-21T00:00:00Z' });
      expect(result, key.algorithm).toMatchObject({ verified: true, signatureValid: true, algorithm: key.algorithm, level: 'B-B', signingTime: '2025-10-20T09:30:15Z' });
      expect(result.credential).toEqual(credential);
      expect(result.trusted).toBeUndefined();
      expect(result.warnings.map((w) => w.code)).toEqual(['WARN_NO_TRUST_ANCHORS', 'WARN_SELF_SIGNED']);
      const anchored = await verifyJades(sealed, { at: '2025-10-21T00:00:00Z', trustAnchors: [key.certificatePem] });
      expect(anchored).toMatchObject({ verified: true, trusted: true, warnings: [] });
    }
  });

  it('is verified by an independent JOSE implementation (jose generalVerify, RFC 7797)', async () => {
    for (const key of [rsa, ec]) {
      const sealed = await sealJades(credential, { key });
      const publicKey = await importX509(key.certificatePem, key.algorithm);
      const { payload, protectedHeader } = await generalVerify(sealed, publicKey, { crit: { sigT: true }, algorithms: [key.algorithm] });
      expect(new TextDecoder().decode(payload)).toBe(sealed.payload);
      expect(protectedHeader).toMatchObject({ alg: key.algorithm, b64: false });
    }
  });

  it('writes the protected header the EU sealing service writes, and the kid it writes', async () => {
    const sealed = await sealJades(credential, { key: rsa, signingTime: new Date('2025-10-20T09:30:15Z') });
    const header = protectedHeaderOf(sealed as unknown as Record<string, unknown>);
    expect(Object.keys(header)).toEqual(['alg', 'cty', 'kid', 'x5t#S256', 'x5c', 'typ', 'b64', 'sigT', 'crit']);
    expect(header).toMatchObject({ alg: 'RS256', cty: 'octet-stream', typ: 'jose+json', b64: false, sigT: '2025-10-20T09:30:15Z', crit: ['b64', 'sigT'] });
    const leaf = parseCertificateInput(rsa.certificatePem);
    expect(header.x5c).toEqual([rsa.certificateChain[0]]);
    expect(header['x5t#S256']).toBe(encodeBase64Url(await digest('SHA-256', leaf.der)));
    // kid: base64 DER IssuerSerial of the raw issuer Name and the serial number
    const { issuerDer, serial } = parseIssuerSerial(decodeBase64Strict(header.kid)!);
    expect(Buffer.from(issuerDer)).toEqual(Buffer.from(leaf.issuerDer));
    expect(Buffer.from(serial).toString('hex').toUpperCase().replace(/^00/, '')).toBe(new X509Certificate(rsa.certificatePem).serialNumber);
  });

  it('signs through a pluggable signer (e.g. an HSM returning DER ECDSA signatures)', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const otherKey = await globalThis.crypto.subtle.importKey('pkcs8', privateKey.export({ type: 'pkcs8', format: 'der' }), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
    // a seal certificate for that key, issued by a test CA
    const ca = await testCa();
    const issued = await ca.issueSeal(SUBJECT, 'ES256');
    const calls: Uint8Array[] = [];
    const derSigner: SealSigner = {
      algorithm: 'ES256',
      async sign(data) {
        calls.push(data);
        return issued.signer.sign(data).then((raw) => {
          // re-encode r||s as DER, as many HSM APIs return it
          const int = (b: Uint8Array) => {
            let v = Array.from(b);
            while (v.length > 1 && v[0] === 0 && v[1]! < 0x80) v = v.slice(1);
            if (v[0]! >= 0x80) v = [0, ...v];
            return [0x02, v.length, ...v];
          };
          const body = [...int(raw.subarray(0, 32)), ...int(raw.subarray(32))];
          return Uint8Array.from([0x30, body.length, ...body]);
        });
      },
    };
    const sealed = await sealJades(credential, { key: { signer: derSigner, certificateChain: issued.certificateChain } });
    expect(calls).toHaveLength(1);
    expect(new TextDecoder().decode(calls[0])).toBe(`${sealed.signatures[0].protected}.${sealed.payload}`);
    expect(Buffer.from(sealed.signatures[0].signature, 'base64url')).toHaveLength(64);
    expect((await verifyJades(sealed, { trustAnchors: [ca.anchorPem] })).verified).toBe(true);

    const wrongKey: SealSigner = { algorithm: 'ES256', sign: async (data) => new Uint8Array(await globalThis.crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, otherKey, data as BufferSource)) };
    await expect(sealJades(credential, { key: { signer: wrongKey, certificateChain: issued.certificateChain } })).rejects.toMatchObject({ code: 'ERR_SEAL_KEY_MISMATCH' });
    const broken: SealSigner = { algorithm: 'ES256', sign: async () => Promise.reject(new Error('HSM offline')) };
    await expect(sealJades(credential, { key: { signer: broken, certificateChain: issued.certificateChain } })).rejects.toBeInstanceOf(SigningError);
    await expect(sealJades(credential, { key: { signer: { ...broken, algorithm: 'RS256' }, certificateChain: issued.certificateChain } })).rejects.toMatchObject({ code: 'ERR_SEAL_KEY_INVALID' });
  });

  it('refuses what it cannot seal', async () => {
    await expect(sealJades(JSON.parse('{"__proto__":{"x":1}}'), { key: rsa })).rejects.toMatchObject({ code: 'ERR_CREDENTIAL_INVALID' });
    await expect(sealJades([] as unknown as object, { key: rsa })).rejects.toMatchObject({ code: 'ERR_CREDENTIAL_INVALID' });
    await expect(sealJades(credential, { key: rsa, signingTime: new Date('nope') })).rejects.toMatchObject({ code: 'ERR_SIGNING_TIME_INVALID' });
    await expect(sealJades(credential, { key: { signer: rsa.signer, certificateChain: ['not a certificate'] } })).rejects.toMatchObject({ code: 'ERR_SEAL_CERT_INVALID' });
    await expect(sealJades(credential, { key: rsa, contentTimestamp: true })).rejects.toMatchObject({ code: 'ERR_SEAL_OPTIONS' });
  });

  it('takes the key and chain from a test CA and verifies against that CA as trust anchor', async () => {
    const ca = await testCa();
    const key = await ca.issueSeal(SUBJECT);
    expect(key.certificateChain).toHaveLength(2);
    const sealed = await sealJades(credential, { key });
    expect(protectedHeaderOf(sealed as unknown as Record<string, unknown>).x5c).toEqual(key.certificateChain);
    const result = await verifyJades(sealed, { trustAnchors: [ca.anchorPem] });
    expect(result).toMatchObject({ verified: true, trusted: true });
    expect(result.chain!.map((c) => c.subject)).toEqual([expect.stringContaining('CN=Example State University eSeal'), expect.stringContaining('CN=microcred Test Root CA')]);
  });
});

describe('baseline-T: time-stamp authority hook', () => {
  it('puts the signature time-stamp in etsiU as sigTst, over the base64url signature value', async () => {
    const key = await generateSealKey({ subject: SUBJECT });
    const tsa = await fakeTsa();
    const sealed = await sealJades(credential, { key, timestamp: tsa.client });
    expect(tsa.calls).toHaveLength(1);
    const signature = sealed.signatures[0].signature;
    expect(Buffer.from(tsa.calls[0]!.digest)).toEqual(Buffer.from(await digest('SHA-256', new TextEncoder().encode(signature))));
    expect(tsa.calls[0]!.algorithm).toBe('SHA-256');
    expect(Object.keys(sealed.signatures[0])).toEqual(['protected', 'header', 'signature']);
    expect(etsiUOf(sealed as unknown as Record<string, unknown>)).toEqual([{ sigTst: { tstTokens: [{ val: Buffer.from(tsa.calls[0]!.token).toString('base64') }] } }]);
    const result = await verifyJades(sealed);
    expect(result).toMatchObject({ verified: true, level: 'B-T', timestamps: [{ type: 'sigTst', verified: true, tsa: 'CN=Fake TSA, O=microcred tests, C=LU' }] });
  });

  it('adds a content time-stamp (adoTst, protected and critical) over the payload when asked', async () => {
    const key = await generateSealKey({ subject: SUBJECT, algorithm: 'ES256' });
    const tsa = await fakeTsa();
    const sealed = await sealJades(credential, { key, timestamp: tsa.client, contentTimestamp: true });
    expect(tsa.calls).toHaveLength(2);
    expect(Buffer.from(tsa.calls[0]!.digest)).toEqual(Buffer.from(await digest('SHA-256', new TextEncoder().encode(sealed.payload))));
    const header = protectedHeaderOf(sealed as unknown as Record<string, unknown>);
    expect(Object.keys(header)).toEqual(['alg', 'cty', 'kid', 'x5t#S256', 'x5c', 'typ', 'b64', 'sigT', 'adoTst', 'crit']);
    expect(header.crit).toEqual(['b64', 'sigT', 'adoTst']);
    expect(header.adoTst).toEqual({ tstTokens: [{ val: Buffer.from(tsa.calls[0]!.token).toString('base64') }] });
    const result = await verifyJades(sealed);
    expect(result.verified).toBe(true);
    expect(result.timestamps.map((t) => [t.type, t.verified])).toEqual([['adoTst', true], ['sigTst', true]]);
  });

  it('refuses a TSA that fails or answers for something else', async () => {
    const key = await generateSealKey({ subject: SUBJECT });
    const tsa = await fakeTsa();
    const liar = { timestamp: (_digest: Uint8Array) => tsa.client.timestamp(new Uint8Array(32), 'SHA-256') };
    await expect(sealJades(credential, { key, timestamp: liar })).rejects.toMatchObject({ code: 'ERR_TSA_TOKEN_INVALID' });
    await expect(sealJades(credential, { key, timestamp: { timestamp: async () => Uint8Array.of(1, 2, 3) } })).rejects.toMatchObject({ code: 'ERR_TSA_TOKEN_INVALID' });
    await expect(sealJades(credential, { key, timestamp: { timestamp: () => Promise.reject(new Error('503')) } })).rejects.toMatchObject({ code: 'ERR_TSA_FAILED' });
  });
});

describe('loadSealKey', () => {
  it('loads PEM keys in PKCS#8, PKCS#1, SEC1 and encrypted PKCS#8 form, with the chain in any order', async () => {
    const ca = await testCa();
    const rsaSeal = await generateSealKey({ subject: SUBJECT });
    const ecSeal = await generateSealKey({ subject: SUBJECT, algorithm: 'ES256' });
    const rsaKey = createPrivateKey(rsaSeal.privateKeyPem);
    const ecKey = createPrivateKey(ecSeal.privateKeyPem);
    const forms: Array<[string, string, GeneratedSealKey, string?]> = [
      ['PKCS#8', rsaSeal.privateKeyPem, rsaSeal],
      ['PKCS#1', rsaKey.export({ type: 'pkcs1', format: 'pem' }) as string, rsaSeal],
      ['SEC1', ecKey.export({ type: 'sec1', format: 'pem' }) as string, ecSeal],
      ['encrypted PKCS#8', ecKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }) as string, ecSeal, 'pw'],
    ];
    for (const [name, pem, seal, password] of forms) {
      const key = await loadSealKey({ pem: { key: pem, certificates: `${ca.anchorPem}${seal.certificatePem}`, ...(password ? { password } : {}) } });
      expect(key.certificateChain, name).toEqual(seal.certificateChain); // the unrelated CA is dropped
      const sealed = await sealJades(credential, { key });
      expect((await verifyJades(sealed)).signatureValid, name).toBe(true);
    }
    await expect(loadSealKey({ pem: { key: forms[3]![1], certificates: ecSeal.certificatePem } })).rejects.toMatchObject({ code: 'ERR_SEAL_KEY_PASSWORD' });
    await expect(loadSealKey({ pem: { key: forms[3]![1], certificates: ecSeal.certificatePem, password: 'wrong' } })).rejects.toBeInstanceOf(KeyError);
    await expect(loadSealKey({ pem: { key: rsaSeal.privateKeyPem, certificates: ecSeal.certificatePem } })).rejects.toMatchObject({ code: 'ERR_SEAL_KEY_MISMATCH' });
    await expect(loadSealKey({ pem: { key: 'junk', certificates: ecSeal.certificatePem } })).rejects.toMatchObject({ code: 'ERR_SEAL_KEY_INVALID' });
    await expect(loadSealKey({ pem: { key: rsaSeal.privateKeyPem, certificates: 'junk' } })).rejects.toMatchObject({ code: 'ERR_SEAL_CERT_INVALID' });
    await expect(loadSealKey({})).rejects.toMatchObject({ code: 'ERR_SEAL_KEY_OPTIONS' });
    const p256k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    await expect(loadSealKey({ pem: { key: p256k1, certificates: ecSeal.certificatePem } })).rejects.toMatchObject({ code: 'ERR_SEAL_KEY_UNSUPPORTED' });
  });

  it('loads a PKCS#12 file built with node-forge (AES-256, RSA key and its certificate)', async () => {
    const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
    const cert = forge.pki.createCertificate();
    cert.publicKey = keys.publicKey;
    cert.serialNumber = '0a1b2c3d';
    cert.validity.notBefore = new Date(Date.now() - 60_000);
    cert.validity.notAfter = new Date(Date.now() + 86_400_000);
    const attrs = [{ shortName: 'C', value: 'GE' }, { shortName: 'O', value: 'Example State University' }, { shortName: 'CN', value: 'ESU eSeal' }];
    cert.setSubject(attrs);
    cert.setIssuer(attrs);
    cert.setExtensions([{ name: 'keyUsage', digitalSignature: true, nonRepudiation: true }]);
    cert.sign(keys.privateKey, forge.md.sha256.create());
    const certPem = forge.pki.certificateToPem(cert);
    const p12 = forge.asn1.toDer(forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], 's3cret', { algorithm: 'aes256' })).getBytes();
    const data = Uint8Array.from(p12, (c) => c.charCodeAt(0));

    const key = await loadSealKey({ pkcs12: { data, password: 's3cret' } });
    expect(key.algorithm).toBe('RS256');
    expect(key.certificate.subject).toBe('CN=ESU eSeal, O=Example State University, C=GE');
    expect(toPem('CERTIFICATE', parseCertificateInput(key.certificateChain[0]!).der).replace(/\s/g, '')).toBe(certPem.replace(/\s/g, ''));
    const sealed = await sealJades(credential, { key });
    expect(await verifyJades(sealed, { trustAnchors: [certPem] })).toMatchObject({ verified: true, trusted: true });

    await expect(loadSealKey({ pkcs12: { data, password: 'wrong' } })).rejects.toMatchObject({ code: 'ERR_PKCS12_PASSWORD' });
    await expect(loadSealKey({ pkcs12: { data: data.subarray(0, 100), password: 's3cret' } })).rejects.toMatchObject({ code: 'ERR_PKCS12_INVALID' });
  });

  it('loads an OpenSSL 3 PKCS#12 (AES-256, PBKDF2) with an EC key, when openssl is installed', async (context) => {
    let dir: string | undefined;
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
    } catch {
      context.skip();
    }
    try {
      dir = mkdtempSync(join(tmpdir(), 'microcred-p12-'));
      const seal = await generateSealKey({ subject: SUBJECT, algorithm: 'ES256' });
      writeFileSync(join(dir, 'key.pem'), seal.privateKeyPem, { mode: 0o600 });
      writeFileSync(join(dir, 'cert.pem'), seal.certificatePem);
      execFileSync('openssl', ['pkcs12', '-export', '-inkey', join(dir, 'key.pem'), '-in', join(dir, 'cert.pem'), '-out', join(dir, 's.p12'), '-passout', 'pass:pw'], { stdio: 'ignore' });
      const key = await loadSealKey({ pkcs12: { data: new Uint8Array(readFileSync(join(dir, 's.p12'))), password: 'pw' } });
      expect(key.algorithm).toBe('ES256');
      expect(key.certificateChain).toEqual(seal.certificateChain);
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('prepareForSeal', () => {
  it('sets issued/issuanceDate and issuer.eIDASIdentifier from the certificate, without touching the input', async () => {
    const key = await generateSealKey({ subject: SUBJECT, organizationIdentifier: 'NTRGE-204864548' });
    const input = structuredClone(credential);
    const at = new Date('2025-10-20T09:30:15.900Z');
    const prepared = prepareForSeal(input, key, at);
    expect(input).toEqual(credential);
    expect(prepared.issued).toBe('2025-10-20T09:30:15Z');
    expect(prepared.issuanceDate).toBe('2025-10-20T09:30:15Z');
    expect(prepared.issuer).toEqual({
      ...credential.issuer,
      eIDASIdentifier: {
        id: 'urn:certificateIdentifier:1',
        type: 'LegalIdentifier',
        spatial: {
          id: 'http://publications.europa.eu/resource/authority/country/GEO',
          type: 'Concept',
          inScheme: { id: 'http://publications.europa.eu/resource/authority/country', type: 'ConceptScheme' },
          notation: 'country',
          prefLabel: { en: 'Georgia' },
        },
        notation: 'NTRGE-204864548',
      },
    });
    const sealed = await sealJades(prepared, { key, signingTime: at });
    expect(protectedHeaderOf(sealed as unknown as Record<string, unknown>).sigT).toBe(prepared.issued);
  });

  it('falls back to the subject serialNumber, then the CN; refuses credentials without an issuer', async () => {
    const bySerial = await generateSealKey({ subject: 'CN=Seal,serialNumber=404123456,C=AM', algorithm: 'ES256' });
    expect(prepareForSeal({ issuer: 'urn:x' }, bySerial).issuer).toMatchObject({ id: 'urn:x', eIDASIdentifier: { notation: '404123456', spatial: { id: expect.stringMatching(/\/ARM$/) } } });
    const byCn = await generateSealKey({ subject: 'CN=Only A Name,C=XK', algorithm: 'ES256' });
    expect(prepareForSeal({ issuer: { id: 'urn:y' } }, byCn.certificatePem).issuer.eIDASIdentifier).toMatchObject({ notation: 'Only A Name', spatial: { id: expect.stringMatching(/\/1A0$/) } });
    expect(() => prepareForSeal({ id: 'x' }, byCn)).toThrow(expect.objectContaining({ code: 'ERR_CREDENTIAL_INVALID' }));
    expect(() => prepareForSeal({ issuer: 'x' }, 'not a cert')).toThrow(expect.objectContaining({ code: 'ERR_SEAL_CERT_INVALID' }));
  });
});

describeWithSpecs('JAdES against the EU signed sample', (specs) => {
  it('builds the same kid as DSS for the EU sample certificate', () => {
    const header = protectedHeaderOf(JSON.parse(euSignedSample(specs)) as Record<string, unknown>);
    const leaf = parseCertificate(decodeBase64Strict((header.x5c as string[])[0])!);
    expect(kidFor(leaf)).toBe(header.kid);
    const { serial } = parseIssuerSerial(decodeBase64Strict(header.kid)!);
    expect(Buffer.from(serial).toString('hex').toUpperCase()).toBe(new X509Certificate(Buffer.from((header.x5c as string[])[0]!, 'base64')).serialNumber);
  });

  it('emits the protected header keys and values of the EU sample (but adoTst, which needs a TSA)', async () => {
    const eu = protectedHeaderOf(JSON.parse(euSignedSample(specs)) as Record<string, unknown>);
    const key = await generateSealKey({ subject: SUBJECT });
    const ours = protectedHeaderOf((await sealJades(credential, { key })) as unknown as Record<string, unknown>);
    const { adoTst: _adoTst, ...euWithoutAdoTst } = eu;
    expect(Object.keys(ours)).toEqual(Object.keys(euWithoutAdoTst));
    for (const name of ['alg', 'cty', 'typ', 'b64'] as const) expect(ours[name], name).toEqual(eu[name]);
    expect(ours.crit).toEqual((eu.crit as string[]).filter((c) => c !== 'adoTst'));
    expect(ours.sigT).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(typeof eu.sigT).toBe('string');
    // with a TSA and a content time-stamp, the key set is the EU sample's exactly
    const tsa = await fakeTsa();
    const full = protectedHeaderOf((await sealJades(credential, { key, timestamp: tsa.client, contentTimestamp: true })) as unknown as Record<string, unknown>);
    expect(Object.keys(full)).toEqual(Object.keys(eu));
    expect(full.crit).toEqual(eu.crit);
  });

  it('prepareForSeal writes the eIDAS identifier the EU service wrote into its sample', () => {
    const document = JSON.parse(euSignedSample(specs)) as { payload: string; signatures: Array<{ protected: string }> };
    const sealedCredential = JSON.parse(document.payload) as { issuer: { eIDASIdentifier: unknown }; issued: string };
    const header = protectedHeaderOf(document as unknown as Record<string, unknown>);
    const prepared = prepareForSeal(euUnsignedSample(specs), (header.x5c as string[])[0]!, new Date(header.sigT as string));
    expect(prepared.issuer.eIDASIdentifier).toEqual(sealedCredential.issuer.eIDASIdentifier);
    expect(Date.parse(prepared.issued)).toBe(Date.parse(sealedCredential.issued)); // the EU writes local time with an offset
  });

  it('maps every ISO 3166-1 country to a concept of the EU country authority (NAL)', () => {
    const nal = readFileSync(join(specs, 'elm/vocabularies/xsd/country.xsd'), 'utf8');
    const codes = new Set([...nal.matchAll(/authority\/country\/([A-Z0-9_]+)"/g)].map((m) => m[1]));
    expect(NAL_COUNTRY_CODES.length).toBeGreaterThanOrEqual(250);
    for (const alpha2 of NAL_COUNTRY_CODES) expect(codes.has(nalCountryUri(alpha2)!.split('/').at(-1)), alpha2).toBe(true);
  });
});
