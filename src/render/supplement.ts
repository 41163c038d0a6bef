import type { Organisation } from '../model/types.generated.js';
import { ASSESSMENT_TYPES, SUPERVISION_LEVELS } from '../model/vocabularies.js';
import type { RenderOptions } from './certificate.js';
import { awardingText, levelText, participationText, workloadText } from './describe.js';
import { type LabelKey, type UiLanguage, capitals, label, localized } from './labels.js';
import { type Pdf, newPdf } from './pdf.js';
import { readCredential } from './read-credential.js';

const NAVY = '#003399';
const GREY = '#444444';

function heading(doc: Pdf, text: string): void {
  if (doc.y > doc.page.height - 140) doc.addPage();
  doc.moveDown(0.8).font('bold').fontSize(12).fillColor(NAVY).text(text);
  doc.moveDown(0.2).font('body').fontSize(10).fillColor('#000000');
}

function paragraph(doc: Pdf, text: string | undefined): void {
  if (text) doc.font('body').fontSize(10).fillColor('#000000').text(text, { paragraphGap: 3 });
}

function field(doc: Pdf, name: string, value: string | undefined): void {
  if (!value) return;
  doc.font('bold').fontSize(10).fillColor(GREY).text(`${name}: `, { continued: true }).font('body').fillColor('#000000').text(value, { paragraphGap: 2 });
}

function bullets(doc: Pdf, items: string[]): void {
  for (const item of items) doc.font('body').fontSize(10).fillColor('#000000').text(`•  ${item}`, { indent: 8, paragraphGap: 2 });
}

const orgText = (org: Organisation, language: UiLanguage) =>
  [localized(org.name, language), org.country, org.url].filter(Boolean).join(' — ');

/**
 * Renders the micro-credential supplement (PDF bytes): every Annex I element and every national
 * extra the credential carries — learning outcomes by category, workload breakdown, assessment,
 * quality assurance, prerequisites, supervision, grade, stackability, recognition and the rest —
 * over as many A4 pages as needed.
 */
