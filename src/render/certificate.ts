import type { LearningOutcome, MicroCredential } from '../model/types.generated.js';
import { awardingText, levelText, participationText, workloadText } from './describe.js';
import { type LabelKey, type UiLanguage, capitals, label, localized } from './labels.js';
import { type Logo, logosOf } from './logo.js';
import { MAX_SIGNATORIES, type RenderOptions, type RenderWarning } from './options.js';
import { BLACK, GREY, NAVY, TaggedPdf, urlLines } from './pdf.js';
import { embeddedQrText, qrPng, verificationUrl } from './qr.js';
import { readCredential } from './read-credential.js';
import { blocksHeight, drawSignatureBlocks, longDate, placeOf, signatureBlocks } from './signatures.js';
import { InvalidArgumentError } from '../errors.js';

export type { RenderOptions, RenderWarning, Signatory } from './options.js';

const RED = '#b00020';
const CATEGORIES = ['knowledge', 'skills', 'responsibility-autonomy', undefined] as const;

/** What the QR code holds, or why there is none. */
function qrContent(credential: object | string, credentialId: string, options: RenderOptions, warn: (w: RenderWarning) => void): { text: string; kind: 'url' | 'embed' } | undefined {
  if (options.qr === 'embed') {
    try {
      return { text: embeddedQrText(typeof credential === 'string' ? credential.trim() : JSON.stringify(credential)), kind: 'embed' };
    } catch (error) {
      if (!(error instanceof InvalidArgumentError)) throw error;
      warn({ code: 'WARN_QR_TOO_LARGE', message: `${error.message}${options.verifyBaseUrl ? ' The QR code holds the verification link instead.' : ''}` });
    }
  }
  if (options.verifyBaseUrl) return { text: verificationUrl(credentialId, options.verifyBaseUrl), kind: 'url' };
  warn({
    code: 'WARN_NO_QR',
    message: 'No QR code: without a verification page (--verify-url) it would lead nowhere. The certificate shows the credential ID; give --verify-url, or --qr embed for a small credential.',
  });
  return undefined;
}

/**
 * Renders a one-page certificate (PDF bytes, A4 or US Letter) fit to sign and seal: the
 * awarding bodies' logos, learner, title, date, ECTS and hours, EQF/NQF level, form of
 * participation, the learning outcomes by category (those that do not fit are counted in a note
 * pointing to the supplement), place and date, one signature block with a seal area per awarding
 * body, and how to verify it — a QR code only when it leads somewhere (`verifyBaseUrl`, or
 * `qr: 'embed'` when the credential fits; otherwise `onWarning` hears why there is none).
 *
 * The file is a tagged PDF (headings, tables, lists, alternative text of logos and QR code) and
 * declares PDF/A-3b; with `attach` the credential travels inside it as an embedded file. Georgian
 * and Armenian are set in DejaVu Sans, which has their glyphs.
 *
 * @example
 * writeFileSync('certificate.pdf', await renderCertificate(credential, {
 *   language: 'ka', verifyBaseUrl: 'https://uni.example.ge/verify',
 *   signatories: [{ name: 'Nino Kiknadze', role: 'Rector' }], attach: true,
 *   onWarning: (w) => console.warn(w.message),
 * }));
 */
