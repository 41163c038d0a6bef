import type { MicroCredential, Organisation, QualityAssurance } from '../model/types.generated.js';
import { levelText, participationText, workloadText } from './describe.js';
import { type LabelKey, type UiLanguage, capitals, label, localized } from './labels.js';
import { type Logo, logosOf } from './logo.js';
import { MAX_SIGNATORIES, type RenderOptions } from './options.js';
import { BLACK, GREY, NAVY, TaggedPdf } from './pdf.js';
import { readCredential } from './read-credential.js';
import { blocksHeight, drawSignatureBlocks, longDate, placeOf, signatureBlocks } from './signatures.js';
import { assessmentTypeName, countryName, iscedFName, languageName, qfEheaName, supervisionName } from './vocabulary-labels.js';
import { InvalidArgumentError } from '../errors.js';

/** One numbered entry of a section: a label and its lines, or a label and groups of bullets. */
type Entry =
  | { label: string; lines: string[]; lang?: string }
  | { label: string; groups: Array<{ heading?: string; items: string[] }> };

interface Section {
  title: LabelKey;
  entries: Entry[];
}

const CATEGORIES = ['knowledge', 'skills', 'responsibility-autonomy', undefined] as const;
const HEADER = 40;
const NUMBER_WIDTH = 30;
const LABEL_WIDTH = 150;

const join = (parts: Array<string | undefined | false>, separator = ' · ') => parts.filter(Boolean).join(separator);
/** An entry with its lines, or nothing when every line is empty. */
function entry(label: string, ...lines: Array<string | undefined | false>): Entry[] {
  const kept = lines.filter((l): l is string => typeof l === 'string' && l.length > 0);
  return kept.length ? [{ label, lines: kept }] : [];
}

/**
 * Renders the micro-credential supplement (PDF bytes, A4 or US Letter), shaped like the
 * Europass diploma supplement: numbered sections for the holder; the micro-credential and its
 * awarding bodies; the level; contents and results (outcomes by category, workload breakdown,
 * assessment, grade with its scale); function (stackability, pathways, recognition);
 * additional information (quality assurance and accreditation, supervision, prerequisites);
 * certification (signature, date, seal); and, for Georgia and Armenia, a note on the national
 * system. Every page carries the awarding body's header and "page n of m"; every code is shown
 * in words in the chosen language. Tagged PDF/A-3b like the certificate.
 *
 * @example
 * writeFileSync('supplement.pdf', await renderSupplement(credential, { language: 'hy', paper: 'Letter' }));
 */
export async function renderSupplement(credential: object | string, options: RenderOptions = {}): Promise<Uint8Array> {
  const language = options.language ?? 'en';
  const warn = options.onWarning ?? (() => {});
  const { id, microCredential: mc } = readCredential(credential);
  const signatories = options.signatories ?? [];
  if (signatories.length > MAX_SIGNATORIES) throw new InvalidArgumentError('ERR_TOO_MANY_SIGNATORIES', `At most ${MAX_SIGNATORIES} signatories fit on a supplement (${signatories.length} given).`);
  const t = (key: LabelKey, values?: Record<string, string | number>) => label(language, key, values);
  const title = localized(mc.title, language)!;
  const pdf = await TaggedPdf.open({ title: `${t('supplement')}: ${title}`, language, paper: options.paper, creationDate: options.creationDate, margins: { top: 56 + HEADER - 20, bottom: 50, left: 50, right: 50 } });
  const { doc } = pdf;
  const logos = logosOf(doc, mc, language, options.logo, warn);

  if (options.verification && !options.verification.verified) {
    pdf.tag('P', () => doc.font('bold').fontSize(10).fillColor('#b00020').text(`${capitals(language, t('notVerified'))} — ${join([t('notVerifiedNote'), options.verification?.reason], ' ')}`, { width: pdf.width }));
    doc.moveDown(0.5);
  }
  pdf.tag('P', () => doc.font('bold').fontSize(9).fillColor(NAVY).text(capitals(language, t('supplement')), { characterSpacing: 1.5, width: pdf.width }));
  pdf.tag('H1', () => doc.moveDown(0.2).font('bold').fontSize(15).fillColor(BLACK).text(title, { width: pdf.width }));
  pdf.tag('P', () => doc.moveDown(0.3).font('body').fontSize(8).fillColor(GREY).text(t('supplementIntro'), { width: pdf.width }));

  const credentialId = id ?? mc.id ?? '';
  const numbered = sections(mc, language, credentialId);
  numbered.forEach((section, i) => drawSection(pdf, `${i + 1}`, t(section.title), section.entries));
  certification(pdf, mc, language, credentialId, signatureBlocks(mc, signatories, warn), numbered.length + 1);
  national(pdf, mc, language, numbered.length + 2);

  runningHeads(pdf, mc, language, title, logos[0]);
  if (options.attach) pdf.attachCredential(credential, credentialId, options.creationDate);
  return pdf.end();
}

