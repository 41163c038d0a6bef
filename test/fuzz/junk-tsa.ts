/**
 * A self-made time-stamp authority whose tokens carry `junk` extra certificates, all named like
 * the TSA (each a candidate issuer of the others): the shape of KNOWN-ISSUE-10.2 (time-stamp
 * checks without a CPU budget). Same token layout as test/seal/helpers.ts `fakeTsa`.
 */
import { buildCertificate, generateKeyPair, x509Sign } from '../../src/seal/certificate-builder.js';
import { explicit, generalizedTime, integer, nullValue, octetString, oid, seq, setOf, tlv } from '../../src/seal/der.js';
import { digest, toPem } from '../../src/seal/encoding.js';
import { OID } from '../../src/seal/oids.js';
import { encodeSubject, parseSubject } from '../../src/seal/seal-key.js';
import type { TsaClient } from '../../src/seal/types.js';
import { parseCertificate } from '../../src/seal/x509.js';

export async function junkTsa(junk: number): Promise<{ client: TsaClient; certificatePem: string }> {
  const keys = await generateKeyPair('ES256');
  const name = encodeSubject(parseSubject('CN=Junk TSA,O=microcred fuzz,C=LU'));
  const now = Date.now();
  const template = { subject: name, notBefore: new Date(now - 86_400_000), notAfter: new Date(now + 86_400_000 * 365), keyUsage: ['digitalSignature'] as const, extKeyUsage: [OID.kpTimeStamping] };
  const certDer = await buildCertificate({ ...template, keyUsage: [...template.keyUsage], spki: keys.spki, selfKey: { privateKey: keys.privateKey, algorithm: 'ES256' } });
  const other = await generateKeyPair('ES256');
  const junkDers: Uint8Array[] = [];
  for (let i = 0; i < junk; i++) junkDers.push(await buildCertificate({ ...template, keyUsage: [...template.keyUsage], spki: other.spki, selfKey: { privateKey: other.privateKey, algorithm: 'ES256' } }));
  const cert = parseCertificate(certDer);
  let serial = 1;
  const client: TsaClient = {
    async timestamp(hash) {
      const tstInfo = seq(integer(1), oid('1.2.3.4.5'), seq(seq(oid(OID.sha256), nullValue()), octetString(hash)), integer(serial++), generalizedTime(new Date()));
      const attribute = (type: string, value: Uint8Array) => seq(oid(type), setOf(value));
      const signedAttrs = setOf(
        attribute(OID.contentTypeAttr, oid(OID.tstInfo)),
        attribute(OID.messageDigestAttr, octetString(await digest('SHA-256', tstInfo))),
        attribute(OID.signingCertificateV2, seq(seq(seq(octetString(await digest('SHA-256', certDer)))))),
      );
      const signature = await x509Sign(keys.privateKey, 'ES256', signedAttrs);
      const signerInfo = seq(
        integer(1),
        seq(cert.issuerDer, tlv(0x02, cert.serial)),
        seq(oid(OID.sha256), nullValue()),
        Uint8Array.from([0xa0, ...signedAttrs.subarray(1)]),
        seq(oid(OID.ecdsaWithSHA256)),
        octetString(signature),
      );
      const signedData = seq(integer(3), setOf(seq(oid(OID.sha256), nullValue())), seq(oid(OID.tstInfo), explicit(0, octetString(tstInfo))), tlv(0xa0, ...junkDers, certDer), setOf(signerInfo));
      return seq(oid(OID.signedData), explicit(0, signedData));
    },
  };
  return { client, certificatePem: toPem('CERTIFICATE', certDer) };
}
