import { awardingText, levelText, participationText, workloadText } from './describe.js';
import { type LabelKey, type UiLanguage, capitals, label, localized } from './labels.js';
import { newPdf } from './pdf.js';
import { type QrMode, embeddedQrText, qrPng, verificationUrl } from './qr.js';
import { readCredential } from './read-credential.js';

/** Options of {@link renderCertificate} and {@link renderSupplement}. */
export interface RenderOptions {
  /** Language of labels and texts (texts fall back to English per field). Default `en`. */
  language?: UiLanguage;
  /** Base of the verification link the QR code encodes, e.g. `https://credentials.example.ge/verify`. */
  verifyBaseUrl?: string;
  /** `url` (default): the QR code holds the verification link. `embed`: the compressed credential itself, when it fits. */
  qr?: QrMode;
}

const NAVY = '#003399';
const GREY = '#444444';

/**
 * Renders a one-page A4 certificate (PDF bytes) for a credential — a signed Open Badges 3.0
 * credential object, its JSON or a compact VC-JWT: learner, title, awarding bodies and country,
 * date, ECTS and hours, EQF/NQF level, form of participation, a QR code and the credential id,
 * in the chosen language (English per field where a translation is missing). Georgian and
 * Armenian text is set in DejaVu Sans, which has their glyphs.
 *
 * @example
 * writeFileSync('certificate.pdf', await renderCertificate(credential, { language: 'ka', verifyBaseUrl: 'https://uni.example.ge/verify' }));
 */
export async function renderCertificate(credential: object | string, options: RenderOptions = {}): Promise<Uint8Array> {
  const language = options.language ?? 'en';
  const { id, microCredential: mc } = readCredential(credential);
  const title = localized(mc.title, language)!;
  const { doc, bytes } = newPdf({ title, language });
  const width = doc.page.width - 112;

  doc.rect(28, 28, doc.page.width - 56, doc.page.height - 56).lineWidth(2).stroke(NAVY);
  doc.fillColor(NAVY).font('bold').fontSize(12).text(capitals(language, label(language, 'microCredential')), { align: 'center', characterSpacing: 2 });
  doc.moveDown(0.5).font('body').fontSize(11).fillColor(GREY).text(awardingText(mc, language), { align: 'center' });
  doc.moveDown(2).font('bold').fontSize(22).fillColor('#000000').text(title, { align: 'center', width });
  const otherTitles = Object.entries(mc.title).filter(([tag]) => tag !== language && mc.title[tag] !== title);
  for (const [, text] of otherTitles) doc.moveDown(0.3).font('body').fontSize(12).fillColor(GREY).text(text, { align: 'center', width });
  doc.moveDown(1.5).font('body').fontSize(12).fillColor(GREY).text(label(language, 'awardedTo'), { align: 'center' });
  doc.moveDown(0.3).font('bold').fontSize(18).fillColor('#000000').text(mc.learner.name ?? mc.learner.id ?? '—', { align: 'center' });
  doc.moveDown(2);

  const rows: Array<[LabelKey, string]> = [
    ['dateOfIssuing', mc.dateOfIssuing.slice(0, 10)],
    ['workload', workloadText(mc, language)],
    ['level', levelText(mc, language)],
    ['participation', participationText(mc, language)],
    ['awardingBodies', awardingText(mc, language)],
  ];
  if (mc.validUntil) rows.splice(1, 0, ['validUntil', mc.validUntil.slice(0, 10)]);
  for (const [key, value] of rows) {
    if (!value) continue;
    const y = doc.y;
    doc.font('bold').fontSize(10).fillColor(GREY).text(label(language, key), 56, y, { width: 170 });
    const afterLabel = doc.y;
    doc.font('body').fontSize(11).fillColor('#000000').text(value, 236, y, { width: width - 180 });
    doc.y = Math.max(afterLabel, doc.y) + 6;
  }

  const credentialId = id ?? mc.id ?? '';
  const qrText = options.qr === 'embed' ? embeddedQrText(typeof credential === 'string' ? credential : JSON.stringify(credential)) : verificationUrl(credentialId, options.verifyBaseUrl);
  const qrSize = 130;
  const qrY = doc.page.height - 56 - qrSize - 20;
  doc.image(await qrPng(qrText), doc.page.width - 56 - qrSize, qrY, { width: qrSize, height: qrSize });
  doc.font('body').fontSize(8).fillColor(GREY).text(label(language, 'scanToVerify'), doc.page.width - 56 - qrSize, qrY + qrSize + 2, { width: qrSize, align: 'center' });
  doc.font('bold').fontSize(9).fillColor(GREY).text(label(language, 'credentialId'), 56, qrY + 40, { width: width - qrSize - 20 });
  doc.font('body').fontSize(9).fillColor('#000000').text(credentialId, { width: width - qrSize - 20 });
  if (options.qr !== 'embed' && options.verifyBaseUrl) {
    doc.moveDown(0.5).font('bold').fontSize(9).fillColor(GREY).text(label(language, 'verifyAt'), { width: width - qrSize - 20 });
    doc.font('body').fontSize(9).fillColor(NAVY).text(qrText, { width: width - qrSize - 20, link: qrText });
  }
  doc.end();
  return bytes;
}