/** Sections 1–6: what the credential says, in words. */
function sections(mc: MicroCredential, language: UiLanguage, id: string): Section[] {
  const t = (key: LabelKey) => label(language, key);
  const text = (map: Record<string, string> | undefined) => localized(map, language);
  const learner = mc.learner;
  const identifiers = (learner.identifiers ?? []).filter((i) => !i.hashed);
  const otherTitles = Object.entries(mc.title).filter(([, value]) => value !== localized(mc.title, language));
  const bodies = (list: Organisation[]) => list.map((org) => orgText(org, language));
  const outcomes = CATEGORIES.map((category) => ({
    heading: t(category ?? 'other'),
    items: mc.learningOutcomes.filter((o) => o.category === category).map((o) => text(o.text) ?? ''),
  })).filter((g) => g.items.length);
  const assessment = mc.assessment;
  const grade = mc.grade;
  const scale = grade?.scale && /^(percent|per ?cent|%)$/i.test(grade.scale.trim()) ? t('percentScale') : grade?.scale;
  const towards = mc.stackability?.towards ?? [];
  const qa = [...mc.qualityAssurance, ...mc.awardingBodies.flatMap((b) => b.accreditation ?? [])];
  return [
    {
      title: 'sectionHolder',
      entries: [
        ...entry(t('name'), learner.name ?? join([learner.givenName, learner.familyName], ' ')),
        ...entry(t('dateOfBirth'), learner.birthDate && longDate(learner.birthDate, language)),
        ...identifiers.map((i) => ({ label: t(`id-${i.type}` as LabelKey), lines: [join([i.value, i.issuedBy && `${t('issuedBy')} ${i.issuedBy}`], ', ')] })),
        ...entry(t('digitalId'), learner.id),
      ],
    },
    {
      title: 'sectionCredential',
      entries: [
        ...entry(t('title'), localized(mc.title, language), ...otherTitles.map(([tag, value]) => `${languageName(tag, language)}: ${value}`)),
        ...entry(t('courseCode'), mc.courseCode),
        ...entry(t('credentialId'), id),
        ...entry(t('awardingBodies'), ...bodies(mc.awardingBodies)),
        ...(mc.deliveringBodies ? entry(t('deliveringBodies'), ...bodies(mc.deliveringBodies)) : []),
        ...entry(t('country'), (mc.countries ?? []).map((c) => (typeof c === 'string' ? countryName(c, language) : join([c.region, countryName(c.country, language)], ', '))).join('; ')),
        ...entry(t('dateOfIssuing'), longDate(mc.dateOfIssuing, language)),
        ...entry(t('validUntil'), mc.validUntil && longDate(mc.validUntil, language)),
        ...entry(t('fieldOfStudy'), mc.fieldOfStudy && join([`${mc.fieldOfStudy.iscedF} — ${iscedFName(mc.fieldOfStudy.iscedF, language) ?? ''}`, text(mc.fieldOfStudy.description)], '. ')),
        ...entry(t('languageOfDelivery'), mc.languageOfDelivery?.map((tag) => languageName(tag, language)).join(', ')),
      ],
    },
    {
      title: 'sectionLevel',
      entries: [
        ...entry(t('eqfLevel'), mc.level.eqf === 'not-applicable' ? t('notApplicable') : mc.level.eqf !== undefined ? String(mc.level.eqf) : undefined),
        ...entry(t('nqfLevel'), mc.level.nqf && `${/^[A-Z]{2}$/.test(mc.level.nqf.framework) ? countryName(mc.level.nqf.framework, language) : mc.level.nqf.framework}: ${mc.level.nqf.level}`),
        ...entry(t('qfEhea'), mc.level.qfEhea && qfEheaName(mc.level.qfEhea, language)),
        ...entry(t('levelJustification'), text(mc.level.justification)),
      ],
    },
    {
      title: 'sectionContents',
      entries: [
        ...entry(t('objective'), text(mc.objective)),
        ...entry(t('participation'), participationText(mc, language), join([mc.participation?.pacing && t(mc.participation.pacing), mc.participation?.intensity && t(mc.participation.intensity)], ', '),
          mc.participation?.location && `${t('location')}: ${mc.participation.location}`, text(mc.participation?.description)),
        ...entry(t('workload'), join([workloadText(mc, language), mc.workload.hoursPerCredit !== undefined && `${mc.workload.hoursPerCredit} ${t('hoursPerCredit')}`])),
        ...(mc.workload.breakdown?.length ? [{ label: t('breakdown'), groups: [{ items: mc.workload.breakdown.map((b) => `${text(b.activity)}: ${b.hours} ${t('hours')}`) }] }] : []),
        { label: t('learningOutcomes'), groups: outcomes },
        ...entry(t('assessment'), assessment.types.map((type) => assessmentTypeName(type, language)).join(', '),
          !!assessment.formative?.length && `${t('formative')}: ${assessment.formative.map((type) => assessmentTypeName(type, language)).join(', ')}`,
          !!assessment.summative?.length && `${t('summative')}: ${assessment.summative.map((type) => assessmentTypeName(type, language)).join(', ')}`,
          text(assessment.description), assessment.criteria && `${t('criteria')}: ${text(assessment.criteria)}`),
        ...entry(t('supervision'), mc.supervision && supervisionName(mc.supervision, language)),
        ...(grade ? entry(t('grade'), join([grade.value, grade.passed === undefined ? undefined : t(grade.passed ? 'passed' : 'failed')], ' — '), scale && `${t('gradeScale')}: ${scale}`, text(grade.description)) : []),
      ],
    },
    {
      title: 'sectionFunction',
      entries: [
        ...(mc.stackability ? entry(t('stackability'), t(mc.stackability.type), text(mc.stackability.description),
          ...towards.map((s) => `${t('towards')}: ${join([text(s.title), s.maxEcts !== undefined && `≤ ${s.maxEcts} ECTS`, s.url])}`)) : []),
        ...(mc.recognition ? entry(t('recognition'), text(mc.recognition.description), mc.recognition.maxEcts !== undefined && `${t('maxRecognised')} ${mc.recognition.maxEcts} ECTS`,
          ...(mc.recognition.programmes ?? []).map((p) => join([text(p.title), text(p.institution)], ' — '))) : []),
      ],
    },
    {
      title: 'sectionAdditional',
      entries: [
        ...(qa.length ? [{ label: t('qualityAssurance'), groups: [{ items: qa.map((q) => qaText(q, language)) }] }] : []),
        ...(mc.prerequisites ? entry(t('prerequisites'), text(mc.prerequisites.description),
          ...(mc.prerequisites.languageProficiency ?? []).map((p) => `${t('languageProficiency')}: ${languageName(p.language, language)}, CEFR ${p.level}`),
          mc.prerequisites.eqfLevel !== undefined && `${t('minimumEqf')}: ${mc.prerequisites.eqfLevel}`) : []),
        ...entry(t('accessibility'), text(mc.accessibility)),
        ...(mc.furtherInformation ? entry(t('furtherInformation'), text(mc.furtherInformation.description), ...(mc.furtherInformation.urls ?? [])) : []),
      ],
    },
  ].filter((s) => s.entries.length > 0) as Section[];
}

