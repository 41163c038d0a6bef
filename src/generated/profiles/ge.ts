/* GENERATED from profiles/ge.json by `npm run gen:data` — do not edit by hand. */
const data: { readonly [key: string]: unknown } = {
  "$schema": "../schemas/profile.schema.json",
  "id": "ge",
  "version": "2.0.0",
  "status": "draft",
  "extends": "eu",
  "title": "Georgia — NCEQE micro-credentials in higher education (draft 2025)",
  "description": "The Georgian rules for higher-education micro-credentials. The regulation is still a draft (the standards table is marked Draft, L1290), so the profile is versioned and may tighten.",
  "rules": [
    {
      "id": "ge.ects-present",
      "kind": "present",
      "severity": "error",
      "code": "ECTS_MISSING",
      "path": "/workload/ects",
      "message": "{field}: Georgia measures micro-credentials in ECTS credits",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1157, L1214"
      }
    },
    {
      "id": "ge.ects-range",
      "kind": "range",
      "severity": "error",
      "code": "ECTS_OUT_OF_RANGE",
      "path": "/workload/ects",
      "min": 1,
      "max": 30,
      "message": "{field}: Georgia allows 1–30 ECTS for a micro-credential; got {value}",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1157, L1483"
      }
    },
    {
      "id": "ge.hours-per-credit",
      "kind": "hours-per-credit",
      "severity": "error",
      "code": "HOURS_PER_CREDIT_OUT_OF_RANGE",
      "min": 25,
      "max": 30,
      "message": "{field}: one ECTS credit is 25–30 hours of learning in Georgia; got {value}",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1214, L1532"
      }
    },
    {
      "id": "ge.nqf-present",
      "kind": "present",
      "severity": "error",
      "code": "NQF_LEVEL_MISSING",
      "path": "/level/nqf",
      "message": "{field}: state the level in the Georgian National Qualifications Framework",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1112, L1533"
      }
    },
    {
      "id": "ge.nqf-framework",
      "kind": "allowed",
      "severity": "error",
      "code": "NQF_FRAMEWORK_NOT_ALLOWED",
      "path": "/level/nqf/framework",
      "values": [
        "GE"
      ],
      "message": "{field}: a Georgian micro-credential is levelled in the Georgian NQF (\"GE\"); got {value}",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1112"
      }
    },
    {
      "id": "ge.nqf-level",
      "kind": "allowed",
      "severity": "error",
      "code": "NQF_LEVEL_NOT_ALLOWED",
      "path": "/level/nqf/level",
      "values": [
        6,
        7
      ],
      "message": "{field}: Georgia allows NQF levels 6–7 for higher-education micro-credentials; got {value}",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1112, L1226, L1447"
      }
    },
    {
      "id": "ge.eqf-level",
      "kind": "allowed",
      "severity": "error",
      "code": "EQF_LEVEL_NOT_ALLOWED",
      "path": "/level/eqf",
      "values": [
        6,
        7
      ],
      "message": "{field}: Georgian higher-education micro-credentials sit at levels 6–7; got EQF {value}",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1112, L1533",
        "note": "the Georgian NQF levels 6 and 7 correspond to EQF 6 and 7 (the sample: NQF 7 = EQF 7)"
      }
    },
    {
      "id": "ge.outcome-categories",
      "kind": "categories",
      "severity": "error",
      "code": "LEARNING_OUTCOME_CATEGORY_MISSING",
      "path": "/learningOutcomes",
      "field": "category",
      "values": [
        "knowledge",
        "skills",
        "responsibility-autonomy"
      ],
      "message": "{field}: Georgian micro-credentials must have outcomes in all three categories; missing {missing}",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1455, L1526–L1531"
      }
    },
    {
      "id": "ge.title-languages",
      "kind": "languages",
      "severity": "error",
      "code": "TITLE_LANGUAGE_MISSING",
      "path": "/title",
      "languages": [
        "ka",
        "en"
      ],
      "message": "{field}: the title must be given in Georgian and English; missing {missing}",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1522"
      }
    },
    {
      "id": "ge.image",
      "kind": "present",
      "severity": "error",
      "code": "IMAGE_MISSING",
      "path": "/image",
      "message": "{field}: a Georgian digital badge must carry a visual element (badge image)",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1616"
      }
    },
    {
      "id": "ge.delivering-bodies",
      "kind": "present",
      "severity": "warning",
      "code": "DELIVERING_BODIES_MISSING",
      "path": "/deliveringBodies",
      "message": "{field}: Georgia lists delivering and awarding institutions separately; the awarding bodies are assumed to have delivered it",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1643, L1645"
      }
    },
    {
      "id": "ge.accreditation-present",
      "kind": "contains",
      "severity": "error",
      "code": "ACCREDITATION_MISSING",
      "path": "/qualityAssurance",
      "field": "accreditationType",
      "values": [
        "right-to-implement",
        "programme"
      ],
      "message": "{field}: a Georgian micro-credential needs NCEQE's right to implement it (accreditationType \"right-to-implement\") or an accredited programme it is delivered under (\"programme\")",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1195, L1212, L1216, L1539",
        "note": "HEIs may deliver a micro-credential under an accredited programme without a separate right (L1195)"
      }
    },
    {
      "id": "ge.accreditation-decision",
      "kind": "allowed",
      "severity": "error",
      "code": "ACCREDITATION_NOT_GRANTED",
      "path": "/qualityAssurance/*/decision",
      "values": [
        "granted",
        "granted-with-monitoring",
        "accredited"
      ],
      "where": {
        "field": "accreditationType",
        "values": [
          "right-to-implement",
          "programme"
        ]
      },
      "message": "{field}: the right to implement was not granted (decision {value}); only a granted right, or one granted subject to monitoring, allows issuing",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1212, L1222, L1428",
        "note": "the Council grants, refuses, or grants subject to monitoring (L1428); after expiry the institution loses the right (L1222)"
      }
    },
    {
      "id": "ge.accreditation-covers-issue",
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
          "right-to-implement",
          "programme"
        ]
      },
      "message": "{field}: the right to implement must be in force on the date of issuing {value}; its bound is {expected}",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1216, L1222, L1428"
      }
    },
    {
      "id": "ge.right-term",
      "kind": "date-span",
      "severity": "error",
      "code": "ACCREDITATION_TERM_TOO_LONG",
      "path": "/qualityAssurance/*",
      "from": "validFrom",
      "until": "validUntil",
      "max": 2,
      "unit": "years",
      "where": {
        "field": "accreditationType",
        "values": [
          "right-to-implement"
        ]
      },
      "message": "{field}: the right to implement is granted for two years, so it ends at the latest on {expected}; got {value}",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1216"
      }
    },
    {
      "id": "ge.nqf-eqf-agree",
      "kind": "equal",
      "severity": "warning",
      "code": "NQF_EQF_MISMATCH",
      "path": "/level/nqf/level",
      "of": "/level/eqf",
      "message": "{field}: Georgian NQF level {value} and EQF level {expected} usually agree (NQF 6 = EQF 6, NQF 7 = EQF 7); check the level",
      "source": {
        "document": "NCEQE Guide on micro-credentials (draft 2025), in MICRO-GEAR D2.2 (seeds/000_741c9774405a527f.txt)",
        "locator": "L1112, L1533",
        "note": "the sample gives NQF 7 = EQF 7; the document has no correspondence table (inference)"
      }
    },
    {
      "id": "ge.recognition-max-ects",
      "kind": "range",
      "severity": "error",
      "code": "RECOGNITION_ECTS_OUT_OF_RANGE",
      "path": "/recognition/maxEcts",
      "max": 30,
      "message": "{field}: at most 30 ECTS of micro-credentials are recognised within a programme in Georgia; got {value}",
      "source": {
        "document": "NCEQE Thematic Analysis on introducing micro-credentials in Georgia (2023) (seeds/002_f7108808752e933b.txt)",
        "locator": "002:786",
        "note": "recommended volume, max. 30 credits; the 25 ECTS of the sample (L1541) is an example, not a rule"
      }
    }
  ]
};
export default data;
