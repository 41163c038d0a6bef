/* eslint-disable */
/**
 * GENERATED from schemas/*.schema.json by `npm run gen:types` — do not edit by hand.
 * The JSON Schemas are the source of truth for the model.
 */
/**
 * An absolute IRI: https URL, urn:uuid, DID or data: URI.
 *
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Iri".
 */
export type Iri = string;
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "ShortText".
 */
export type ShortText = string;
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Text".
 */
export type Text = string;
/**
 * ISO 3166-1 alpha-2 country code (plus XK, the user-assigned code the EU uses for Kosovo).
 */
export type CountryCode =
  | "AD"
  | "AE"
  | "AF"
  | "AG"
  | "AI"
  | "AL"
  | "AM"
  | "AO"
  | "AQ"
  | "AR"
  | "AS"
  | "AT"
  | "AU"
  | "AW"
  | "AX"
  | "AZ"
  | "BA"
  | "BB"
  | "BD"
  | "BE"
  | "BF"
  | "BG"
  | "BH"
  | "BI"
  | "BJ"
  | "BL"
  | "BM"
  | "BN"
  | "BO"
  | "BQ"
  | "BR"
  | "BS"
  | "BT"
  | "BV"
  | "BW"
  | "BY"
  | "BZ"
  | "CA"
  | "CC"
  | "CD"
  | "CF"
  | "CG"
  | "CH"
  | "CI"
  | "CK"
  | "CL"
  | "CM"
  | "CN"
  | "CO"
  | "CR"
  | "CU"
  | "CV"
  | "CW"
  | "CX"
  | "CY"
  | "CZ"
  | "DE"
  | "DJ"
  | "DK"
  | "DM"
  | "DO"
  | "DZ"
  | "EC"
  | "EE"
  | "EG"
  | "EH"
  | "ER"
  | "ES"
  | "ET"
  | "FI"
  | "FJ"
  | "FK"
  | "FM"
  | "FO"
  | "FR"
  | "GA"
  | "GB"
  | "GD"
  | "GE"
  | "GF"
  | "GG"
  | "GH"
  | "GI"
  | "GL"
  | "GM"
  | "GN"
  | "GP"
  | "GQ"
  | "GR"
  | "GS"
  | "GT"
  | "GU"
  | "GW"
  | "GY"
  | "HK"
  | "HM"
  | "HN"
  | "HR"
  | "HT"
  | "HU"
  | "ID"
  | "IE"
  | "IL"
  | "IM"
  | "IN"
  | "IO"
  | "IQ"
  | "IR"
  | "IS"
  | "IT"
  | "JE"
  | "JM"
  | "JO"
  | "JP"
  | "KE"
  | "KG"
  | "KH"
  | "KI"
  | "KM"
  | "KN"
  | "KP"
  | "KR"
  | "KW"
  | "KY"
  | "KZ"
  | "LA"
  | "LB"
  | "LC"
  | "LI"
  | "LK"
  | "LR"
  | "LS"
  | "LT"
  | "LU"
  | "LV"
  | "LY"
  | "MA"
  | "MC"
  | "MD"
  | "ME"
  | "MF"
  | "MG"
  | "MH"
  | "MK"
  | "ML"
  | "MM"
  | "MN"
  | "MO"
  | "MP"
  | "MQ"
  | "MR"
  | "MS"
  | "MT"
  | "MU"
  | "MV"
  | "MW"
  | "MX"
  | "MY"
  | "MZ"
  | "NA"
  | "NC"
  | "NE"
  | "NF"
  | "NG"
  | "NI"
  | "NL"
  | "NO"
  | "NP"
  | "NR"
  | "NU"
  | "NZ"
  | "OM"
  | "PA"
  | "PE"
  | "PF"
  | "PG"
  | "PH"
  | "PK"
  | "PL"
  | "PM"
  | "PN"
  | "PR"
  | "PS"
  | "PT"
  | "PW"
  | "PY"
  | "QA"
  | "RE"
  | "RO"
  | "RS"
  | "RU"
  | "RW"
  | "SA"
  | "SB"
  | "SC"
  | "SD"
  | "SE"
  | "SG"
  | "SH"
  | "SI"
  | "SJ"
  | "SK"
  | "SL"
  | "SM"
  | "SN"
  | "SO"
  | "SR"
  | "SS"
  | "ST"
  | "SV"
  | "SX"
  | "SY"
  | "SZ"
  | "TC"
  | "TD"
  | "TF"
  | "TG"
  | "TH"
  | "TJ"
  | "TK"
  | "TL"
  | "TM"
  | "TN"
  | "TO"
  | "TR"
  | "TT"
  | "TV"
  | "TW"
  | "TZ"
  | "UA"
  | "UG"
  | "UM"
  | "US"
  | "UY"
  | "UZ"
  | "VA"
  | "VC"
  | "VE"
  | "VG"
  | "VI"
  | "VN"
  | "VU"
  | "WF"
  | "WS"
  | "XK"
  | "YE"
  | "YT"
  | "ZA"
  | "ZM"
  | "ZW";
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "HttpUrl".
 */
