/**
 * The MicroCredential ↔ EDC mapping, shared by toElm and fromElm so the two stay inverse.
 *
 * Paths are relative to the credential; `Q` = `credentialSubject.hasClaim[0].specifiedBy`
 * (the Qualification), `A` = `credentialSubject.hasClaim[0].provenBy[0]` (the
 * LearningAssessment), `AP` = `credentialSubject.hasClaim[0].awardedBy` (the AwardingProcess).
 * "note:k" = an `additionalNote` Note whose subject is microcred's concept `k` (notes.ts).
 *
 * | MicroCredential (Annex I element)         | EDC place                                                                 |
 * | ----------------------------------------- | ------------------------------------------------------------------------- |
 * | id                                        | `id`                                                                      |
 * | learner (identification of the learner)  | `credentialSubject` Person: id, fullName/givenName/familyName (one        |
 * |                                           | language), dateOfBirth, contactPoint.emailAddress (mailto:)               |
 * | learner.identifiers[]                     | Person.identifier[] (Identifier; schemeName = type label, schemeAgency =  |
 * |                                           | issuedBy); the first plain nationalId is a LegalIdentifier also given as  |
 * |                                           | `nationalID` (the context's term, see docs/elm-context-defects.md);       |
 * |                                           | hashed/salt → Person note:learner-identifier (JSON)                       |
 * | title                                     | hasClaim.title, Q.title, displayParameter.title                           |
 * | awardingBodies[] (awarding body)          | AP.awardingBody[] Organisation (legalName, location.address.countryCode,  |
 * |                                           | location.geographicName = region, homepage, contactPoint, registration =  |
 * |                                           | legalIdentifier, identifier = id, accreditation[]); the first is also     |
 * |                                           | `issuer` (without its accreditation) with `eIDASIdentifier` when sealed   |
 * | countries[] (country/region of issuer)    | AP.location.address[] (countryCode; region as fullAddress)                |
 * | deliveringBodies[]                        | hasClaim.influencedBy[0] LearningActivity.directedBy[]                    |
 * | dateOfIssuing                             | AP.awardingDate and validFrom (values.ts encodeDateTime)                  |
 * | validUntil                                | validUntil and expirationDate                                             |
 * | learningOutcomes[]                        | Q.learningOutcome[]: title, dcType skill-type (knowledge, skill),         |
 * |                                           | relatedESCOSkill[] (other skill IRIs: relatedSkill[]), identifier = id;   |
 * |                                           | responsibility-autonomy → note:learning-outcome-category                  |
 * | workload.ects                             | Q.creditPoint[] ECTS, point as a string                                   |
 * | workload.hours                            | Q.volumeOfLearning (xsd:duration; note:workload-hours if not exact)       |
 * | workload.hoursPerCredit                   | note:workload-hours-per-credit                                            |
 * | workload.breakdown[]                      | Q.influencedBy[] LearningActivitySpecification (title, volumeOfLearning)  |
 * | level.eqf                                 | Q.eqfLevel; "not-applicable" → note:level-eqf                             |
 * | level.nqf                                 | Q.nqfLevel (QDR concept, when vocabularies.ts has one) else note:level-nqf|
 * | level.qfEhea                              | Q.educationLevel (microcred concept)                                      |
 * | level.justification                       | note:level-justification                                                  |
 * | assessment.types[] (type of assessment)   | A.specifiedBy.hasPart[] LearningAssessmentSpecification, dcType = EU      |
 * |                                           | assessment concept (presentation, other: microcred concepts)              |
 * | assessment.description / criteria         | A.specifiedBy.description / note:assessment-criteria                      |
 * | assessment.formative / summative          | note:assessment-formative / note:assessment-summative (on A.specifiedBy)  |
 * | participation.mode (form of participation)| Q.mode (hybrid: Blended + note:participation-form)                        |
 * | participation.* (sync, async, pacing,     | note:participation-synchronous, -asynchronous, -pacing, -intensity,       |
 * |   intensity, platform, location, descr.)  | -platform, -location, -description                                        |
 * | qualityAssurance[] (type of QA)           | Q.accreditation[] Accreditation: title "Internal/External quality         |
 * |                                           | assurance", dcType Program QA, accreditingAgent = body (absent: the first |
 * |                                           | awarding body), description, decision, dateIssued, valid, expiryDate,     |
 * |                                           | identifier, homepage = url, landingPage = deqarUrl                        |
 * | Organisation.accreditation[]              | Organisation.accreditation[] (dcType Institutional QA; absent body: the   |
 * |                                           | organisation itself)                                                      |
 * | prerequisites.description                 | Q.entryRequirement                                                        |
 * | prerequisites.languageProficiency / eqf   | note:prerequisite-language-proficiency / note:prerequisite-eqf-level      |
 * | supervision (supervision & ID check)      | A.idVerification (+ A.specifiedBy.mode Online/Presential for the two      |
 * |                                           | ID-verified levels)                                                       |
 * | grade                                     | A.grade Note (value; none → "Pass"/"Fail"/"Not graded" with               |
 * |                                           | note subject grade-not-stated), A.gradeStatus (passed), A.specifiedBy.    |
 * |                                           | gradingScheme.title (scale), A.description (description)                  |
 * | stackability                              | Q.isPartialQualification (stackable = true), Q.isPartOf[] Qualification   |
 * |                                           | (towards: title, identifier = id, homepage = url, note:max-ects),         |
 * |                                           | note:stackability (description)                                           |
 * | furtherInformation                        | note:further-information, Q.supplementaryDocument[] (urls)                |
 * | objective                                 | Q.description                                                             |
 * | recognition                               | note:recognition, note:recognition-max-ects, Q.entitlesTo[]               |
 * |                                           | LearningEntitlementSpecification per programme (learning-opportunity,     |
 * |                                           | prospective; institution = limitOrganisation.legalName)                   |
 * | accessibility                             | note:accessibility                                                        |
 * | languageOfDelivery[]                      | Q.language[] (NAL); note:language-of-delivery when a tag is not exactly   |
 * |                                           | a table language (en-GB, unknown languages)                               |
 * | fieldOfStudy                              | Q.thematicArea (ISCED-F); description → note:field-of-study               |
 * | image                                     | data: URI → `attachment` MediaObject (attachmentType badge-image,         |
 * |                                           | description = caption); https URL → hasClaim note:badge-image-url (+      |
 * |                                           | note:badge-image-caption)                                                 |
 * | evidence[]                                | hasClaim note:evidence (JSON), one per item (EDC `evidence` needs an EU   |
 * |                                           | evidence type: mandate, conversion or accreditation — none fits)          |
 * | related[]                                 | hasClaim note:related (JSON: id, digestSRI, mediaType), one per item      |
 * | achievementId / courseCode                | Q.identifier[] (schemeName "URI" / "Course code")                         |
 * | (none: ELM requires)                      | credentialProfiles Generic, credentialSchema edc-generic-full,            |
 * |                                           | displayParameter (a rendered page per language), Q.learningSetting        |
 * |                                           | (option; default formal with external QA), issued/issuanceDate and        |
 * |                                           | issuer.eIDASIdentifier (sealing)                                          |
 *
 * Model ids (organisations, outcomes, targets, programmes) travel as `identifier` values, not
 * as node ids: two different organisations may share an id in the input, and JSON-LD would
 * merge their nodes. Node ids are derived (ids.ts), except the credential's and the learner's.
 *
 * Known normalisations (the same statement, written differently): a `countries` entry
 * `{ "country": "GE" }` without a region is read back as `"GE"`, and an empty optional list
 * (`evidence: []`, `towards: []` …) is read back as absent.
 */