function orgText(org: Organisation, language: UiLanguage): string {
  return join([
    localized(org.name, language),
    org.country && join([org.region, countryName(org.country, language)], ', '), // as an address reads: "Tbilisi, Georgia"
    org.legalIdentifier && `${label(language, 'legalIdentifier')} ${org.legalIdentifier}`,
    org.url,
  ], '; ');
}

/** A quality assurance or accreditation entry in words; fields added later to the model are left out, never misread. */
function qaText(qa: QualityAssurance, language: UiLanguage): string {
  const t = (key: LabelKey) => label(language, key);
  const decision = qa.decision && (['accredited', 'granted', 'granted-with-monitoring', 'refused', 'withdrawn', 'self-evaluated'] as const).includes(qa.decision) ? t(qa.decision) : qa.decision;
  const type = qa.type === 'internal' || qa.type === 'external' ? t(qa.type) : undefined;
  return join([
    join([type, qa.body && localized(qa.body.name, language)], ': '),
    localized(qa.description, language),
    decision,
    qa.decisionDate && `${t('decisionDate')}: ${longDate(qa.decisionDate, language)}`,
    qa.accreditationId && `${t('accreditationId')}: ${qa.accreditationId}`,
    qa.validFrom && `${t('validFrom')}: ${longDate(qa.validFrom, language)}`,
    qa.validUntil && `${t('validUntil')}: ${longDate(qa.validUntil, language)}`,
    qa.deqarUrl ?? qa.url,
  ], ' — ');
}