export type HttpUrl = string;
/**
 * ISCED-F 2013 field of education and training: broad (2 digits), narrow (3) or detailed (4) code.
 */
export type IscedFCode =
  | "00"
  | "000"
  | "001"
  | "002"
  | "003"
  | "009"
  | "0000"
  | "0011"
  | "0021"
  | "0031"
  | "0099"
  | "01"
  | "011"
  | "018"
  | "0110"
  | "0111"
  | "0112"
  | "0113"
  | "0114"
  | "0119"
  | "0188"
  | "02"
  | "020"
  | "021"
  | "022"
  | "023"
  | "028"
  | "029"
  | "0200"
  | "0210"
  | "0211"
  | "0212"
  | "0213"
  | "0214"
  | "0215"
  | "0219"
  | "0220"
  | "0221"
  | "0222"
  | "0223"
  | "0228"
  | "0229"
  | "0230"
  | "0231"
  | "0232"
  | "0239"
  | "0288"
  | "0299"
  | "03"
  | "030"
  | "031"
  | "032"
  | "038"
  | "039"
  | "0300"
  | "0310"
  | "0311"
  | "0312"
  | "0313"
  | "0314"
  | "0319"
  | "0320"
  | "0321"
  | "0322"
  | "0329"
  | "0388"
  | "0399"
  | "04"
  | "040"
  | "041"
  | "042"
  | "048"
  | "049"
  | "0400"
  | "0410"
  | "0411"
  | "0412"
  | "0413"
  | "0414"
  | "0415"
  | "0416"
  | "0417"
  | "0419"
  | "0421"
  | "0488"
  | "0499"
  | "05"
  | "050"
  | "051"
  | "052"
  | "053"
  | "054"
  | "058"
  | "059"
  | "0500"
  | "0510"
  | "0511"
  | "0512"
  | "0519"
  | "0520"
  | "0521"
  | "0522"
  | "0529"
  | "0530"
  | "0531"
  | "0532"
  | "0533"
  | "0539"
  | "0540"
  | "0541"
  | "0542"
  | "0588"
  | "0599"
  | "06"
  | "061"
  | "068"
  | "0610"
  | "0611"
  | "0612"
  | "0613"
  | "0619"
  | "0688"
  | "07"
  | "070"
  | "071"
  | "072"
  | "073"
  | "078"
  | "079"
  | "0700"
  | "0710"
  | "0711"
  | "0712"
  | "0713"
  | "0714"
  | "0715"
  | "0716"
  | "0719"
  | "0720"
  | "0721"
  | "0722"
  | "0723"
  | "0724"
  | "0729"
  | "0730"
  | "0731"
  | "0732"
  | "0788"
  | "0799"
  | "08"
  | "080"
  | "081"
  | "082"
  | "083"
  | "084"
  | "088"
  | "089"
  | "0800"
  | "0810"
  | "0811"
  | "0812"
  | "0819"
  | "0821"
  | "0831"
  | "0841"
  | "0888"
  | "0899"
  | "09"
  | "090"
  | "091"
  | "092"
  | "098"
  | "099"
  | "0900"
  | "0910"
  | "0911"
  | "0912"
  | "0913"
  | "0914"
  | "0915"
  | "0916"
  | "0917"
  | "0919"
  | "0920"
  | "0921"
  | "0922"
  | "0923"
  | "0929"
  | "0988"
  | "0999"
  | "10"
  | "100"
  | "101"
  | "102"
  | "103"
  | "104"
  | "108"
  | "109"
  | "1000"
  | "1010"
  | "1011"
  | "1012"
  | "1013"
  | "1014"
  | "1015"
  | "1019"
  | "1020"
  | "1021"
  | "1022"
  | "1029"
  | "1030"
  | "1031"
  | "1032"
  | "1039"
  | "1041"
  | "1088"
  | "1099"
  | "99"
  | "999"
  | "9999";
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "CountryEntry".
 */
export type CountryEntry =
  | CountryCode
  | {
      country: CountryCode;
      region?: ShortText;
    };
/**
 * ISO 8601 date (2025-10-20) or date-time with offset (2025-10-20T10:00:00Z).
 *
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "DateOrDateTime".
 */
export type DateOrDateTime = string;
/**
 * EQF descriptor domain of a learning outcome.
 */
export type LearningOutcomeCategory = "knowledge" | "skills" | "responsibility-autonomy";
/**
 * Cycle of the Qualifications Framework of the European Higher Education Area.
 */
