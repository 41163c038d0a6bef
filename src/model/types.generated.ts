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
  body?: Organisation;
  description?: LanguageMap;
  /**
   * Outcome of the QA procedure (e.g. NCEQE: granted / granted subject to monitoring / refused).
   */
  decision?: "accredited" | "granted" | "granted-with-monitoring" | "refused" | "withdrawn" | "self-evaluated";
  decisionDate?: string;
  accreditationId?: ShortText;
  validFrom?: string;
  validUntil?: string;
  url?: HttpUrl;
  deqarUrl?: HttpUrl;
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
    | "no-clear-identifier";
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
   * Apply the rule only when the value at path is one of values.
   */
  when?: {
    path: Pointer;
    /**
     * @minItems 1
     */
    values: (string | number | boolean)[];
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