function sectionHeading(pdf: TaggedPdf, number: string, title: string): void {
  const { doc } = pdf;
  pdf.keep(70);
  doc.moveDown(0.7);
  const y = doc.y;
  pdf.tag('H2', () => doc.font('bold').fontSize(10.5).fillColor(NAVY).text(`${number}. ${title}`, pdf.left, y, { width: pdf.width }));
  const under = doc.y + 1;
  pdf.artifact(() => doc.moveTo(pdf.left, under).lineTo(pdf.left + pdf.width, under).lineWidth(0.5).stroke(NAVY));
  doc.y = under + 4;
}

/** A section: its heading, then each entry as a numbered row of a table (label | lines), lists with hanging bullets. */
function drawSection(pdf: TaggedPdf, number: string, title: string, entries: Entry[]): void {
  const { doc } = pdf;
  sectionHeading(pdf, number, title);
  const valueX = pdf.left + NUMBER_WIDTH + LABEL_WIDTH;
  const valueWidth = pdf.width - NUMBER_WIDTH - LABEL_WIDTH;
  const table = pdf.group('Table');
  entries.forEach((item, i) => {
    doc.font('body').fontSize(9);
    const first = 'lines' in item ? item.lines[0]! : (item.groups[0]?.items[0] ?? '');
    pdf.keep(Math.min(60, doc.heightOfString(first, { width: valueWidth }) + 14));
    const row = pdf.group('TR', table);
    const y = doc.y;
    const page = doc.page;
    pdf.tag('TH', () => doc.font('bold').fontSize(8.5).fillColor(GREY).text(`${number}.${i + 1}`, pdf.left, y + 0.5, { width: NUMBER_WIDTH - 4 }), {}, row);
    pdf.tag('TH', () => doc.font('bold').fontSize(8.5).fillColor(GREY).text(item.label, pdf.left + NUMBER_WIDTH, y + 0.5, { width: LABEL_WIDTH - 10 }), {}, row);
    const afterLabel = doc.y;
    doc.y = y;
    const cell = pdf.group('TD', row);
    if ('lines' in item) {
      for (const line of item.lines) pdf.tag('P', () => doc.font('body').fontSize(9).fillColor(BLACK).text(line, valueX, doc.y, { width: valueWidth, paragraphGap: 2 }), {}, cell);
    } else {
      for (const group of item.groups) {
        if (group.heading) pdf.tag('P', () => doc.font('bold').fontSize(8.5).fillColor(GREY).text(group.heading!, valueX, doc.y + 1, { width: valueWidth }), {}, cell);
        const list = pdf.group('L', cell);
        for (const text of group.items) bullet(pdf, list, text, valueX, valueWidth);
        list.end();
      }
    }
    cell.end();
    row.end();
    // A long list may have run onto the next page; the label's height only counts on its own page.
    doc.y = (doc.page === page ? Math.max(afterLabel, doc.y) : doc.y) + 4;
  });
  table.end();
  doc.x = pdf.left;
}

