import type { MicroCredential, Organisation } from '../model/types.generated.js';
import { type UiLanguage, label, localized } from './labels.js';
import { MAX_SIGNATURE_BLOCKS, type RenderWarning, type Signatory } from './options.js';
import { BLACK, GREY, type TaggedPdf } from './pdf.js';
import { countryName } from './vocabulary-labels.js';

/** One awarding body's part of the signing area: who signs for it, and room for its seal. */
export interface SignatureBlock {
  body: Organisation;
  signatories: Signatory[];
}

/**
 * One block per awarding body (co-awarded credentials get one each, at most
 * {@link MAX_SIGNATURE_BLOCKS}). With one body every signatory signs in its block; with several,
 * the n-th signatory signs for the n-th body and extra signatories join the last block.
 */
export function signatureBlocks(mc: MicroCredential, signatories: Signatory[], warn: (w: RenderWarning) => void): SignatureBlock[] {
  const bodies = mc.awardingBodies.slice(0, MAX_SIGNATURE_BLOCKS);
  if (mc.awardingBodies.length > MAX_SIGNATURE_BLOCKS) {
    warn({ code: 'WARN_TOO_MANY_SIGNATURE_BLOCKS', message: `The credential has ${mc.awardingBodies.length} awarding bodies; the certificate has signature blocks for the first ${MAX_SIGNATURE_BLOCKS}.` });
  }
  return bodies.map((body, i) => ({
    body,
    signatories: bodies.length === 1 ? signatories : i < bodies.length - 1 ? signatories.slice(i, i + 1) : signatories.slice(i),
  }));
}

/** "Tbilisi, Georgia" for the first awarding body, as far as the credential says. */
export function placeOf(mc: MicroCredential, language: UiLanguage): string {
  const body = mc.awardingBodies[0]!;
  return [body.region, body.country ? countryName(body.country, language) : undefined].filter(Boolean).join(', ');
}

/** A date as people write it in the language ("20 October 2025"). */
export function longDate(date: string, language: UiLanguage): string {
  const parsed = new Date(date.length === 10 ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
}

/** Signatories side by side in a block this wide or wider (one awarding body), else one above the other. */
const SIDE_BY_SIDE = 300;

/** Longest line to sign on, in points. */
const MAX_LINE = 220;

/** Height one row of blocks needs for `lines` signatories stacked (side by side they need one line). */
export const blockHeight = (lines: number) => 40 + Math.max(1, lines) * 44;

/** How many signatory rows a block of `width` points stacks. */
export const stackedRows = (block: SignatureBlock, width: number) => (width >= SIDE_BY_SIDE ? Math.ceil(Math.max(1, block.signatories.length) / 3) : Math.max(1, block.signatories.length));

/** Width of one block when `count` blocks share a row of `total` points. */
export const blockWidth = (total: number, count: number) => (total - 18 * (Math.min(3, count) - 1)) / Math.min(3, count);

/** Height of all rows of blocks. */
export function blocksHeight(blocks: SignatureBlock[], total: number): number {
  const width = blockWidth(total, blocks.length);
  let height = 0;
  for (let row = 0; row < blocks.length; row += 3) height += blockHeight(Math.max(...blocks.slice(row, row + 3).map((b) => stackedRows(b, width)))) + 10;
  return height;
}

/**
 * Draws the blocks in rows of up to three from `top`: the body's name, a line to sign on per
 * signatory with the printed name and role under it (or a blank "name and position" line), and a
 * dashed circle for the seal or stamp. Returns the y below the last row.
 */
export function drawSignatureBlocks(pdf: TaggedPdf, blocks: SignatureBlock[], language: UiLanguage, top: number): number {
  const { doc } = pdf;
  const width = blockWidth(pdf.width, blocks.length);
  let y = top;
  for (let row = 0; row < blocks.length; row += 3) {
    const slice = blocks.slice(row, row + 3);
    const height = blockHeight(Math.max(...slice.map((b) => stackedRows(b, width))));
    slice.forEach((block, i) => drawBlock(pdf, block, language, pdf.left + i * (width + 18), y, width, height));
    y += height + 10;
  }
  doc.x = pdf.left;
  return y;
}

function drawBlock(pdf: TaggedPdf, block: SignatureBlock, language: UiLanguage, x: number, y: number, width: number, height: number): void {
  const { doc } = pdf;
  const seal = Math.min(62, height - 30);
  const area = width - seal - 12;
  const section = pdf.group('Div');
  pdf.tag('P', () => {
    doc.font('bold').fontSize(8).fillColor(BLACK).text(localized(block.body.name, language) ?? '', x, y, { width, height: 22, ellipsis: true });
  }, {}, section);
  const people = block.signatories.length ? block.signatories : [undefined];
  const columns = width >= SIDE_BY_SIDE ? Math.min(3, people.length) : 1;
  // A signature needs a hand's width, not the page's: a lone line across a wide block looks unfinished.
  const lineWidth = Math.min(MAX_LINE, (area - 14 * (columns - 1)) / columns);
  people.forEach((person, i) => {
    const lineX = x + (i % columns) * (lineWidth + 14);
    const lineY = y + 52 + Math.floor(i / columns) * 44;
    pdf.artifact(() => doc.moveTo(lineX, lineY).lineTo(lineX + lineWidth, lineY).lineWidth(0.6).stroke(GREY));
    pdf.tag('P', () => {
      doc.font('body').fontSize(6.5).fillColor(GREY).text(label(language, 'signature'), lineX, lineY + 2, { width: lineWidth });
      if (person) {
        doc.font('bold').fontSize(8).fillColor(BLACK).text(person.name, lineX, lineY + 11, { width: lineWidth, lineBreak: false, ellipsis: true });
        if (person.role) doc.font('body').fontSize(7.5).fillColor(BLACK).text(person.role, lineX, lineY + 21, { width: lineWidth, height: 18, ellipsis: true });
      } else {
        doc.font('body').fontSize(6.5).fillColor(GREY).text(label(language, 'nameAndRole'), lineX, lineY + 20, { width: lineWidth });
      }
    }, {}, section);
    if (!person) pdf.artifact(() => doc.moveTo(lineX, lineY + 18).lineTo(lineX + lineWidth, lineY + 18).lineWidth(0.4).dash(1.5, { space: 1.5 }).stroke(GREY).undash());
  });
  const cx = x + width - seal / 2;
  const cy = y + 26 + seal / 2;
  pdf.artifact(() => doc.circle(cx, cy, seal / 2).lineWidth(0.6).dash(3, { space: 2 }).stroke(GREY).undash());
  pdf.tag('P', () => {
    doc.font('body').fontSize(6.5).fillColor(GREY).text(label(language, 'seal'), cx - seal / 2 + 6, cy - 8, { width: seal - 12, align: 'center' });
  }, {}, section);
}
