/* GENERATED from profiles/eu.json by `npm run gen:data` — do not edit by hand. */
const data: { readonly [key: string]: unknown } = {
  "$schema": "../schemas/profile.schema.json",
  "id": "eu",
  "version": "1.0.0",
  "status": "final",
  "title": "EU — Council Recommendation 2022/C 243/02, Annex I",
  "description": "The European standard elements. The schema already requires the mandatory elements it can check structurally (learner, title, awarding bodies, date, learning outcomes, workload, level, assessment, participation, quality assurance); these rules add what needs more than structure.",
  "rules": [
    {
      "id": "eu.country",
      "kind": "country",
      "severity": "error",
      "code": "COUNTRY_MISSING",
      "message": "{field}: state the country of the awarding body (countries, or country on every awarding body)",
      "source": {
        "document": "Council Recommendation 2022/C 243/02, Annex I, as quoted in MICRO-GEAR D2.2 Guidelines on Micro-credentials (seeds/000_741c9774405a527f.txt)",
        "locator": "L1644",
        "note": "Annex I: country(ies)/region(s) of the issuer"
      }
    },
    {
      "id": "eu.learner-identified",
      "kind": "any-present",
      "severity": "error",
      "code": "LEARNER_NOT_IDENTIFIED",
      "paths": [
        "/learner/name",
        "/learner/id",
        "/learner/identifiers/0"
      ],
      "message": "learner: identify the learner by name, id or an identifier",
      "source": {
        "document": "Council Recommendation 2022/C 243/02, Annex I, as quoted in MICRO-GEAR D2.2 Guidelines on Micro-credentials (seeds/000_741c9774405a527f.txt)",
        "locator": "L1641",
        "note": "Annex I: identification of the learner"
      }
    },
    {
      "id": "eu.ects-preferred",
      "kind": "present",
      "severity": "warning",
      "code": "ECTS_MISSING",
      "path": "/workload/ects",
      "message": "{field}: state the workload in ECTS credits where possible",
      "source": {
        "document": "Council Recommendation 2022/C 243/02, Annex I, as quoted in MICRO-GEAR D2.2 Guidelines on Micro-credentials (seeds/000_741c9774405a527f.txt)",
        "locator": "L1648",
        "note": "Annex I: notional workload, in ECTS wherever possible"
      }
    },
    {
      "id": "eu.workload-hours",
      "kind": "workload-consistency",
      "severity": "warning",
      "code": "WORKLOAD_HOURS_MISMATCH",
      "tolerance": 0.02,
      "message": "{field}: {value} hours does not match ects × hoursPerCredit = {expected} hours",
      "source": {
        "document": "MICRO-GEAR D2.2 Guidelines on Micro-credentials: Armenia and Georgia, 2025 (seeds/000_741c9774405a527f.txt)",
        "locator": "L459, L1532",
        "note": "hours = credits × hours per credit; the Georgian sample: 7 ECTS × 25 h = 175 h"
      }
    },
    {
      "id": "eu.workload-breakdown",
      "kind": "breakdown-sum",
      "severity": "warning",
      "code": "WORKLOAD_BREAKDOWN_MISMATCH",
      "tolerance": 0.5,
      "message": "{field}: the activities add up to {value} hours, but workload.hours is {expected}",
      "source": {
        "document": "MICRO-GEAR D2.2 Guidelines on Micro-credentials: Armenia and Georgia, 2025 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1532",
        "note": "the sample's components 50 + 15 + 100 + 6 + 4 add up to the 175 hours"
      }
    },
    {
      "id": "eu.level-cycle",
      "kind": "level-consistency",
      "severity": "warning",
      "code": "LEVEL_CYCLE_MISMATCH",
      "message": "{field}: the QF-EHEA {value} corresponds to EQF {expected}, but level.eqf is different",
      "source": {
        "document": "MICRO-GEAR D2.2 Guidelines on Micro-credentials: Armenia and Georgia, 2025 (seeds/000_741c9774405a527f.txt)",
        "locator": "L452, L1533",
        "note": "QF-EHEA cycles correspond to EQF levels 5 (short), 6 (first), 7 (second) and 8 (third)"
      }
    },
    {
      "id": "eu.assessment-formative",
      "kind": "subset",
      "severity": "error",
      "code": "ASSESSMENT_TYPE_NOT_LISTED",
      "path": "/assessment/formative",
      "of": "/assessment/types",
      "message": "{field}: {missing} must also be listed in assessment.types",
      "source": {
        "document": "MICRO-GEAR D2.2 Guidelines on Micro-credentials: Armenia and Georgia, 2025 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1537",
        "note": "formative and summative assessment are subsets of the types of assessment"
      }
    },
    {
      "id": "eu.assessment-summative",
      "kind": "subset",
      "severity": "error",
      "code": "ASSESSMENT_TYPE_NOT_LISTED",
      "path": "/assessment/summative",
      "of": "/assessment/types",
      "message": "{field}: {missing} must also be listed in assessment.types",
      "source": {
        "document": "MICRO-GEAR D2.2 Guidelines on Micro-credentials: Armenia and Georgia, 2025 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1537",
        "note": "formative and summative assessment are subsets of the types of assessment"
      }
    },
    {
      "id": "eu.valid-until",
      "kind": "date-order",
      "severity": "error",
      "code": "DATE_ORDER",
      "path": "/validUntil",
      "of": "/dateOfIssuing",
      "message": "{field} ({value}) must be later than dateOfIssuing ({expected})",
      "source": {
        "document": "MICRO-GEAR D2.2 Guidelines on Micro-credentials: Armenia and Georgia, 2025 (seeds/000_741c9774405a527f.txt)",
        "locator": "L481",
        "note": "an expiry date may be stated; it follows the award"
      }
    },
    {
      "id": "eu.qa-validity",
      "kind": "date-order",
      "severity": "error",
      "code": "DATE_ORDER",
      "path": "/qualityAssurance/*/validUntil",
      "of": "/qualityAssurance/*/validFrom",
      "message": "{field} ({value}) must be later than validFrom ({expected})",
      "source": {
        "document": "MICRO-GEAR D2.2 Guidelines on Micro-credentials: Armenia and Georgia, 2025 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1216",
        "note": "an authorisation is valid for a period"
      }
    },
    {
      "id": "eu.stackable-target",
      "kind": "any-present",
      "severity": "warning",
      "code": "STACKABILITY_UNDESCRIBED",
      "paths": [
        "/stackability/towards/0",
        "/stackability/description"
      ],
      "message": "stackability: say what a stackable micro-credential stacks towards (towards or description)",
      "source": {
        "document": "Council Recommendation 2022/C 243/02, Annex I, as quoted in MICRO-GEAR D2.2 Guidelines on Micro-credentials (seeds/000_741c9774405a527f.txt)",
        "locator": "L1654",
        "note": "integration/stackability options"
      },
      "when": {
        "path": "/stackability/type",
        "values": [
          "stackable"
        ]
      }
    },
    {
      "id": "eu.no-clear-national-id",
      "kind": "no-clear-identifier",
      "severity": "warning",
      "code": "NATIONAL_ID_IN_CLEAR",
      "identifierTypes": [
        "nationalId"
      ],
      "message": "{field}: a national identity number is on the credential in clear text; hash it (hashed: true with a salt) unless the recognition procedure needs it",
      "source": {
        "document": "MICRO-GEAR D2.2 Guidelines on Micro-credentials: Armenia and Georgia, 2025 (seeds/000_741c9774405a527f.txt)",
        "locator": "L447, L1710",
        "note": "learner ID or national ID only \"if relevant\"; confidentiality and data protection"
      }
    }
  ]
};
export default data;
