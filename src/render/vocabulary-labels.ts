/**
 * Words for the model's codes in the page's language: assessment types, supervision levels,
 * QF-EHEA cycles, ISCED-F fields, countries and languages (browser-safe). English comes from
 * the model's vocabularies; Georgian and Armenian tables are typed over the code unions, so a
 * new code without a translation does not compile. Country and language names come from
 * `Intl.DisplayNames` (ICU has en, ka and hy), falling back to the EU list's English name.
 */
import { NAL_COUNTRIES } from '../formats/elm/data/countries.js';
import { iscedFLabel } from '../formats/elm/data/isced-f.js';
import { NAL_LANGUAGES } from '../formats/elm/data/languages.js';
import type { AssessmentType, CountryCode, QfEheaCycle, Supervision } from '../model/types.generated.js';
import { ASSESSMENT_TYPES, QF_EHEA_CYCLES, SUPERVISION_LEVELS } from '../model/vocabularies.js';
import { ISCED_F_HY, ISCED_F_KA } from './isced-f-names.js';
import type { UiLanguage } from './labels.js';

type Translated<K extends string> = Record<Exclude<UiLanguage, 'en'>, Record<K, string>>;

const ASSESSMENT: Translated<AssessmentType> = {
  ka: {
    'written-exam': 'წერითი გამოცდა',
    'oral-exam': 'ზეპირი გამოცდა',
    project: 'საპროექტო სამუშაო',
    portfolio: 'პორტფოლიო',
    presentation: 'პრეზენტაცია',
    'practical-demonstration': 'პრაქტიკული დემონსტრირება',
    quiz: 'ქვიზი',
    'written-report': 'წერილობითი ანგარიში (შეფასებული დავალება)',
    'peer-assessment': 'თანატოლთა შეფასება',
    'peer-review': 'თანატოლთა რეცენზირება',
    'continuous-assessment': 'მიმდინარე შეფასება',
    'group-performance': 'ჯგუფური მუშაობა',
    attendance: 'დასწრების დონე',
    'problem-based-learning': 'პრობლემაზე დაფუძნებული სწავლება',
    'artefact-assessment': 'ნამუშევრის შეფასება',
    other: 'სხვა',
  },
  hy: {
    'written-exam': 'Գրավոր քննություն',
    'oral-exam': 'Բանավոր քննություն',
    project: 'Նախագծային աշխատանք',
    portfolio: 'Պորտֆոլիո',
    presentation: 'Ներկայացում',
    'practical-demonstration': 'Գործնական ցուցադրում',
    quiz: 'Թեստային հարցում',
    'written-report': 'Գրավոր զեկույց (գնահատված առաջադրանք)',
    'peer-assessment': 'Փոխադարձ գնահատում',
    'peer-review': 'Գործընկերային գրախոսում',
    'continuous-assessment': 'Ընթացիկ գնահատում',
    'group-performance': 'Խմբային աշխատանք',
    attendance: 'Հաճախելիություն',
    'problem-based-learning': 'Խնդրահենք ուսուցում',
    'artefact-assessment': 'Ստեղծված աշխատանքի գնահատում',
    other: 'Այլ',
  },
};

const SUPERVISION: Translated<Supervision> = {
  ka: {
    'unsupervised-no-id': 'ზედამხედველობის გარეშე, იდენტობის დადასტურების გარეშე',
    'supervised-no-id': 'ზედამხედველობით, იდენტობის დადასტურების გარეშე',
    'supervised-online-id': 'ონლაინ ზედამხედველობით, იდენტობის დადასტურებით',
    'supervised-onsite-id': 'ადგილზე ზედამხედველობით, იდენტობის დადასტურებით',
  },
  hy: {
    'unsupervised-no-id': 'Առանց վերահսկողության, առանց ինքնության ստուգման',
    'supervised-no-id': 'Վերահսկողությամբ, առանց ինքնության ստուգման',
    'supervised-online-id': 'Առցանց վերահսկողությամբ, ինքնության ստուգմամբ',
    'supervised-onsite-id': 'Տեղում վերահսկողությամբ, ինքնության ստուգմամբ',
  },
};

const QF_EHEA: Translated<QfEheaCycle> = {
  ka: {
    'short-cycle': 'მოკლე ციკლი',
    'first-cycle': 'პირველი საფეხური (ბაკალავრიატი)',
    'second-cycle': 'მეორე საფეხური (მაგისტრატურა)',
    'third-cycle': 'მესამე საფეხური (დოქტორანტურა)',
  },
  hy: {
    'short-cycle': 'Կարճ ցիկլ',
    'first-cycle': 'Առաջին աստիճան (բակալավրիատ)',
    'second-cycle': 'Երկրորդ աստիճան (մագիստրատուրա)',
    'third-cycle': 'Երրորդ աստիճան (ասպիրանտուրա)',
  },
};

/** Name of an assessment type. */
export function assessmentTypeName(type: AssessmentType, language: UiLanguage): string {
  return language === 'en' ? ASSESSMENT_TYPES[type].label : ASSESSMENT[language][type];
}

/** Wording of a supervision level (Annex I). */
export function supervisionName(level: Supervision, language: UiLanguage): string {
  return language === 'en' ? SUPERVISION_LEVELS[level].label : SUPERVISION[language][level];
}

/** Name of a QF-EHEA cycle. */
export function qfEheaName(cycle: QfEheaCycle, language: UiLanguage): string {
  return language === 'en' ? QF_EHEA_CYCLES[cycle].label : QF_EHEA[language][cycle];
}

/** Name of an ISCED-F 2013 field, or undefined for an unknown code. */
export function iscedFName(code: string, language: UiLanguage): string | undefined {
  return iscedFLabel(code, ...(language === 'ka' ? [ISCED_F_KA] : language === 'hy' ? [ISCED_F_HY] : []));
}

const displayNames = new Map<string, Intl.DisplayNames | null>();
function display(language: UiLanguage, type: 'region' | 'language'): Intl.DisplayNames | null {
  const key = `${language}:${type}`;
  if (!displayNames.has(key)) {
    let names: Intl.DisplayNames | null = null;
    try {
      // A runtime without ICU data for the language answers in another one: then use the fallback.
      const candidate = new Intl.DisplayNames([language], { type, fallback: 'none' });
      if (candidate.resolvedOptions().locale.split('-')[0] === language) names = candidate;
    } catch {
      names = null;
    }
    displayNames.set(key, names);
  }
  return displayNames.get(key)!;
}

/** Name of a country (ISO 3166-1 alpha-2) in the language, else its English name, else the code. */
export function countryName(code: string, language: UiLanguage): string {
  const name = display(language, 'region')?.of(code);
  if (name && name !== code) return name;
  return NAL_COUNTRIES[code as CountryCode]?.[1] ?? code;
}

/** Name of a language (BCP 47 tag) in the language, else its English name, else the tag. */
export function languageName(tag: string, language: UiLanguage): string {
  let name: string | undefined;
  try {
    name = display(language, 'language')?.of(tag);
  } catch {
    name = undefined; // not a well-formed tag: show it as it is
  }
  if (name && name.toLowerCase() !== tag.toLowerCase()) return name;
  return NAL_LANGUAGES[tag.split('-')[0]!.toLowerCase()]?.[1] ?? tag;
}
