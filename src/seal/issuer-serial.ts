/**
 * The JAdES `kid`: base64 of a DER `IssuerSerial` (RFC 5035)
 * `SEQUENCE { SEQUENCE { [4] directoryName Name }, serialNumber INTEGER }`, built from the
 * certificate's raw issuer DER and serial — exactly as DSS (the EU sealing service) builds it.
 * Re-encoding the issuer from its text form (as some libraries do) gives different bytes.
 */
import { DerError, type DerNode, TAG, bytesEqual, childrenOf, decodeDer, explicit, expectTag, integerBytes, seq, sequence, tlv } from './der.js';
import { decodeBase64Strict, encodeBase64 } from './encoding.js';
import type { Certificate } from './x509.js';

/** DER IssuerSerial of a certificate. */
export function issuerSerialDer(cert: Certificate): Uint8Array {
  return seq(seq(explicit(4, cert.issuerDer)), tlv(TAG.INTEGER, cert.serial));
}

/** The `kid` value: standard base64 (with padding) of the DER IssuerSerial. */
export const kidFor = (cert: Certificate): string => encodeBase64(issuerSerialDer(cert));

/** Decodes a DER IssuerSerial into the issuer Name TLV and the serial INTEGER contents. Throws DerError. */
export function parseIssuerSerial(der: Uint8Array): { issuerDer: Uint8Array; serial: Uint8Array } {
  const [names, serialNode, extra] = sequence(decodeDer(der), 'IssuerSerial');
  if (extra !== undefined) throw new DerError('Trailing data in IssuerSerial.');
  const generalNames = sequence(names, 'GeneralNames');
  const directory = generalNames.find((n) => n.tag === 0xa4);
  if (directory === undefined || generalNames.length !== 1) throw new DerError('IssuerSerial must name exactly one directoryName.');
  const [name, more] = childrenOf(directory) as [DerNode | undefined, DerNode | undefined];
  if (more !== undefined) throw new DerError('Malformed directoryName.');
  return { issuerDer: expectTag(name, TAG.SEQUENCE, 'issuer Name').tlv, serial: integerBytes(expectTag(serialNode, TAG.INTEGER, 'serialNumber')) };
}

/** True when `kid` is the base64 DER IssuerSerial of `cert` (same issuer bytes, same serial). */
export function kidMatches(kid: unknown, cert: Certificate): boolean {
  const der = decodeBase64Strict(kid);
  if (der === undefined) return false;
  try {
    const { issuerDer, serial } = parseIssuerSerial(der);
    return bytesEqual(issuerDer, cert.issuerDer) && bytesEqual(serial, cert.serial);
  } catch {
    return false;
  }
}