export async function renderCertificate(credential: object | string, options: RenderOptions = {}): Promise<Uint8Array> {
  const language = options.language ?? 'en';
  const warn = options.onWarning ?? (() => {});
  const { id, microCredential: mc } = readCredential(credential);
  const signatories = options.signatories ?? [];
  if (signatories.length > MAX_SIGNATORIES) throw new InvalidArgumentError('ERR_TOO_MANY_SIGNATORIES', `At most ${MAX_SIGNATORIES} signatories fit on a certificate (${signatories.length} given).`);
  const title = localized(mc.title, language)!;
  const pdf = await TaggedPdf.open({ title, language, paper: options.paper, creationDate: options.creationDate, margins: { top: 44, bottom: 40, left: 48, right: 48 } });
  const { doc } = pdf;
  const credentialId = id ?? mc.id ?? '';
  const qr = qrContent(credential, credentialId, options, warn);
  const logos = logosOf(doc, mc, language, options.logo, warn);
  const blocks = signatureBlocks(mc, signatories, warn);
  const t = (key: LabelKey, values?: Record<string, string | number>) => label(language, key, values);

  pdf.artifact(() => doc.rect(24, 24, doc.page.width - 48, doc.page.height - 48).lineWidth(2).stroke(NAVY));
  if (options.verification && !options.verification.verified) notVerified(pdf, language, options.verification.reason);
  if (logos.length) drawLogos(pdf, logos);

  const width = pdf.width;
  pdf.tag('P', () => doc.fillColor(NAVY).font('bold').fontSize(11).text(capitals(language, t('microCredential')), pdf.left, doc.y, { width, align: 'center', characterSpacing: 2 }));
  pdf.tag('P', () => doc.moveDown(0.3).font('body').fontSize(10).fillColor(GREY).text(awardingText(mc, language), { width, align: 'center' }));
  pdf.tag('H1', () => doc.moveDown(0.8).font('bold').fontSize(20).fillColor(BLACK).text(title, { width, align: 'center' }));
  const other = Object.entries(mc.title).find(([, text]) => text !== title);
  if (other) pdf.tag('P', () => doc.moveDown(0.2).font('body').fontSize(11).fillColor(GREY).text(other[1], { width, align: 'center' }), { lang: other[0] });
  pdf.tag('P', () => doc.moveDown(0.8).font('body').fontSize(10).fillColor(GREY).text(t('awardedTo'), { width, align: 'center' }));
  pdf.tag('P', () => doc.moveDown(0.2).font('bold').fontSize(17).fillColor(BLACK).text(mc.learner.name ?? mc.learner.id ?? '—', { width, align: 'center' }));
  doc.moveDown(0.8);
  facts(pdf, mc, language);

  // Bottom up: the verification strip, the signature blocks, place and date; outcomes fill what is left.
  const qrImage = qr ? await qrPng(qr.text) : undefined;
  const stripTop = pdf.bottom - Math.max(104, (qrImage?.size ?? 0) + 12);
  const signaturesHeight = blocksHeight(blocks, pdf.width);
  const signaturesTop = stripTop - 8 - signaturesHeight;
  const placeTop = signaturesTop - 18;
  outcomes(pdf, mc.learningOutcomes, language, placeTop - 6);

  pdf.tag('P', () => {
    doc.font('bold').fontSize(8.5).fillColor(GREY).text(`${t('placeAndDate')}: `, pdf.left, placeTop, { continued: true, width });
    doc.font('body').fillColor(BLACK).text([placeOf(mc, language), longDate(mc.dateOfIssuing, language)].filter(Boolean).join(', '));
  });
  drawSignatureBlocks(pdf, blocks, language, signaturesTop);
  verificationStrip(pdf, { mc, language, credentialId, qr: qr && qrImage && { ...qr, ...qrImage }, attached: options.attach === true, top: stripTop });

  if (options.attach) pdf.attachCredential(credential, credentialId, options.creationDate);
  return pdf.end();
}

function notVerified(pdf: TaggedPdf, language: UiLanguage, reason: string | undefined): void {
  const { doc } = pdf;
  const text = [label(language, 'notVerifiedNote'), reason].filter(Boolean).join(' ');
  doc.font('body').fontSize(8);
  const height = 22 + doc.heightOfString(text, { width: pdf.width - 16 });
  const y = doc.y;
  pdf.artifact(() => doc.rect(pdf.left, y, pdf.width, height).lineWidth(1.5).stroke(RED));
  pdf.tag('P', () => doc.font('bold').fontSize(11).fillColor(RED).text(capitals(language, label(language, 'notVerified')), pdf.left + 8, y + 5, { width: pdf.width - 16, align: 'center' }));
  pdf.tag('P', () => doc.font('body').fontSize(8).fillColor(RED).text(text, pdf.left + 8, doc.y + 1, { width: pdf.width - 16, align: 'center' }));
  doc.x = pdf.left;
  doc.y = y + height + 6;
}

function drawLogos(pdf: TaggedPdf, logos: Logo[]): void {
  const { doc } = pdf;
  const height = 44;
  const shown = logos.slice(0, 4);
  const slot = 110;
  let x = pdf.left + (pdf.width - slot * shown.length) / 2;
  const y = doc.y;
  for (const logo of shown) {
    pdf.tag('Figure', () => doc.image(logo.data, x, y, { fit: [slot - 16, height], align: 'center', valign: 'center' }), { alt: logo.alt });
    x += slot;
  }
  doc.x = pdf.left;
  doc.y = y + height + 8;
}

/** The crucial items as a two-column table: label, value. */
function facts(pdf: TaggedPdf, mc: MicroCredential, language: UiLanguage): void {
  const { doc } = pdf;
  const rows: Array<[LabelKey, string]> = [
    ['dateOfIssuing', mc.dateOfIssuing.slice(0, 10)],
    ['validUntil', mc.validUntil?.slice(0, 10) ?? ''],
    ['workload', workloadText(mc, language)],
    ['level', levelText(mc, language)],
    ['participation', participationText(mc, language)],
  ];
  const table = pdf.group('Table');
  const labelWidth = 150;
  for (const [key, value] of rows) {
    if (!value) continue;
    const row = pdf.group('TR', table);
    const y = doc.y;
    pdf.tag('TH', () => doc.font('bold').fontSize(8.5).fillColor(GREY).text(label(language, key), pdf.left + 40, y + 1, { width: labelWidth - 8 }), {}, row);
    const afterLabel = doc.y;
    pdf.tag('TD', () => doc.font('body').fontSize(9.5).fillColor(BLACK).text(value, pdf.left + 40 + labelWidth, y, { width: pdf.width - 80 - labelWidth }), {}, row);
    doc.y = Math.max(afterLabel, doc.y) + 3;
  }
  table.end();
  doc.x = pdf.left;
}

