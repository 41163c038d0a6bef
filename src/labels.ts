/**
 * `microcred/labels`: the words microcred shows people, in English, Georgian and Armenian — field
 * labels, and a credential's level, workload, participation and awarding body as sentences.
 * Runtime-agnostic: the verification page and the PDF use the same text.
 *
 * @packageDocumentation
 */
export { label, localized, UI_LANGUAGES, type LabelKey, type UiLanguage } from './render/labels.js';
export { awardingText, levelText, participationText, workloadText } from './render/describe.js';
export { assessmentTypeName, countryName, iscedFName, languageName, qfEheaName, supervisionName } from './render/vocabulary-labels.js';