export async function renderSupplement(credential: object | string, options: RenderOptions = {}): Promise<Uint8Array> {
  const language = options.language ?? 'en';
  const { id, microCredential: mc } = readCredential(credential);
  const title = localized(mc.title, language)!;
  const { doc, bytes } = newPdf({ title: `${label(language, 'supplement')}: ${title}`, language });
  const t = (key: LabelKey) => label(language, key);

  doc.font('bold').fontSize(10).fillColor(NAVY).text(capitals(language, t('supplement')), { characterSpacing: 1.5 });
  doc.moveDown(0.3).font('bold').fontSize(16).fillColor('#000000').text(title);
  for (const [tag, text] of Object.entries(mc.title)) if (text !== title) doc.font('body').fontSize(11).fillColor(GREY).text(`${text} (${tag})`);
  doc.moveDown(0.5);
  field(doc, t('learner'), [mc.learner.name, ...(mc.learner.identifiers ?? []).filter((i) => !i.hashed).map((i) => `${i.type} ${i.value}`)].filter(Boolean).join(' · '));
  field(doc, t('credentialId'), id ?? mc.id);
  field(doc, t('dateOfIssuing'), mc.dateOfIssuing.slice(0, 10));
  field(doc, t('validUntil'), mc.validUntil?.slice(0, 10));
  field(doc, t('awardingBodies'), awardingText(mc, language));
  if (mc.deliveringBodies) field(doc, t('deliveringBodies'), mc.deliveringBodies.map((b) => orgText(b, language)).join('; '));
  const countries = (mc.countries ?? []).map((c) => (typeof c === 'string' ? c : `${c.country}${c.region ? ` (${c.region})` : ''}`));
  field(doc, t('country'), countries.join(', ') || undefined);
  if (mc.objective) {
    heading(doc, t('objective'));
    paragraph(doc, localized(mc.objective, language));
  }

  heading(doc, t('learningOutcomes'));
  for (const category of ['knowledge', 'skills', 'responsibility-autonomy', undefined] as const) {
    const outcomes = mc.learningOutcomes.filter((o) => o.category === category);
    if (!outcomes.length) continue;
    doc.font('bold').fontSize(10).fillColor(GREY).text(t(category ?? 'other'));
    bullets(doc, outcomes.map((o) => localized(o.text, language)!));
  }

  heading(doc, t('workload'));
  paragraph(doc, [workloadText(mc, language), mc.workload.hoursPerCredit ? `${mc.workload.hoursPerCredit} ${t('hoursPerCredit')}` : ''].filter(Boolean).join(' · '));
  if (mc.workload.breakdown?.length) {
    doc.font('bold').fontSize(10).fillColor(GREY).text(t('breakdown'));
    bullets(doc, mc.workload.breakdown.map((b) => `${localized(b.activity, language)}: ${b.hours} ${t('hours')}`));
  }

  heading(doc, t('level'));
  paragraph(doc, levelText(mc, language));
  paragraph(doc, localized(mc.level.justification, language));

  heading(doc, t('assessment'));
  paragraph(doc, mc.assessment.types.map((type) => ASSESSMENT_TYPES[type].label).join(', '));
  field(doc, t('formative'), mc.assessment.formative?.map((type) => ASSESSMENT_TYPES[type].label).join(', '));
  field(doc, t('summative'), mc.assessment.summative?.map((type) => ASSESSMENT_TYPES[type].label).join(', '));
  paragraph(doc, localized(mc.assessment.description, language));
  field(doc, t('criteria'), localized(mc.assessment.criteria, language));

  heading(doc, t('participation'));
  paragraph(doc, participationText(mc, language));
  paragraph(doc, localized(mc.participation.description, language));
  if (mc.languageOfDelivery) field(doc, t('languageOfDelivery'), mc.languageOfDelivery.join(', '));

  heading(doc, t('qualityAssurance'));
  for (const qa of mc.qualityAssurance) {
    const who = qa.body ? orgText(qa.body, language) : undefined;
    const facts = [qa.decision, qa.decisionDate, qa.accreditationId, qa.validUntil ? `→ ${qa.validUntil}` : undefined, qa.deqarUrl ?? qa.url].filter(Boolean).join(' · ');
    bullets(doc, [[t(qa.type), who, localized(qa.description, language), facts].filter(Boolean).join(' — ')]);
  }

  if (mc.prerequisites) {
    heading(doc, t('prerequisites'));
    paragraph(doc, localized(mc.prerequisites.description, language));
    for (const p of mc.prerequisites.languageProficiency ?? []) bullets(doc, [`${p.language}: CEFR ${p.level}`]);
    if (mc.prerequisites.eqfLevel) paragraph(doc, `EQF ${mc.prerequisites.eqfLevel}`);
  }
  if (mc.supervision) {
    heading(doc, t('supervision'));
    paragraph(doc, SUPERVISION_LEVELS[mc.supervision].label);
  }
  if (mc.grade) {
    heading(doc, t('grade'));
    paragraph(doc, [mc.grade.value, mc.grade.scale, mc.grade.passed === undefined ? undefined : t(mc.grade.passed ? 'passed' : 'failed')].filter(Boolean).join(' · '));
    paragraph(doc, localized(mc.grade.description, language));
  }
  if (mc.stackability) {
    heading(doc, t('stackability'));
    paragraph(doc, t(mc.stackability.type));
    paragraph(doc, localized(mc.stackability.description, language));
    bullets(doc, (mc.stackability.towards ?? []).map((s) => `${t('towards')} ${localized(s.title, language)}${s.maxEcts ? ` (≤ ${s.maxEcts} ECTS)` : ''}`));
  }
  if (mc.recognition) {
    heading(doc, t('recognition'));
    paragraph(doc, localized(mc.recognition.description, language));
    if (mc.recognition.maxEcts) paragraph(doc, `≤ ${mc.recognition.maxEcts} ECTS`);
    bullets(doc, (mc.recognition.programmes ?? []).map((p) => [localized(p.title, language), localized(p.institution, language)].filter(Boolean).join(' — ')));
  }
  if (mc.accessibility) {
    heading(doc, t('accessibility'));
    paragraph(doc, localized(mc.accessibility, language));
  }
  if (mc.fieldOfStudy) {
    heading(doc, t('fieldOfStudy'));
    paragraph(doc, [mc.fieldOfStudy.iscedF, localized(mc.fieldOfStudy.description, language)].filter(Boolean).join(' — '));
  }
  if (mc.furtherInformation) {
    heading(doc, t('furtherInformation'));
    paragraph(doc, localized(mc.furtherInformation.description, language));
    bullets(doc, mc.furtherInformation.urls ?? []);
  }

  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('body').fontSize(8).fillColor(GREY).text(`${title} — ${t('page')} ${i + 1}/${range.count}`, 56, doc.page.height - 36, { width: doc.page.width - 112, align: 'center' });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return bytes;
}
