/**
 * What the verification page says, in words an admissions officer understands: the three
 * verdicts and, for each failure or warning code, what it means for the person holding the file.
 * Georgian and Armenian wording should be reviewed by the institutions using it. A code without a
 * plain sentence here is shown with the report's technical message only.
 */
import type { Check, CheckCode, ForeignCode, UiLanguage, Verdict } from 'microcred';

type Text = Record<UiLanguage, string>;

/** Heading and explanation of each verdict. */
export const VERDICT_TEXT: Record<Verdict, { heading: Text; explain?: Text }> = {
  verified: {
    heading: { en: 'Verified', ka: 'დადასტურებულია', hy: 'Ստուգված է' },
    explain: {
      en: 'The file is authentic, unchanged, and issued by an issuer this page recognises.',
      ka: 'ფაილი ნამდვილია, არ არის შეცვლილი და გაცემულია ამ გვერდისთვის ცნობილი გამცემის მიერ.',
      hy: 'Ֆայլը իսկական է, չի փոփոխվել և տրվել է այս էջին հայտնի տրողի կողմից։',
    },
  },
  'authentic-unrecognised-issuer': {
    heading: {
      en: 'Authentic, but the issuer is not recognised',
      ka: 'ნამდვილია, მაგრამ გამცემი არ არის ცნობილი',
      hy: 'Իսկական է, բայց տրողը ճանաչված չէ',
    },
    explain: {
      en: 'The signature is genuine and the file was not changed, but nothing vouches for who issued it: anyone can create a key and call themselves a university. Rely on it only if you know this issuer, or ask the issuer to confirm.',
      ka: 'ხელმოწერა ნამდვილია და ფაილი არ შეცვლილა, მაგრამ არაფერი ადასტურებს, ვინ გასცა ის: ნებისმიერს შეუძლია შექმნას გასაღები და თავი უნივერსიტეტად გამოაცხადოს. ენდეთ მხოლოდ მაშინ, თუ ამ გამცემს იცნობთ, ან სთხოვეთ გამცემს დადასტურება.',
      hy: 'Ստորագրությունը իսկական է, և ֆայլը չի փոփոխվել, բայց ոչինչ չի երաշխավորում, թե ով է այն տվել. յուրաքանչյուր ոք կարող է ստեղծել բանալի և իրեն համալսարան անվանել։ Վստահեք միայն, եթե ճանաչում եք այս տրողին, կամ խնդրեք տրողին հաստատել։',
    },
  },
  'not-verified': {
    heading: { en: 'Not verified', ka: 'არ არის დადასტურებული', hy: 'Ստուգված չէ' },
    explain: {
      en: 'Do not rely on this file.',
      ka: 'ნუ დაეყრდნობით ამ ფაილს.',
      hy: 'Մի վստահեք այս ֆայլին։',
    },
  },
};

/** Heading of a verified credential whose other checks warned (e.g. revocation could not be checked). */
export const VERIFIED_WITH_WARNINGS: Text = { en: 'Verified, with warnings', ka: 'დადასტურებულია შენიშვნებით', hy: 'Ստուգված է՝ նախազգուշացումներով' };

/** Heading above a failed credential's details. */
export const UNRELIABLE_DETAILS: Text = {
  en: 'These details cannot be relied on',
  ka: 'ამ მონაცემებს ვერ დაეყრდნობით',
  hy: 'Այս տվյալներին հնարավոր չէ վստահել',
};

const TAMPERED: Text = {
  en: 'This file was changed after it was issued, or its signature is not genuine.',
  ka: 'ფაილი შეიცვალა გაცემის შემდეგ, ან მისი ხელმოწერა არ არის ნამდვილი.',
  hy: 'Ֆայլը փոփոխվել է տրվելուց հետո, կամ նրա ստորագրությունը իսկական չէ։',
};
const NO_CREDENTIAL_IN_IMAGE: Text = {
  en: 'This image contains no credential.',
  ka: 'ეს სურათი არ შეიცავს კრედენციალს.',
  hy: 'Այս պատկերը որակավորում չի պարունակում։',
};
const NOT_A_CREDENTIAL: Text = {
  en: 'This is not a credential file this page can read.',
  ka: 'ეს არ არის კრედენციალის ფაილი, რომლის წაკითხვაც ამ გვერდს შეუძლია.',
  hy: 'Սա որակավորման ֆայլ չէ, որը այս էջը կարող է կարդալ։',
};
const KEY_NOT_FOUND: Text = {
  en: "The issuer's key could not be found, so the signature could not be checked.",
  ka: 'გამცემის გასაღები ვერ მოიძებნა, ამიტომ ხელმოწერის შემოწმება ვერ მოხერხდა.',
  hy: 'Տրողի բանալին չգտնվեց, ուստի ստորագրությունը հնարավոր չեղավ ստուգել։',
};
const STATUS_UNKNOWN: Text = {
  en: 'Whether the issuer has revoked this credential could not be checked.',
  ka: 'ვერ შემოწმდა, გააუქმა თუ არა გამცემმა ეს კრედენციალი.',
  hy: 'Հնարավոր չեղավ ստուգել, թե արդյոք տրողը չեղարկել է այս որակավորումը։',
};
const CONTENT: Text = {
  en: 'The content of the credential is not in the required form.',
  ka: 'კრედენციალის შინაარსი არ შეესაბამება მოთხოვნილ ფორმას.',
  hy: 'Որակավորման բովանդակությունը պահանջվող ձևին չի համապատասխանում։',
};