/** Outcomes by category above `limit`; what does not fit is counted in a note pointing to the supplement. */
function outcomes(pdf: TaggedPdf, all: LearningOutcome[], language: UiLanguage, limit: number): void {
  const { doc } = pdf;
  const width = pdf.width;
  const note = (n: number) => label(language, 'moreOutcomes', { n });
  doc.font('body').fontSize(7.5);
  const noteHeight = doc.heightOfString(note(all.length), { width }) + 4;
  doc.moveDown(0.4);
  if (!all.length) return;
  const headingHeight = 14;
  if (doc.y + headingHeight + noteHeight > limit) {
    pdf.tag('P', () => doc.font('body').fontSize(7.5).fillColor(GREY).text(note(all.length), pdf.left, doc.y, { width }));
    return;
  }
  pdf.tag('H2', () => doc.font('bold').fontSize(9.5).fillColor(NAVY).text(label(language, 'learningOutcomes'), pdf.left, doc.y, { width }));
  doc.moveDown(0.2);
  const ordered = CATEGORIES.flatMap((category) => all.filter((o) => o.category === category).map((o) => ({ category, text: localized(o.text, language) ?? '' })));
  let shown = 0;
  let list: ReturnType<TaggedPdf['group']> | undefined;
  let current: string | undefined | null = null;
  for (const [i, outcome] of ordered.entries()) {
    const remaining = ordered.length - i - 1;
    doc.font('body').fontSize(8);
    const itemHeight = doc.heightOfString(outcome.text, { width: width - 12 }) + 1.5;
    const heading = outcome.category !== current ? 12 : 0;
    if (doc.y + heading + itemHeight + (remaining ? noteHeight : 0) > limit) break;
    if (heading) {
      list?.end();
      current = outcome.category;
      pdf.tag('H3', () => doc.font('bold').fontSize(8).fillColor(GREY).text(label(language, outcome.category ?? 'other'), pdf.left, doc.y + 1, { width }));
      list = pdf.group('L');
    }
    const y = doc.y;
    pdf.tag('LI', () => {
      doc.font('body').fontSize(8).fillColor(BLACK).text('•', pdf.left + 2, y, { width: 10, lineBreak: false });
      doc.text(outcome.text, pdf.left + 12, y, { width: width - 12 });
    }, {}, list);
    doc.y += 1.5;
    shown++;
  }
  list?.end();
  if (shown < ordered.length) pdf.tag('P', () => doc.font('body').fontSize(7.5).fillColor(GREY).text(note(ordered.length - shown), pdf.left, doc.y + 2, { width }));
  doc.x = pdf.left;
}

/** The bottom strip: how to verify (in the page's language), the credential ID, the link and the QR code. */
function verificationStrip(pdf: TaggedPdf, input: { mc: MicroCredential; language: UiLanguage; credentialId: string; qr: { text: string; kind: 'url' | 'embed'; png: Buffer; size: number } | undefined; attached: boolean; top: number }): void {
  const { doc } = pdf;
  const { language, credentialId, qr, top } = input;
  const t = (key: LabelKey) => label(language, key);
  const qrSize = qr?.size ?? 0;
  const textWidth = pdf.width - (qr ? qrSize + 16 : 0);
  pdf.artifact(() => doc.moveTo(pdf.left, top - 4).lineTo(pdf.left + pdf.width, top - 4).lineWidth(0.5).stroke(GREY));
  const how = qr?.kind === 'url' ? t('verificationByUrl') : qr?.kind === 'embed' ? t('verificationByEmbed') : t('verificationByFile');
  const text = [t('verificationIntro'), how, input.attached ? t('attachedNote') : ''].filter(Boolean).join(' ');
  pdf.tag('P', () => doc.font('body').fontSize(7.5).fillColor(GREY).text(text, pdf.left, top + 2, { width: textWidth }));
  pdf.tag('P', () => {
    doc.moveDown(0.4).font('bold').fontSize(7.5).fillColor(GREY).text(`${t('credentialId')}: `, pdf.left, doc.y, { continued: true, width: textWidth });
    doc.font('body').fillColor(BLACK).text(credentialId);
  });
  if (qr?.kind === 'url') {
    pdf.tag('P', () => {
      doc.moveDown(0.2).font('bold').fontSize(7.5).fillColor(GREY).text(`${t('verifyAt')}:`, pdf.left, doc.y, { width: textWidth });
      doc.font('body').fontSize(8).fillColor(NAVY);
      for (const line of urlLines(doc, qr.text, textWidth)) doc.text(line, pdf.left, doc.y, { width: textWidth, lineBreak: false, link: qr.text });
    });
  }
  if (qr) {
    const x = pdf.left + pdf.width - qrSize;
    pdf.tag('Figure', () => doc.image(qr.png, x, top - 2, { width: qrSize, height: qrSize }), { alt: qr.kind === 'url' ? `${t('qrAltUrl')}: ${qr.text}` : t('qrAltEmbed') });
    pdf.tag('P', () => doc.font('body').fontSize(6.5).fillColor(GREY).text(t('scanToVerify'), x - 10, top + qrSize - 3, { width: qrSize + 20, align: 'center' }));
  }
  doc.x = pdf.left;
}
