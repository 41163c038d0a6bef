import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type PDFDocument from 'pdfkit';
import { loadOptional, loadTogether } from '../optional.js';

type Fonts = { regular: Buffer; bold: Buffer };

/**
 * DejaVu Sans (npm `dejavu-fonts-ttf`) covers Latin, Georgian and Armenian, so every language of
 * a certificate renders with real glyphs. Read once; pdfkit embeds only the glyphs used.
 */
let fonts: Fonts | undefined;
async function dejaVu(): Promise<Fonts> {
  fonts ??= await loadOptional('dejavu-fonts-ttf', async () => {
    const require = createRequire(import.meta.url);
    return {
      regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
      bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    };
  });
  return fonts;
}

/** pdfkit, loaded at first use: a verify-only install does not have it. */
async function loadPdfkit(): Promise<typeof PDFDocument> {
  return (await loadOptional('pdfkit', () => import('pdfkit'))).default;
}

export type Pdf = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Pdf['struct']>;

import type { Paper } from './options.js';

export type { Paper };

/** What {@link newPdf} needs to know. */
export interface PdfSetup {
  title: string;
  language: string;
  paper?: Paper;
  /** CreationDate and ModDate of the file. Default: now (fix it for byte-identical output). */
  creationDate?: Date;
  margins?: { top: number; bottom: number; left: number; right: number };
}

export const NAVY = '#003399';
export const GREY = '#444444';
export const BLACK = '#000000';

/**
 * A tagged PDF/A-3b document (pdfkit): every drawing goes either into a structure element
 * (headings, paragraphs, tables, lists, figures with alternative text) or into an artifact
 * (borders, rules, running headers), which is what PDF/UA readers and PDF/A-3 archives expect.
 */
export class TaggedPdf {
  readonly doc: Pdf;
  readonly bytes: Promise<Uint8Array>;
  private readonly root: Struct;

  /**
   * A new document. Loads pdfkit and the fonts first (optional peer dependencies):
   * `ERR_MISSING_DEPENDENCY` when they are not installed.
   */
  static async open(setup: PdfSetup): Promise<TaggedPdf> {
    const [Document, font] = await loadTogether([loadPdfkit(), dejaVu()] as const);
    return new TaggedPdf(setup, Document, font);
  }

  private constructor(setup: PdfSetup, Document: typeof PDFDocument, font: Fonts) {
    const date = setup.creationDate ?? new Date();
    this.doc = new Document({
      size: setup.paper === 'Letter' ? 'LETTER' : 'A4',
      margins: setup.margins ?? { top: 56, bottom: 56, left: 56, right: 56 },
      info: { Title: setup.title, Producer: 'microcred', Creator: 'microcred', CreationDate: date, ModDate: date },
      lang: setup.language,
      bufferPages: true,
      tagged: true,
      displayTitle: true,
      pdfVersion: '1.7',
      subset: 'PDF/A-3b',
    });
    const { regular, bold } = font;
    this.doc.registerFont('body', regular);
    this.doc.registerFont('bold', bold);
    this.doc.font('body');
    const chunks: Buffer[] = [];
    this.bytes = new Promise<Uint8Array>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      this.doc.on('error', reject);
    });
    this.root = this.doc.struct('Document');
    this.doc.addStructure(this.root);
  }

  /** Width between the page margins. */
  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  /** Lowest y content may reach on this page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Draws `draw` as the content of a new structure element of `type` under `parent` (default: the document). */
  tag(type: string, draw: (() => void) | null, options: { alt?: string; lang?: string } = {}, parent?: Struct): Struct {
    const element = this.doc.struct(type, options, draw ? [draw] : []);
    (parent ?? this.root).add(element);
    return element;
  }

  /** A structure element to fill with children (a table, a list, a section). */
  group(type: string, parent?: Struct): Struct {
    const element = this.doc.struct(type);
    (parent ?? this.root).add(element);
    return element;
  }

  /** Decoration that is not content: borders, rules, running headers and footers. */
  artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  /** Starts a new page unless `needed` points still fit on this one (keeps a heading with what follows). */
  keep(needed: number): void {
    if (this.doc.y + needed > this.bottom) this.doc.addPage();
  }

  /**
   * Attaches the credential as given (JSON or VC-JWT text) as a PDF/A-3 associated file with
   * relationship `Source`, so the paper and the digital credential travel together.
   */
  attachCredential(credential: object | string, credentialId: string, date = new Date()): void {
    const text = typeof credential === 'string' ? credential.trim() : JSON.stringify(credential, null, 2);
    const jwt = !text.startsWith('{');
    // `relationship` (the PDF/A-3 AFRelationship) is in pdfkit but not yet in @types/pdfkit.
    this.doc.file(Buffer.from(text, 'utf8'), {
      name: jwt ? 'credential.jwt' : 'credential.json',
      type: jwt ? 'application/vc+jwt' : 'application/vc+ld+json',
      description: `Signed credential ${credentialId}`,
      relationship: 'Source',
      creationDate: date,
      modifiedDate: date,
    } as Parameters<Pdf['file']>[1]);
  }

  /** Ends every open structure element and the document; resolves {@link bytes}. */
  end(): Promise<Uint8Array> {
    this.root.end();
    this.doc.end();
    return this.bytes;
  }
}

/**
 * Splits a URL into lines of at most `width` points at its separators (after `/`, `?`, `&`,
 * `=`, `#`), never inside a word, so a printed link can be typed back from paper.
 */
export function urlLines(doc: Pdf, url: string, width: number): string[] {
  const pieces = url.match(/[^/?&=#]*[/?&=#]*/g)!.filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && doc.widthOfString(line + piece) > width) {
      lines.push(line);
      line = piece;
    } else line += piece;
  }
  if (line) lines.push(line);
  return lines;
}
