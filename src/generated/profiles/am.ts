/* GENERATED from profiles/am.json by `npm run gen:data` — do not edit by hand. */
const data: { readonly [key: string]: unknown } = {
  "$schema": "../schemas/profile.schema.json",
  "id": "am",
  "version": "2.0.0",
  "status": "final",
  "extends": "eu",
  "title": "Armenia — ANQA micro-credential guideline (2025)",
  "description": "Armenia's sixteen required information elements (L444–L472) on top of the EU elements.",
  "rules": [
    {
      "id": "am.objective",
      "kind": "present",
      "severity": "error",
      "code": "OBJECTIVE_MISSING",
      "path": "/objective",
      "message": "{field}: Armenia requires the objective of the micro-credential",
      "source": {
        "document": "ANQA Guideline on micro-credentials (2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L451"
      }
    },
    {
      "id": "am.hours",
      "kind": "present",
      "severity": "error",
      "code": "HOURS_MISSING",
      "path": "/workload/hours",
      "message": "{field}: Armenia requires the workload in learning hours as well as credits",
      "source": {
        "document": "ANQA Guideline on micro-credentials (2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L459"
      }
    },
    {
      "id": "am.credits",
      "kind": "present",
      "severity": "error",
      "code": "ECTS_MISSING",
      "path": "/workload/ects",
      "message": "{field}: Armenia requires the credit value (ECTS)",
      "source": {
        "document": "ANQA Guideline on micro-credentials (2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L460"
      }
    },
    {
      "id": "am.hours-per-credit",
      "kind": "hours-per-credit",
      "severity": "error",
      "code": "HOURS_PER_CREDIT_OUT_OF_RANGE",
      "min": 25,
      "max": 30,
      "message": "{field}: each credit corresponds to 25–30 hours of learning; got {value}",
      "source": {
        "document": "ANQA Guideline on micro-credentials (2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L459, L591"
      }
    },
    {
      "id": "am.ects-range",
      "kind": "range",
      "severity": "warning",
      "code": "ECTS_OUT_OF_RANGE",
      "path": "/workload/ects",
      "min": 1,
      "max": 30,
      "message": "{field}: Armenian micro-credentials usually carry 1–30 ECTS; got {value}",
      "source": {
        "document": "ANQA Guideline on micro-credentials (2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L591",
        "note": "no rigid minimum or maximum size"
      }
    },
    {
      "id": "am.outcome-count",
      "kind": "count",
      "severity": "warning",
      "code": "LEARNING_OUTCOME_COUNT",
      "path": "/learningOutcomes",
      "min": 4,
      "max": 8,
      "message": "{field}: write 4–8 clear learning outcomes; got {value}",
      "source": {
        "document": "ANQA Guideline on micro-credentials (2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L583"
      }
    },
    {
      "id": "am.level-stated",
      "kind": "allowed",
      "severity": "warning",
      "code": "LEVEL_NOT_APPLICABLE",
      "path": "/level/eqf",
      "values": [
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        8
      ],
      "message": "{field}: \"not applicable\" is for exceptional cases only; state the ANQF/EQF level where possible",
      "source": {
        "document": "ANQA Guideline on micro-credentials (2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L456"
      }
    },
    {
      "id": "am.recognition",
      "kind": "present",
      "severity": "error",
      "code": "RECOGNITION_MISSING",
      "path": "/recognition",
      "message": "{field}: Armenia requires the recognition and progression pathways",
      "source": {
        "document": "ANQA Guideline on micro-credentials (2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L464–L466"
      }
    },
    {
      "id": "am.accessibility",
      "kind": "present",
      "severity": "error",
      "code": "ACCESSIBILITY_MISSING",
      "path": "/accessibility",
      "message": "{field}: Armenia requires information on accessibility and learner support",
      "source": {
        "document": "ANQA Guideline on micro-credentials (2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L468"
      }
    },
    {
      "id": "am.identifier",
      "kind": "present",
      "severity": "error",
      "code": "CREDENTIAL_ID_MISSING",
      "path": "/id",
      "message": "{field}: Armenia requires a unique identifier or verification link on every micro-credential",
      "source": {
        "document": "ANQA Guideline on micro-credentials (2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L472, L482"
      }
    },
    {
      "id": "am.programme-accreditation",
      "kind": "contains",
      "severity": "error",
      "code": "PROGRAMME_ACCREDITATION_MISSING",
      "path": "/qualityAssurance",
      "field": "accreditationType",
      "values": [
        "programme"
      ],
      "when": {
        "path": "/workload/ects",
        "present": true
      },
      "message": "{field}: a credit-bearing Armenian micro-credential needs ANQA programme accreditation (accreditationType \"programme\"); institutional accreditation alone is not enough",
      "source": {
        "document": "White paper: advancing micro-credentials in Armenian higher education (2025) (seeds/001_3235e05fe8d97f55.txt)",
        "locator": "001:107, 001:118, 001:122–123",
        "note": "also the ANQA Guideline, seeds/000 L717, L770, L777"
      }
    },
    {
      "id": "am.accreditation-decision",
      "kind": "allowed",
      "severity": "error",
      "code": "ACCREDITATION_NOT_GRANTED",
      "path": "/qualityAssurance/*/decision",
      "values": [
        "accredited",
        "granted",
        "granted-with-monitoring"
      ],
      "where": {
        "field": "accreditationType",
        "values": [
          "programme",
          "institutional"
        ]
      },
      "message": "{field}: the accreditation was not granted (decision {value}); MCs must be issued by accredited institutions",
      "source": {
        "document": "ANQA Guideline on micro-credentials (2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L448, L777"
      }
    },
    {
      "id": "am.accreditation-covers-issue",
      "kind": "date-within",
      "severity": "error",
      "code": "ACCREDITATION_NOT_IN_FORCE",
      "path": "/qualityAssurance/*",
      "of": "/dateOfIssuing",
      "from": "validFrom",
      "until": "validUntil",
      "where": {
        "field": "accreditationType",
        "values": [
          "programme"
        ]
      },
      "message": "{field}: the programme accreditation must be in force on the date of issuing {value}; its bound is {expected}",
      "source": {
        "document": "ANQA Guideline on micro-credentials (2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L777",
        "note": "a programme is accredited for a certain period"
      }
    }
  ]
};
export default data;
