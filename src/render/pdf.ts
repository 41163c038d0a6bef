import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * DejaVu Sans (npm `dejavu-fonts-ttf`) covers Latin, Georgian and Armenian, so every language of
 * a certificate renders with real glyphs. Read once; pdfkit embeds only the glyphs used.
 */
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function dejaVu() {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    fonts = {
      regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
      bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    };
  }
  return fonts;
}

export type Pdf = InstanceType<typeof PDFDocument>;

/** A new A4 document with the fonts registered as `body` and `bold`, and its bytes once ended. */
export function newPdf(info: { title: string; language: string }): { doc: Pdf; bytes: Promise<Uint8Array> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: info.title, Producer: 'microcred', Creator: 'microcred', CreationDate: new Date(0) },
    lang: info.language,
    bufferPages: true,
  });
  const { regular, bold } = dejaVu();
  doc.registerFont('body', regular);
  doc.registerFont('bold', bold);
  doc.font('body');
  const chunks: Buffer[] = [];
  const bytes = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return { doc, bytes };
}