export type QfEheaCycle = "short-cycle" | "first-cycle" | "second-cycle" | "third-cycle";
/**
 * Type of assessment. Maps to the EU learning-assessment-type vocabulary where a concept exists.
 */
export type AssessmentType =
  | "written-exam"
  | "oral-exam"
  | "project"
  | "portfolio"
  | "presentation"
  | "practical-demonstration"
  | "quiz"
  | "written-report"
  | "peer-assessment"
  | "peer-review"
  | "continuous-assessment"
  | "group-performance"
  | "attendance"
  | "problem-based-learning"
  | "artefact-assessment"
  | "other";
/**
 * Form of participation in the learning activity.
 */
export type ParticipationMode = "online" | "onsite" | "blended" | "hybrid";
/**
 * A BCP 47 language tag such as en, ka, hy or en-GB.
 *
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "LanguageTag".
 */
export type LanguageTag = string;
/**
 * Common European Framework of Reference for Languages level.
 */
export type CefrLevel = "A1" | "A2" | "B1" | "B2" | "C1" | "C2";
/**
 * Supervision and identity verification during assessment (Annex I optional element).
 */
export type Supervision = "unsupervised-no-id" | "supervised-no-id" | "supervised-online-id" | "supervised-onsite-id";

/**
 * One awarded micro-credential described with the standard elements of Council Recommendation 2022/C 243/02, Annex I, plus the Armenian and Georgian national extras. Format-independent: Open Badges 3.0 and ELM/EDC documents are produced from it. Required here are the Annex I mandatory elements (country is derivable from the awarding bodies); profiles (eu, ge, am, or your own) add national rules.
 */
