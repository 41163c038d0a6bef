import type { MicroCredential } from '../model/types.generated.js';
import { type UiLanguage, label, localized } from './labels.js';
import { MAX_LOGO_BYTES, type RenderWarning } from './options.js';
import type { Pdf } from './pdf.js';

/** A logo ready to print: image bytes pdfkit can place, and its alternative text. */
export interface Logo {
  data: Buffer;
  alt: string;
}

const isPng = (b: Buffer) => b.length > 8 && b.readUInt32BE(0) === 0x89504e47;
const isJpeg = (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/**
 * The logos a document prints: `logo` when given, else each awarding body's `image` that is a
 * PNG or JPEG data: URI. Anything else (SVG, WebP, an https link: rendering fetches nothing, a
 * file pdfkit cannot read, more than {@link MAX_LOGO_BYTES}) is left out with a warning.
 */
export function logosOf(doc: Pdf, mc: MicroCredential, language: UiLanguage, logo: Uint8Array | undefined, warn: (w: RenderWarning) => void): Logo[] {
  const first = localized(mc.awardingBodies[0]!.name, language) ?? '';
  const candidates: Array<{ data: Buffer | undefined; name: string; source: string }> = logo
    ? [{ data: Buffer.from(logo), name: first, source: 'the logo file' }]
    : mc.awardingBodies.filter((b) => b.image).map((b) => {
        const match = /^data:image\/(png|jpeg);base64,(.*)$/s.exec(b.image!.id);
        return { data: match ? Buffer.from(match[2]!, 'base64') : undefined, name: localized(b.name, language) ?? '', source: `the image of ${localized(b.name, 'en')}` };
      });
  const logos: Logo[] = [];
  for (const { data, name, source } of candidates) {
    const problem = !data ? 'only PNG or JPEG data: URIs are printed (rendering fetches nothing); pass --logo with a PNG or JPEG file'
      : data.length > MAX_LOGO_BYTES ? `it has ${data.length} bytes, more than ${MAX_LOGO_BYTES}`
      : !isPng(data) && !isJpeg(data) ? 'it is neither PNG nor JPEG' : readable(doc, data);
    if (problem) warn({ code: 'WARN_LOGO_NOT_PRINTED', message: `Logo not printed: ${source}: ${problem}.` });
    else logos.push({ data: data!, alt: label(language, 'logoAlt', { name }) });
  }
  return logos;
}

/** Undefined when pdfkit can read the image, else why not. */
function readable(doc: Pdf, data: Buffer): string | undefined {
  try {
    // openImage parses (and caches) the image; it is in pdfkit but not in @types/pdfkit.
    (doc as unknown as { openImage(src: Buffer): unknown }).openImage(data);
    return undefined;
  } catch (error) {
    return `the image cannot be read (${(error as Error).message})`;
  }
}
