import { deflateRawSync } from 'node:zlib';
import QRCode from 'qrcode';
import { InvalidArgumentError } from '../errors.js';

/** Where a certificate's QR code points. */
export type QrMode = 'url' | 'embed';

/** The verification link for a credential id: `<base>?id=<id>`, or the id itself without a base. */
export function verificationUrl(id: string, verifyBaseUrl?: string): string {
  if (!verifyBaseUrl) return id;
  const url = new URL(verifyBaseUrl);
  url.searchParams.set('id', id);
  return url.toString();
}

/** Most characters a QR code holds comfortably when printed (byte mode, error correction M). */
const EMBED_LIMIT = 2300;

/**
 * The compact form of a credential for `--qr embed`: `MC1:` + base64url(deflate-raw(text)).
 * Throws `ERR_QR_TOO_LARGE` when it cannot fit a printable QR code.
 */
export function embeddedQrText(credentialText: string): string {
  const text = `MC1:${deflateRawSync(Buffer.from(credentialText, 'utf8'), { level: 9 }).toString('base64url')}`;
  if (text.length > EMBED_LIMIT) {
    throw new InvalidArgumentError('ERR_QR_TOO_LARGE', `The credential needs ${text.length} characters in a QR code (at most ${EMBED_LIMIT}); use a verification URL instead.`);
  }
  return text;
}

/** A QR code as PNG bytes. */
export async function qrPng(text: string, size = 360): Promise<Buffer> {
  return QRCode.toBuffer(text, { errorCorrectionLevel: 'M', width: size, margin: 2 });
}
