import { deflateRawSync } from 'node:zlib';
import type QRCode from 'qrcode';
import { InvalidArgumentError } from '../errors.js';
import { loadOptional } from '../optional.js';

/** Where a certificate's QR code points. */
export type QrMode = 'url' | 'embed';

/** The verification link for a credential id: `<base>?id=<id>`, or the id itself without a base. */
export function verificationUrl(id: string, verifyBaseUrl?: string): string {
  if (!verifyBaseUrl) return id;
  const url = new URL(verifyBaseUrl);
  url.searchParams.set('id', id);
  return url.toString();
}

/** Smallest printed module (dot) of a QR code, in points: 0.5 mm, which phone cameras read at arm's length. */
export const QR_MODULE_PT = 1.42;

/** Smallest and largest printed QR code, in points (with its quiet zone of 2 modules a side). */
export const QR_MIN_PT = 92;
export const QR_MAX_PT = 144;

/**
 * Most characters `--qr embed` puts in a QR code: the byte capacity of version 20 at error
 * correction M (97 modules), the largest that keeps {@link QR_MODULE_PT} within {@link QR_MAX_PT}.
 */
export const EMBED_LIMIT = 666;

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

/** qrcode, loaded at first use (an optional peer dependency, with pdfkit). */
async function loadQrcode(): Promise<typeof QRCode> {
  return (await loadOptional('qrcode', () => import('qrcode'))).default;
}

/** A QR code as PNG bytes (whole pixels per module, so no module blurs when scaled) and the size to print it at. */
export async function qrPng(text: string): Promise<{ png: Buffer; size: number }> {
  const QRCode = await loadQrcode();
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size + 4;
  const png = await QRCode.toBuffer(text, { errorCorrectionLevel: 'M', scale: 8, margin: 2 });
  return { png, size: Math.min(QR_MAX_PT, Math.max(QR_MIN_PT, modules * QR_MODULE_PT)) };
}