const PLAIN: Partial<Record<CheckCode | ForeignCode, Text>> = {
  ERR_PROOF_INVALID: TAMPERED,
  ERR_SIGNATURE_INVALID: TAMPERED,
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: TAMPERED,
  ERR_JADES_SIGNATURE_INVALID: TAMPERED,
  ERR_SEAL_INVALID: TAMPERED,
  ERR_BAKED_INVALID: NO_CREDENTIAL_IN_IMAGE,
  ERR_NOT_BAKED: NO_CREDENTIAL_IN_IMAGE,
  ERR_PNG_INVALID: NO_CREDENTIAL_IN_IMAGE,
  ERR_SVG_INVALID: NO_CREDENTIAL_IN_IMAGE,
  ERR_BAKED_AMBIGUOUS: NO_CREDENTIAL_IN_IMAGE,
  ERR_INPUT_NOT_JSON: NOT_A_CREDENTIAL,
  ERR_CREDENTIAL_MALFORMED: NOT_A_CREDENTIAL,
  ERR_NO_PROOF: {
    en: 'This file is not signed: nothing shows who issued it or that it is unchanged.',
    ka: 'ფაილი ხელმოწერილი არ არის: არაფერი აჩვენებს, ვინ გასცა ის და რომ არ შეცვლილა.',
    hy: 'Ֆայլը ստորագրված չէ. ոչինչ ցույց չի տալիս, թե ով է այն տվել և որ այն չի փոփոխվել։',
  },
  ERR_PROOF_SUITE_UNSUPPORTED: {
    en: 'It is signed in a way this page cannot check.',
    ka: 'ის ხელმოწერილია ისე, რომ ამ გვერდს შემოწმება არ შეუძლია.',
    hy: 'Այն ստորագրված է այնպես, որ այս էջը չի կարող ստուգել։',
  },
  ERR_VERIFICATION_METHOD_MALFORMED: KEY_NOT_FOUND,
  ERR_VERIFICATION_METHOD_NOT_FOUND: KEY_NOT_FOUND,
  ERR_VERIFICATION_METHOD_UNRESOLVABLE: KEY_NOT_FOUND,
  ERR_ISSUER_MISMATCH: {
    en: 'It was signed by someone other than the issuer it names.',
    ka: 'ის ხელმოწერილია არა იმ გამცემის მიერ, რომელსაც ასახელებს.',
    hy: 'Այն ստորագրել է ոչ թե իր նշած տրողը, այլ ուրիշ մեկը։',
  },
  ERR_STATUS_REVOKED: {
    en: 'The issuer has revoked this credential.',
    ka: 'გამცემმა ეს კრედენციალი გააუქმა.',
    hy: 'Տրողը չեղարկել է այս որակավորումը։',
  },
  ERR_STATUS_SUSPENDED: {
    en: 'The issuer has suspended this credential for now.',
    ka: 'გამცემმა ეს კრედენციალი დროებით შეაჩერა.',
    hy: 'Տրողը ժամանակավորապես կասեցրել է այս որակավորումը։',
  },
  WARN_STATUS_NOT_CHECKED: STATUS_UNKNOWN,
  WARN_STATUS_LIST_UNAVAILABLE: STATUS_UNKNOWN,
  ERR_STATUS_NOT_CHECKED: STATUS_UNKNOWN,
  ERR_STATUS_LIST_UNAVAILABLE: STATUS_UNKNOWN,
  ERR_EXPIRED: { en: 'This credential has expired.', ka: 'ამ კრედენციალს ვადა გაუვიდა.', hy: 'Այս որակավորման ժամկետը լրացել է։' },
  ERR_NOT_YET_VALID: { en: 'This credential is not valid yet.', ka: 'ეს კრედენციალი ჯერ არ მოქმედებს.', hy: 'Այս որակավորումը դեռ վավեր չէ։' },
  ERR_CERT_EXPIRED: {
    en: "The seal's certificate had expired.",
    ka: 'ბეჭდის სერტიფიკატს ვადა ჰქონდა გასული.',
    hy: 'Կնիքի վկայագրի ժամկետը լրացած էր։',
  },
  ERR_CERT_REVOKED: {
    en: "The seal's certificate has been revoked.",
    ka: 'ბეჭდის სერტიფიკატი გაუქმებულია.',
    hy: 'Կնիքի վկայագիրը չեղարկվել է։',
  },
  ERR_CERT_UNTRUSTED: {
    en: 'The seal is not from an organisation this page recognises.',
    ka: 'ბეჭედი არ ეკუთვნის ამ გვერდისთვის ცნობილ ორგანიზაციას.',
    hy: 'Կնիքը այս էջին հայտնի կազմակերպությանը չի պատկանում։',
  },
  ERR_ISSUER_DISTRUSTED: {
    en: 'The issuer is on the list of issuers not to rely on.',
    ka: 'გამცემი შეტანილია იმ გამცემთა სიაში, რომლებსაც არ უნდა ენდოთ.',
    hy: 'Տրողը ներառված է այն տրողների ցանկում, որոնց չպետք է վստահել։',
  },
  ERR_SCHEMA: CONTENT,
  ERR_PROFILE: CONTENT,
  ERR_FORMAT: CONTENT,
  ERR_PRESENTATION_NOT_CREDENTIAL: {
    en: 'This is a presentation (a bundle of credentials), not a single credential.',
    ka: 'ეს არის წარდგენა (კრედენციალების ნაკრები) და არა ერთი კრედენციალი.',
    hy: 'Սա ներկայացում է (որակավորումների փաթեթ), ոչ թե մեկ որակավորում։',
  },
};

/** The plain sentence for a failed or warned check, in `language`, when there is one. */
export function plainReason(check: Pick<Check, 'code'>, language: UiLanguage): string | undefined {
  const text = check.code === undefined ? undefined : PLAIN[check.code as CheckCode];
  return text?.[language];
}
