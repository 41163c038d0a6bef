import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DerError, decodeDer, integer, oid, seq } from '../../src/seal/der.js';
import { decodeBase64Strict, decodeBase64UrlStrict } from '../../src/seal/encoding.js';
import { parseTimestampToken } from '../../src/seal/tst.js';
import { type Certificate, parseCertificate, verifyIssuedBy } from '../../src/seal/x509.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';
import { euSignedSample } from './helpers.js';

describe('strict DER and base64', () => {
  it('refuses BER leniencies and trailing bytes', () => {
    const bad = [
      Uint8Array.of(0x30, 0x80, 0x00, 0x00), // indefinite length
      Uint8Array.of(0x30, 0x81, 0x01, 0x00), // non-minimal long form
      Uint8Array.of(0x30, 0x82, 0x00, 0x90, ...new Uint8Array(0x90)), // leading zero in length
      Uint8Array.of(0x30, 0x00, 0x00), // trailing byte
      Uint8Array.of(0x00, 0x00), // end-of-contents tag
      Uint8Array.of(0x1f, 0x81, 0x00), // high tag number
      Uint8Array.of(0x30, 0x05, 0x00), // runs past the end
    ];
    for (const bytes of bad) expect(() => decodeDer(bytes)).toThrow(DerError);
    expect(decodeDer(seq(integer(5), oid('1.2.840.113549.1.1.11'))).value.length).toBe(14);
  });

  it('decodes only canonical base64 and base64url', () => {
    expect(decodeBase64Strict('YWI=')).toEqual(Uint8Array.of(0x61, 0x62));
    for (const text of ['YWJ=', 'YWI', 'YW I=', 'YWI==', undefined, 42]) expect(decodeBase64Strict(text), String(text)).toBeUndefined();
    expect(decodeBase64UrlStrict('YWI')).toEqual(Uint8Array.of(0x61, 0x62));
    for (const text of ['YWJ', 'YWI=', 'YW+', 'Y']) expect(decodeBase64UrlStrict(text), text).toBeUndefined();
  });
});

describeWithSpecs('X.509 parsing agrees with OpenSSL (node:crypto) on the EU sample certificates', (specs) => {
  const certificates = (): Certificate[] => {
    const document = JSON.parse(euSignedSample(specs)) as { signatures: Array<{ protected: string; header: { etsiU: string[] } }> };
    const entry = document.signatures[0]!;
    const header = JSON.parse(Buffer.from(entry.protected, 'base64url').toString()) as { x5c: string[]; adoTst: { tstTokens: Array<{ val: string }> } };
    const etsiU = entry.header.etsiU.map((e) => JSON.parse(Buffer.from(e, 'base64url').toString()) as Record<string, unknown>);
    const xVals = (etsiU.find((c) => c.xVals)!.xVals as Array<{ x509Cert: { val: string } }>).map((x) => x.x509Cert.val);
    const fromToken = parseTimestampToken(decodeBase64Strict(header.adoTst.tstTokens[0]!.val)!).certificates.map((c) => Buffer.from(c.der).toString('base64'));
    return [...header.x5c, ...xVals, ...fromToken].map((b64) => parseCertificate(decodeBase64Strict(b64)!));
  };

  it('reads names, serials, validity, key and basic constraints as OpenSSL does', () => {
    const certs = certificates();
    expect(certs.length).toBeGreaterThanOrEqual(5);
    for (const cert of certs) {
      const node = new X509Certificate(cert.der);
      expect(cert.serialHex).toBe(node.serialNumber);
      expect(cert.notBefore.getTime()).toBe(Date.parse(node.validFrom));
      expect(cert.notAfter.getTime()).toBe(Date.parse(node.validTo));
      expect(cert.basicConstraints?.ca ?? false).toBe(node.ca);
      expect(cert.publicKey.kind.toLowerCase()).toBe(node.publicKey.asymmetricKeyType);
      // node's subject lists one attribute per line, in DER order
      expect(node.subject.split('\n').map((line) => line.split('=')[1])).toEqual(cert.subject.map((a) => a.value));
    }
  });

  it('checks certificate signatures as OpenSSL does', async () => {
    const certs = certificates();
    for (const cert of certs) {
      for (const issuer of certs) {
        const expected = new X509Certificate(cert.der).verify(new X509Certificate(issuer.der).publicKey);
        expect(await verifyIssuedBy(cert, issuer)).toBe(expected);
      }
    }
  });
});