export interface MicroCredential {
  /**
   * Optional link to this schema, for editors.
   */
  $schema?: string;
  id?: Iri;
  learner: Learner;
  title: LanguageMap;
  /**
   * The awarding body or bodies. The first one issues (signs) the credential; the others co-award it.
   *
   * @minItems 1
   * @maxItems 50
   */
  awardingBodies: Organisation[];
  /**
   * Institutions that delivered the learning, when they differ from the awarding bodies (Georgia lists them separately). Defaults to the awarding bodies.
   *
   * @minItems 1
   * @maxItems 50
   */
  deliveringBodies?: Organisation[];
  /**
   * Country/countries (and optionally regions) of the awarding body(ies). Derived from awardingBodies[].country when absent.
   *
   * @minItems 1
   * @maxItems 50
   */
  countries?: CountryEntry[];
  dateOfIssuing: DateOrDateTime;
  validUntil?: DateOrDateTime;
  /**
   * @minItems 1
   * @maxItems 200
   */
  learningOutcomes: LearningOutcome[];
  workload: Workload;
  level: Level;
  assessment: Assessment;
  participation: Participation;
  /**
   * @minItems 1
   * @maxItems 20
   */
  qualityAssurance: QualityAssurance[];
  prerequisites?: Prerequisites;
  supervision?: Supervision;
  grade?: Grade;
  stackability?: Stackability;
  furtherInformation?: FurtherInformation;
  objective?: LanguageMap;
  recognition?: Recognition;
  accessibility?: LanguageMap;
  /**
   * Languages the learning was delivered in (BCP 47 tags).
   *
   * @minItems 1
   * @maxItems 20
   */
  languageOfDelivery?: LanguageTag[];
  fieldOfStudy?: FieldOfStudy;
  image?: Image;
  /**
   * @maxItems 100
   */
  evidence?: Evidence[];
  /**
   * Documents this award is linked to, each with a digest of its content: e.g. the Open Badges 2.0 assertion an LMS awarded, when this micro-credential re-issues it. Mapped to VC 2.0 relatedResource.
   *
   * @maxItems 20
   */
  related?: RelatedResource[];
  achievementId?: Iri;
  courseCode?: ShortText;
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Learner".
 */
export interface Learner {
  id?: Iri;
  name?: ShortText;
  givenName?: ShortText;
  familyName?: ShortText;
  email?: string;
  birthDate?: string;
  /**
   * @maxItems 20
   */
  identifiers?: LearnerIdentifier[];
}
/**
 * An identifier of the learner. With hashed=true, value is 'sha256$<hex>' of value+salt, as in Open Badges 3.0 IdentityObject.
 *
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "LearnerIdentifier".
 */
export interface LearnerIdentifier {
  type: "studentId" | "nationalId" | "emailAddress" | "sourcedId" | "institutionId" | "lisSourcedId" | "other";
  value: ShortText;
  hashed?: boolean;
  salt?: string;
  issuedBy?: ShortText;
}
/**
 * Multilingual text: BCP 47 language tag → text, e.g. { "en": "...", "ka": "..." }.
 *
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "LanguageMap".
 */
export interface LanguageMap {
  [k: string]: Text;
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Organisation".
 */
export interface Organisation {
  id?: Iri;
  name: LanguageMap;
  country?: CountryCode;
  region?: ShortText;
  url?: HttpUrl;
  image?: Image;
  email?: string;
  legalIdentifier?: ShortText;
  /**
   * Accreditation or authorisation of the organisation itself (e.g. ANQA institutional accreditation, NCEQE right to implement).
   *
   * @maxItems 20
   */
  accreditation?: QualityAssurance[];
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Image".
 */
export interface Image {
  /**
   * An https URL or a base64 data: URI (PNG, SVG, JPEG or WebP) of the badge image.
   */
  id: string;
  caption?: LanguageMap;
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "QualityAssurance".
 */
export interface QualityAssurance {
  type: "internal" | "external";
  /**
   * What was accredited or authorised: the institution (e.g. ANQA institutional accreditation), this programme (ANQA programme accreditation), a right to implement the micro-credential (NCEQE, valid two years) or another external QA procedure (e.g. an ESG review listed in DEQAR). ELM: Accreditation.dcType.
   */
  accreditationType?: "institutional" | "programme" | "right-to-implement" | "external-qa";
  body?: Organisation;
  description?: LanguageMap;
  /**
   * Outcome of the QA procedure (e.g. NCEQE: granted / granted subject to monitoring / refused).
   */
  decision?: "accredited" | "granted" | "granted-with-monitoring" | "refused" | "withdrawn" | "self-evaluated";
  decisionDate?: string;
  accreditationId?: ShortText;
  /**
   * First day the accreditation or right applies.
   */
  validFrom?: string;
  /**
   * Last day the accreditation or right applies (inclusive).
   */
  validUntil?: string;
  scope?: AccreditationScope;
  url?: HttpUrl;
  /**
   * The DEQAR identifier of the institution or report (e.g. DEQARINST0123).
   */
  deqarId?: string;
  deqarUrl?: HttpUrl;
}
/**
 * What an accreditation covers; a credential outside it is not covered. Every stated limit applies; an absent one does not limit. ELM: limitField (iscedF), limitEQFLevel (eqf), limitQualification (programmes).
 *
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "AccreditationScope".
 */
export interface AccreditationScope {
  /**
   * ISCED-F fields covered; a broad or narrow field covers the detailed fields under it (04 covers 0411).
   *
   * @minItems 1
   * @maxItems 100
   */
  iscedF?: IscedFCode[];
  /**
   * EQF levels covered.
   *
   * @minItems 1
   * @maxItems 8
   */
  eqf?: number[];
  /**
   * National framework levels covered.
   *
   * @minItems 1
   * @maxItems 20
   */
  nqf?: NqfLevel[];
  /**
   * The named programmes or micro-credentials covered (matched by achievementId, else course code).
   *
   * @minItems 1
   * @maxItems 200
   */
  programmes?: {
    id?: Iri;
    courseCode?: ShortText;
    title?: LanguageMap;
  }[];
  /**
   * Largest credit value covered.
   */
  maxEcts?: number;
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "NqfLevel".
 */
export interface NqfLevel {
  /**
   * The national framework: the country's ISO 3166-1 alpha-2 code (GE, AM, ...) or the framework's URI.
   */
  framework: string;
  level: number;
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "LearningOutcome".
 */
export interface LearningOutcome {
  id?: Iri;
  text: LanguageMap;
  category?: LearningOutcomeCategory;
  /**
   * ESCO skill URIs (http://data.europa.eu/esco/skill/...) this outcome corresponds to.
   *
   * @maxItems 50
   */
  escoSkills?: HttpUrl[];
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Workload".
 */
export interface Workload {
  /**
   * ECTS credits.
   */
  ects?: number;
  /**
   * Notional learning hours in total.
   */
  hours?: number;
  /**
   * Hours of learning per ECTS credit (25–30 in the ECTS Users' Guide).
   */
  hoursPerCredit?: number;
  /**
   * @maxItems 100
   */
  breakdown?: WorkloadItem[];
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "WorkloadItem".
 */
export interface WorkloadItem {
  activity: LanguageMap;
  hours: number;
}
/**
 * Level of the learning experience. Use { "eqf": "not-applicable" } to state explicitly that no level applies.
 *
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Level".
 */
export interface Level {
  eqf?: number | "not-applicable";
  nqf?: NqfLevel;
  qfEhea?: QfEheaCycle;
  justification?: LanguageMap;
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Assessment".
 */
export interface Assessment {
  /**
   * @minItems 1
   * @maxItems 20
   */
  types: AssessmentType[];
  /**
   * The types used formatively (a subset of types).
   *
   * @maxItems 20
   */
  formative?: AssessmentType[];
  /**
   * The types used summatively (a subset of types).
   *
   * @maxItems 20
   */
  summative?: AssessmentType[];
  description?: LanguageMap;
  criteria?: LanguageMap;
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Participation".
 */
export interface Participation {
  mode: ParticipationMode;
  synchronous?: boolean;
  asynchronous?: boolean;
  pacing?: "self-paced" | "instructor-led";
  intensity?: "full-time" | "part-time";
  platform?: ShortText;
  location?: ShortText;
  description?: LanguageMap;
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Prerequisites".
 */
export interface Prerequisites {
  description?: LanguageMap;
  /**
   * @maxItems 20
   */
  languageProficiency?: {
    language: LanguageTag;
    level: CefrLevel;
  }[];
  /**
   * Minimum EQF level of prior qualification.
   */
  eqfLevel?: number;
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Grade".
 */
export interface Grade {
  value?: ShortText;
  scale?: ShortText;
  passed?: boolean;
  description?: LanguageMap;
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Stackability".
 */
export interface Stackability {
  type: "stand-alone" | "stackable";
  description?: LanguageMap;
  /**
   * @maxItems 50
   */
  towards?: {
    id?: Iri;
    title: LanguageMap;
    maxEcts?: number;
    url?: HttpUrl;
  }[];
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "FurtherInformation".
 */
export interface FurtherInformation {
  description?: LanguageMap;
  /**
   * @maxItems 20
   */
  urls?: HttpUrl[];
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Recognition".
 */
export interface Recognition {
  description?: LanguageMap;
  /**
   * How many credits can be recognised.
   */
  maxEcts?: number;
  /**
   * @maxItems 50
   */
  programmes?: {
    id?: Iri;
    title: LanguageMap;
    institution?: LanguageMap;
  }[];
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "FieldOfStudy".
 */
export interface FieldOfStudy {
  iscedF: IscedFCode;
  description?: LanguageMap;
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "Evidence".
 */
export interface Evidence {
  id?: Iri;
  name?: LanguageMap;
  description?: LanguageMap;
  narrative?: LanguageMap;
  genre?: ShortText;
}
/**
 * This interface was referenced by `MicroCredential`'s JSON-Schema
 * via the `definition` "RelatedResource".
 */
export interface RelatedResource {
  id: Iri;
  /**
   * Subresource Integrity digest of the document's bytes, e.g. sha256-…
   */
  digestSRI: string;
  mediaType?: string;
}

/**
 * JSON Pointer into the MicroCredential; a segment * matches every array item.
 *
 * This interface was referenced by `ProfileDefinition`'s JSON-Schema
 * via the `definition` "Pointer".
 */
export type Pointer = string;

/**
 * A validation profile: a versioned set of rules (each an error or a warning, each citing its source) applied on top of the MicroCredential schema. Profiles are data; register your own with a ProfileRegistry.
 */
export interface ProfileDefinition {
  $schema?: string;
  /**
   * Short name used to select the profile, e.g. eu, ge, am.
   */
  id: string;
  /**
   * Semantic version of the rule set. Tightening a rule is a major version.
   */
  version: string;
  title: string;
  description?: string;
  /**
   * draft: the rules follow documents that are not yet enacted.
   */
  status?: "final" | "draft";
  /**
   * Profile whose rules apply first (id, or id@version).
   */
  extends?: string;
  /**
   * @maxItems 500
   */
  rules: ProfileRule[];
}
/**
 * This interface was referenced by `ProfileDefinition`'s JSON-Schema
 * via the `definition` "ProfileRule".
 */
export interface ProfileRule {
  id: string;
  kind:
    | "present"
    | "any-present"
    | "range"
    | "allowed"
    | "languages"
    | "categories"
    | "count"
    | "hours-per-credit"
    | "workload-consistency"
    | "breakdown-sum"
    | "level-consistency"
    | "country"
    | "subset"
    | "date-order"
    | "no-clear-identifier"
    | "contains"
    | "date-within"
    | "date-span"
    | "equal";
  severity: "error" | "warning";
  /**
   * Stable code reported with every finding of this rule.
   */
  code: string;
  /**
   * What a registrar reads. Placeholders: {field} (the place, dotted), {value}, {min}, {max}, {values}, {missing}, {expected}.
   */
  message: string;
  source: RuleSource;
  path?: Pointer;
  /**
   * @minItems 1
   */
  paths?: Pointer[];
  of?: Pointer;
  field?: string;
  min?: number;
  max?: number;
  /**
   * @minItems 1
   */
  values?: (string | number | boolean)[];
  /**
   * @minItems 1
   */
  languages?: string[];
  tolerance?: number;
  identifierTypes?: string[];
  /**
   * date-within, date-span: the field of each object at path that starts the window (e.g. validFrom).
   */
  from?: string;
  /**
   * date-within, date-span: the field of each object at path that ends the window, inclusive (e.g. validUntil).
   */
  until?: string;
  /**
   * date-span: the unit of max (default years).
   */
  unit?: "days" | "months" | "years";
  /**
   * contains, date-within, date-span, allowed: consider only the objects at path (for allowed: the objects holding the value) whose field is one of values.
   */
  where?: {
    field: string;
    /**
     * @minItems 1
     */
    values: (string | number | boolean)[];
  };
  /**
   * Apply the rule only when the value at path is one of values (or, with present: true, when there is a value at path).
   */
  when?: {
    path: Pointer;
    /**
     * @minItems 1
     */
    values?: (string | number | boolean)[];
    present?: true;
  };
}
/**
 * This interface was referenced by `ProfileDefinition`'s JSON-Schema
 * via the `definition` "RuleSource".
 */
export interface RuleSource {
  /**
   * The document the rule comes from.
   */
  document: string;
  /**
   * Where in it: lines, article, section.
   */
  locator: string;
  note?: string;
}

/**
 * ISO 3166-1 alpha-2 country code (plus XK, the user-assigned code the EU uses for Kosovo).
 */
/**
 * ISCED-F 2013 field of education and training: broad (2 digits), narrow (3) or detailed (4) code.
 */
/**
 * Cycle of the Qualifications Framework of the European Higher Education Area.
 */
/**
 * EQF descriptor domain of a learning outcome.
 */
/**
 * A stack of micro-credentials towards a larger award (a programme component, an advanced certificate, a larger micro-credential), as data: the target, what counts, how much, the direction, and the source of the rule. evaluatePathway() reads it over verified credentials and proposes — it never grants: the decision to stack lies with the receiving institution.
 */
export interface Pathway {
  /**
   * Optional link to this schema, for editors.
   */
  $schema?: string;
  /**
   * An absolute IRI: https URL, urn:uuid, DID or data: URI.
   */
  id: string;
  /**
   * Semantic version of this pathway definition. Tightening a rule (a lower cap, a new required member) is a major version.
   */
  version: string;
  title: LanguageMap;
  description?: LanguageMap;
  /**
   * Vertical: builds on a level of achievement; horizontal: extends knowledge at the same level; added-value: specific skills alongside existing qualifications.
   */
  direction: "vertical" | "horizontal" | "added-value";
  target: PathwayTarget;
  criteria?: PathwayCriteria;
  /**
   * What counts: named achievements, or slots filled by any credential meeting the slot's criteria.
   *
   * @minItems 1
   * @maxItems 100
   */
  members: PathwayMember[];
  /**
   * "n of these": at least `min` of the listed members must be filled.
   *
   * @maxItems 50
   */
  choices?: PathwayChoice[];
  credits?: PathwayCredits;
  source: PathwaySource;
}
/**
 * Multilingual text: BCP 47 language tag → text, e.g. { "en": "...", "ka": "..." }.
 */
/**
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "PathwayTarget".
 */
export interface PathwayTarget {
  type: "programme-component" | "advanced-certificate" | "micro-credential" | "qualification";
  title: LanguageMap;
  institution: Organisation;
  /**
   * The programmes within which the credits can be recognised.
   *
   * @maxItems 50
   */
  programmes?: PathwayProgramme[];
  component?: LanguageMap;
  /**
   * An absolute IRI: https URL, urn:uuid, DID or data: URI.
   */
  achievementId?: string;
  level?: Level;
  fieldOfStudy?: FieldOfStudy;
  /**
   * The target's learning outcomes: the evaluation reports which ones the credentials cover (by ESCO skill URI or exact text).
   *
   * @maxItems 200
   */
  learningOutcomes?: LearningOutcome[];
}
/**
 * The organisation's logo; certificates print it when it is a PNG or JPEG data: URI.
 */
/**
 * The QA agency or accrediting body (external QA): name, id (e.g. did:web:nceqe.ge), country.
 */
export interface Organisation1 {
  /**
   * An absolute IRI: https URL, urn:uuid, DID or data: URI.
   */
  id?: string;
  name: LanguageMap;
  country?: CountryCode;
  region?: string;
  url?: string;
  image?: Image;
  email?: string;
  /**
   * National registration number of the legal entity.
   */
  legalIdentifier?: string;
  /**
   * Accreditation or authorisation of the organisation itself (e.g. ANQA institutional accreditation, NCEQE right to implement).
   *
   * @maxItems 20
   */
  accreditation?: QualityAssurance[];
}
/**
 * What an accreditation covers; a credential outside it is not covered. Every stated limit applies; an absent one does not limit. ELM: limitField (iscedF), limitEQFLevel (eqf), limitQualification (programmes).
 */
/**
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "PathwayProgramme".
 */
export interface PathwayProgramme {
  /**
   * An absolute IRI: https URL, urn:uuid, DID or data: URI.
   */
  id?: string;
  title: LanguageMap;
  eqf?: number;
}
/**
 * Level of the learning experience. Use { "eqf": "not-applicable" } to state explicitly that no level applies.
 */
/**
 * Multilingual text: BCP 47 language tag → text, e.g. { "en": "...", "ka": "..." }.
 */
export interface LanguageMap1 {
  [k: string]: string;
}
/**
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "PathwayCriteria".
 */
export interface PathwayCriteria {
  /**
   * ISCED-F 2013 codes: broad (2 digits), narrow (3) or detailed (4); a credential's field matches a code it starts with.
   *
   * @minItems 1
   * @maxItems 50
   */
  fieldsOfStudy?: string[];
  eqf?: LevelRange;
  nqf?: {
    /**
     * As in MicroCredential level.nqf.framework (GE, AM, or a URI).
     */
    framework: string;
    min?: number;
    max?: number;
  };
  minGrade?: {
    scale: string;
    value: number;
  };
  /**
   * The assessment was supervised with an identity check (supervision supervised-online-id or supervised-onsite-id).
   */
  supervisedWithIdentityCheck?: true;
  awardingBodies?: AwardingBodyRule;
  /**
   * The credential was issued at most this many months before enrolment (options.enrolmentDate).
   */
  maxAgeMonths?: number;
  /**
   * The credential states at least this many ECTS.
   */
  minEcts?: number;
}
/**
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "LevelRange".
 */
export interface LevelRange {
  min?: number;
  max?: number;
}
/**
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "AwardingBodyRule".
 */
export interface AwardingBodyRule {
  /**
   * Issuer ids whose credentials count.
   *
   * @minItems 1
   * @maxItems 500
   */
  ids?: string[];
  /**
   * Issuers that the verifier's trust (verify option trust: trust lists, registries) recognises also count: the issuer-trust check passed.
   */
  recognisedByTrust?: boolean;
  /**
   * exclude (default): such a credential counts nothing. flag: it counts, and the evaluation asks the institution to check the issuer.
   */
  onUnrecognised?: "exclude" | "flag";
}
/**
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "PathwayMember".
 */
export interface PathwayMember {
  /**
   * Key of the member within this pathway (choices refer to it).
   */
  id: string;
  title?: LanguageMap;
  /**
   * The achievement (micro-credential definition) ids this member accepts: a credential fills it when its achievement id is one of them.
   *
   * @minItems 1
   * @maxItems 20
   */
  achievementIds?: string[];
  criteria?: PathwayCriteria;
  /**
   * The pathway is incomplete without this member. Default false.
   */
  required?: boolean;
  /**
   * How many credentials can fill this member. Default 1.
   */
  maxCount?: number;
  /**
   * Most credits one credential counts for in this member (a per-credential cap).
   */
  maxEcts?: number;
}
/**
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "PathwayChoice".
 */
export interface PathwayChoice {
  id: string;
  title?: LanguageMap;
  /**
   * @minItems 1
   * @maxItems 100
   */
  members: string[];
  min: number;
}
/**
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "PathwayCredits".
 */
export interface PathwayCredits {
  /**
   * Least total ECTS (after caps) for the pathway to be complete.
   */
  minEcts?: number;
  /**
   * The cap: most ECTS recognised in total (Georgia: 30 per programme).
   */
  maxEcts?: number;
  /**
   * Most ECTS one credential counts for.
   */
  maxEctsPerCredential?: number;
  /**
   * Most ECTS from credentials whose issuer is not the target institution (target.institution.id).
   */
  maxEctsFromOtherInstitutions?: number;
}
/**
 * This interface was referenced by `Pathway`'s JSON-Schema
 * via the `definition` "PathwaySource".
 */
export interface PathwaySource {
  description: LanguageMap;
  agreement?: {
    /**
     * An absolute IRI: https URL, urn:uuid, DID or data: URI.
     */
    id?: string;
    title: LanguageMap;
    date?: string;
  };
  reference?: string;
  url?: string;
}

/**
 * ISO 3166-1 alpha-2 country code (plus XK, the user-assigned code the EU uses for Kosovo).
 */
/**
 * ISCED-F 2013 field of education and training: broad (2 digits), narrow (3) or detailed (4) code.
 */
/**
 * This interface was referenced by `RecognitionRecord`'s JSON-Schema
 * via the `definition` "DateOrDateTime".
 */
/**
 * The receiving institution's decision on recognising micro-credentials: how many credits, towards which programme, under which agreement or RPL procedure, decided by whom and when, referencing the verified credentials by id and digest. Made by createRecognitionRecord(); exported as JSON or CSV for the student information system.
 */
export interface RecognitionRecord {
  $schema?: string;
  /**
   * An absolute IRI: https URL, urn:uuid, DID or data: URI.
   */
  id: string;
  /**
   * Version of this record format.
   */
  version: "1";
  learner: Learner;
  institution: Organisation;
  programme: {
    /**
     * An absolute IRI: https URL, urn:uuid, DID or data: URI.
     */
    id?: string;
    title: LanguageMap;
    component?: LanguageMap;
  };
  /**
   * The pathway the decision followed, when one did.
   */
  pathway?: {
    /**
     * An absolute IRI: https URL, urn:uuid, DID or data: URI.
     */
    id: string;
    version: string;
  };
  decision: "recognised" | "partially-recognised" | "not-recognised";
  recognisedEcts: number;
  /**
   * Assessed under the principles of the Lisbon Recognition Convention (all standard elements presented), or through Recognition of Prior Learning.
   */
  route: "lisbon-recognition-convention" | "rpl";
  agreement?: {
    /**
     * An absolute IRI: https URL, urn:uuid, DID or data: URI.
     */
    id?: string;
    title: LanguageMap;
    date?: string;
  };
  procedure?: string;
  decidedBy: {
    /**
     * An absolute IRI: https URL, urn:uuid, DID or data: URI.
     */
    id?: string;
    name: string;
    role?: string;
  };
  decidedAt: DateOrDateTime;
  /**
   * @minItems 1
   * @maxItems 100
   */
  credentials: RecognisedCredential[];
  notes?: LanguageMap;
}
/**
 * An identifier of the learner. With hashed=true, value is 'sha256$<hex>' of value+salt, as in Open Badges 3.0 IdentityObject.
 */
/**
 * Multilingual text: BCP 47 language tag → text, e.g. { "en": "...", "ka": "..." }.
 */
/**
 * The organisation's logo; certificates print it when it is a PNG or JPEG data: URI.
 */
/**
 * The QA agency or accrediting body (external QA): name, id (e.g. did:web:nceqe.ge), country.
 */
/**
 * What an accreditation covers; a credential outside it is not covered. Every stated limit applies; an absent one does not limit. ELM: limitField (iscedF), limitEQFLevel (eqf), limitQualification (programmes).
 */
/**
 * This interface was referenced by `RecognitionRecord`'s JSON-Schema
 * via the `definition` "RecognisedCredential".
 */
export interface RecognisedCredential {
  /**
   * An absolute IRI: https URL, urn:uuid, DID or data: URI.
   */
  id?: string;
  /**
   * SRI digest (sha256, base64) of the credential as verified: its RFC 8785 JSON form, or the compact JWT.
   */
  digest: string;
  title?: string;
  /**
   * An absolute IRI: https URL, urn:uuid, DID or data: URI.
   */
  issuer?: string;
  dateOfIssuing?: DateOrDateTime;
  /**
   * Credits the credential states.
   */
  ects?: number;
  recognisedEcts: number;
}

/**
 * ISO 3166-1 alpha-2 country code (plus XK, the user-assigned code the EU uses for Kosovo).
 */
/**
 * ISCED-F 2013 field of education and training: broad (2 digits), narrow (3) or detailed (4) code.
 */
/**
 * One provider in an accreditation registry a QA agency publishes (NCEQE, ANQA, …): who the provider is and the agency's decisions about it. A registry is a signed credential whose credentialSubject.entries are these (see createRegistry).
 */
export interface RegistryEntry {
  provider: RegistryProvider;
  /**
   * The agency's decisions about this provider: institutional or programme accreditation, right to implement; granted, granted with monitoring, refused or withdrawn; with validity and scope.
   *
   * @minItems 1
   * @maxItems 100
   */
  accreditations: QualityAssurance[];
}
/**
 * This interface was referenced by `RegistryEntry`'s JSON-Schema
 * via the `definition` "RegistryProvider".
 */
export interface RegistryProvider {
  /**
   * Issuer ids the provider signs Open Badges with: DIDs (did:web:university.example.ge) or https ids.
   *
   * @minItems 1
   * @maxItems 20
   */
  ids?: string[];
  /**
   * eIDAS organisation identifiers (ETSI EN 319 412-1, e.g. NTRGE-204864548, VATES-A00000000) of the provider's seal certificates, for sealed European Digital Credentials.
   *
   * @minItems 1
   * @maxItems 20
   */
  sealOrganisationIdentifiers?: string[];
  name: LanguageMap;
  country?: CountryCode;
  url?: string;
  /**
   * The provider's DEQAR institution identifier.
   */
  deqarId?: string;
}
/**
 * Multilingual text: BCP 47 language tag → text, e.g. { "en": "...", "ka": "..." }.
 */
/**
 * The QA agency or accrediting body (external QA): name, id (e.g. did:web:nceqe.ge), country.
 */
/**
 * The organisation's logo; certificates print it when it is a PNG or JPEG data: URI.
 */
/**
 * What an accreditation covers; a credential outside it is not covered. Every stated limit applies; an absent one does not limit. ELM: limitField (iscedF), limitEQFLevel (eqf), limitQualification (programmes).
 */