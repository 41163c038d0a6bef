/**
 * Interface text of certificates, supplements and the verification page in English, Georgian
 * and Armenian. Georgian and Armenian wording should be reviewed by the institutions using it;
 * a missing label falls back to English.
 */
export type UiLanguage = 'en' | 'ka' | 'hy';

const EN = {
  microCredential: 'Micro-credential',
  supplement: 'Micro-credential supplement',
  awardedTo: 'awarded to',
  awardingBodies: 'Awarding body',
  deliveringBodies: 'Delivering institution',
  country: 'Country',
  dateOfIssuing: 'Date of issue',
  validUntil: 'Valid until',
  workload: 'Workload',
  ects: 'ECTS credits',
  hours: 'hours',
  hoursPerCredit: 'hours per credit',
  level: 'Level',
  notApplicable: 'not applicable',
  participation: 'Form of participation',
  credentialId: 'Credential ID',
  verifyAt: 'Verify at',
  scanToVerify: 'Scan to verify',
  learningOutcomes: 'Learning outcomes',
  knowledge: 'Knowledge',
  skills: 'Skills',
  'responsibility-autonomy': 'Responsibility and autonomy',
  other: 'Other',
  breakdown: 'Workload breakdown',
  assessment: 'Type of assessment',
  formative: 'Formative',
  summative: 'Summative',
  criteria: 'Criteria',
  qualityAssurance: 'Quality assurance',
  internal: 'Internal',
  external: 'External',
  prerequisites: 'Prerequisites',
  supervision: 'Supervision and identity verification',
  grade: 'Grade',
  passed: 'passed',
  failed: 'not passed',
  stackability: 'Integration and stackability',
  'stand-alone': 'Stand-alone',
  stackable: 'Stackable',
  towards: 'towards',
  recognition: 'Recognition',
  objective: 'Objective',
  accessibility: 'Accessibility and support',
  languageOfDelivery: 'Language of delivery',
  fieldOfStudy: 'Field of study (ISCED-F)',
  furtherInformation: 'Further information',
  learner: 'Learner',
  online: 'online',
  onsite: 'on site',
  blended: 'blended',
  hybrid: 'hybrid',
  synchronous: 'synchronous',
  asynchronous: 'asynchronous',
  page: 'Page',
};

export type LabelKey = keyof typeof EN;

const KA: Partial<Record<LabelKey, string>> = {
  microCredential: 'მიკროკრედენციალი',
  supplement: 'მიკროკრედენციალის დანართი',
  awardedTo: 'მიენიჭა',
  awardingBodies: 'მიმნიჭებელი დაწესებულება',
  deliveringBodies: 'განმახორციელებელი დაწესებულება',
  country: 'ქვეყანა',
  dateOfIssuing: 'გაცემის თარიღი',
  validUntil: 'მოქმედებს',
  workload: 'დატვირთვა',
  ects: 'ECTS კრედიტი',
  hours: 'საათი',
  hoursPerCredit: 'საათი კრედიტზე',
  level: 'დონე',
  notApplicable: 'არ ვრცელდება',
  participation: 'მონაწილეობის ფორმა',
  credentialId: 'იდენტიფიკატორი',
  verifyAt: 'გადამოწმება',
  scanToVerify: 'დაასკანერეთ გადასამოწმებლად',
  learningOutcomes: 'სწავლის შედეგები',
  knowledge: 'ცოდნა და გაცნობიერება',
  skills: 'უნარები',
  'responsibility-autonomy': 'პასუხისმგებლობა და ავტონომიურობა',
  breakdown: 'დატვირთვის განაწილება',
  assessment: 'შეფასების ფორმა',
  qualityAssurance: 'ხარისხის უზრუნველყოფა',
  internal: 'შიდა',
  external: 'გარე',
  prerequisites: 'დაშვების წინაპირობები',
  supervision: 'ზედამხედველობა და იდენტობის დადასტურება',
  grade: 'მიღებული შეფასება',
  stackability: 'ინტეგრაცია და დაგროვებადობა',
  recognition: 'აღიარების შესაძლებლობები',
  objective: 'მიზანი',
  languageOfDelivery: 'სწავლების ენა',
  learner: 'პირი',
  online: 'ონლაინ',
  onsite: 'პირისპირ',
  blended: 'შერეული',
  hybrid: 'ჰიბრიდული',
  synchronous: 'სინქრონული',
  asynchronous: 'ასინქრონული',
  page: 'გვერდი',
};

const HY: Partial<Record<LabelKey, string>> = {
  microCredential: 'Միկրոորակավորում',
  supplement: 'Միկրոորակավորման հավելված',
  awardedTo: 'շնորհվում է',
  awardingBodies: 'Շնորհող կազմակերպություն',
  deliveringBodies: 'Իրականացնող կազմակերպություն',
  country: 'Երկիր',
  dateOfIssuing: 'Տրման ամսաթիվ',
  validUntil: 'Վավեր է մինչև',
  workload: 'Ծանրաբեռնվածություն',
  ects: 'ECTS կրեդիտ',
  hours: 'ժամ',
  level: 'Մակարդակ',
  participation: 'Մասնակցության ձև',
  credentialId: 'Նույնացուցիչ',
  verifyAt: 'Ստուգել',
  learningOutcomes: 'Ուսումնառության վերջնարդյունքներ',
  knowledge: 'Գիտելիք',
  skills: 'Հմտություններ',
  'responsibility-autonomy': 'Պատասխանատվություն և ինքնավարություն',
  assessment: 'Գնահատման տեսակ',
  qualityAssurance: 'Որակի ապահովում',
  prerequisites: 'Նախապայմաններ',
  grade: 'Գնահատական',
  recognition: 'Ճանաչում և առաջընթաց',
  objective: 'Նպատակ',
  accessibility: 'Մատչելիություն և աջակցություն',
  languageOfDelivery: 'Դասավանդման լեզու',
  online: 'առցանց',
  onsite: 'առկա',
  blended: 'խառը',
  hybrid: 'հիբրիդային',
  synchronous: 'սինքրոն',
  asynchronous: 'ասինքրոն',
  page: 'Էջ',
};

const TABLES: Record<UiLanguage, Partial<Record<LabelKey, string>>> = { en: EN, ka: KA, hy: HY };

/**
 * A heading in capitals where the script has them in our font: Georgian capitals (Mtavruli,
 * U+1C90…) are missing from most fonts, so Georgian headings keep their ordinary letters.
 */
export function capitals(language: UiLanguage, text: string): string {
  return language === 'ka' ? text : text.toUpperCase();
}

/** The label in `language`, falling back to English. */
export function label(language: UiLanguage, key: LabelKey): string {
  return TABLES[language][key] ?? EN[key];
}

/** The text of a language map in `language`, else English, else its first language. */
export function localized(map: Record<string, string> | undefined, language: string): string | undefined {
  if (!map) return undefined;
  return map[language] ?? map.en ?? Object.values(map)[0];
}