import type { LearnerIdentifier, QualityAssurance } from '../../model/types.generated.js';

/** Identifier.schemeName of the model's own ids (organisation, outcome, achievement …). */
export const URI_SCHEME_NAME = 'URI';
/** Identifier.schemeName of the course code. */
export const COURSE_CODE_SCHEME_NAME = 'Course code';
/** Identifier.schemeName of a quality-assurance decision's id. */
export const ACCREDITATION_ID_SCHEME_NAME = 'Accreditation identifier';

/** Learner identifier types → Identifier.schemeName. */
export const IDENTIFIER_SCHEME_NAMES: Readonly<Record<LearnerIdentifier['type'], string>> = {
  studentId: 'Student identifier',
  nationalId: 'National identifier',
  emailAddress: 'E-mail address',
  sourcedId: 'Sourced identifier',
  institutionId: 'Institution identifier',
  lisSourcedId: 'LIS sourced identifier',
  other: 'Other identifier',
};

/** Accreditation titles, which also carry the QA type (internal/external). */
export const QA_TITLES: Readonly<Record<QualityAssurance['type'], string>> = {
  internal: 'Internal quality assurance',
  external: 'External quality assurance',
};

/** Grade note text when the model states no grade value. */
export const GRADE_PLACEHOLDERS = { passed: 'Pass', failed: 'Fail', unknown: 'Not graded' } as const;

/** Node paths (see ids.ts) fromElm recognises microcred's own documents by. */
export const CLAIM_PATH = 'claim';