/** A list item with a hanging indent: the bullet in the margin, every line of text aligned after it. */
function bullet(pdf: TaggedPdf, list: ReturnType<TaggedPdf['group']>, text: string, x: number, width: number): void {
  const { doc } = pdf;
  doc.font('body').fontSize(9);
  if (doc.y + doc.currentLineHeight(true) > pdf.bottom) doc.addPage();
  const y = doc.y;
  pdf.tag('LI', () => {
    doc.font('body').fontSize(9).fillColor(BLACK).text('•', x, y, { width: 10, lineBreak: false });
    doc.text(text, x + 11, y, { width: width - 11, paragraphGap: 2 });
  }, {}, list);
}

/** Section 7: who certifies the supplement, when and where, with lines to sign and room for the seal. */
function certification(pdf: TaggedPdf, mc: MicroCredential, language: UiLanguage, id: string, blocks: ReturnType<typeof signatureBlocks>, number: number): void {
  const { doc } = pdf;
  const t = (key: LabelKey, values?: Record<string, string>) => label(language, key, values);
  const height = blocksHeight(blocks, pdf.width);
  pdf.keep(70 + height);
  drawSection(pdf, String(number), t('sectionCertification'), [
    { label: t('placeAndDate'), lines: [join([placeOf(mc, language), longDate(mc.dateOfIssuing, language)], ', ')] },
    { label: t('credentialId'), lines: [t('certificationText', { id })] },
  ]);
  doc.moveDown(0.5);
  doc.y = drawSignatureBlocks(pdf, blocks, language, doc.y);
}

/** Section 8 for Georgian and Armenian credentials: the national system in a few sentences. */
function national(pdf: TaggedPdf, mc: MicroCredential, language: UiLanguage, number: number): void {
  const countries = new Set([...mc.awardingBodies.map((b) => b.country), ...(mc.countries ?? []).map((c) => (typeof c === 'string' ? c : c.country))]);
  const notes = (['GE', 'AM'] as const).filter((c) => countries.has(c)).map((c) => ({ label: countryName(c, language), lines: [label(language, c === 'GE' ? 'nationalSystemGE' : 'nationalSystemAM')] }));
  if (notes.length) drawSection(pdf, String(number), label(language, 'sectionNationalSystem'), notes);
}

/** The header (awarding body, supplement, learner) and "page n of m" on every page, as pagination artifacts. */
function runningHeads(pdf: TaggedPdf, mc: MicroCredential, language: UiLanguage, title: string, logo: Logo | undefined): void {
  const { doc } = pdf;
  const range = doc.bufferedPageRange();
  const body = localized(mc.awardingBodies[0]!.name, language) ?? '';
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const margins = { ...doc.page.margins };
    doc.page.margins.bottom = 0;
    doc.page.margins.top = 0;
    const left = margins.left;
    const width = doc.page.width - margins.left - margins.right;
    pdf.artifact(() => {
      const textX = logo ? left + 60 : left;
      if (logo) doc.image(logo.data, left, 22, { fit: [52, 26] });
      doc.font('bold').fontSize(8).fillColor(NAVY).text(body, textX, 24, { width: width - (textX - left), height: 10, ellipsis: true });
      doc.font('body').fontSize(7.5).fillColor(GREY).text(join([label(language, 'supplement'), mc.learner.name, title], ' · '), textX, 35, { width: width - (textX - left), height: 10, ellipsis: true });
      doc.moveTo(left, 52).lineTo(left + width, 52).lineWidth(0.5).stroke(GREY);
      doc.font('body').fontSize(7.5).fillColor(GREY).text(label(language, 'pageOf', { n: i + 1, m: range.count }), left, doc.page.height - 32, { width, align: 'center', lineBreak: false });
    }, 'Pagination');
    Object.assign(doc.page.margins, margins);
  }
}
