/* GENERATED from schemas/micro-credential.schema.json by `npm run gen:data` — do not edit by hand. */
const data: { readonly [key: string]: unknown } = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://microcred.dev/schemas/micro-credential.schema.json",
  "title": "MicroCredential",
  "description": "One awarded micro-credential described with the standard elements of Council Recommendation 2022/C 243/02, Annex I, plus the Armenian and Georgian national extras. Format-independent: Open Badges 3.0 and ELM/EDC documents are produced from it. Required here are the Annex I mandatory elements (country is derivable from the awarding bodies); profiles (eu, ge, am, or your own) add national rules.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "learner",
    "title",
    "awardingBodies",
    "dateOfIssuing",
    "learningOutcomes",
    "workload",
    "level",
    "assessment",
    "participation",
    "qualityAssurance"
  ],
  "properties": {
    "$schema": {
      "type": "string",
      "description": "Optional link to this schema, for editors."
    },
    "id": {
      "$ref": "#/$defs/Iri",
      "description": "Unique identifier of this awarded credential (a URL, urn:uuid or DID). Becomes the credential id; a verification link can be built from it."
    },
    "learner": {
      "$ref": "#/$defs/Learner",
      "x-annex-i": "identification of the learner"
    },
    "title": {
      "$ref": "#/$defs/LanguageMap",
      "x-annex-i": "title of the micro-credential"
    },
    "awardingBodies": {
      "type": "array",
      "minItems": 1,
      "maxItems": 50,
      "items": {
        "$ref": "#/$defs/Organisation"
      },
      "description": "The awarding body or bodies. The first one issues (signs) the credential; the others co-award it.",
      "x-annex-i": "awarding body(ies)"
    },
    "deliveringBodies": {
      "type": "array",
      "minItems": 1,
      "maxItems": 50,
      "items": {
        "$ref": "#/$defs/Organisation"
      },
      "description": "Institutions that delivered the learning, when they differ from the awarding bodies (Georgia lists them separately). Defaults to the awarding bodies."
    },
    "countries": {
      "type": "array",
      "minItems": 1,
      "maxItems": 50,
      "items": {
        "$ref": "#/$defs/CountryEntry"
      },
      "description": "Country/countries (and optionally regions) of the awarding body(ies). Derived from awardingBodies[].country when absent.",
      "x-annex-i": "country(ies)/region(s) of the issuer"
    },
    "dateOfIssuing": {
      "$ref": "#/$defs/DateOrDateTime",
      "x-annex-i": "date of issuing"
    },
    "validUntil": {
      "$ref": "#/$defs/DateOrDateTime",
      "description": "Optional expiry. Micro-credentials normally do not expire; state one only for skills that need renewal."
    },
    "learningOutcomes": {
      "type": "array",
      "minItems": 1,
      "maxItems": 200,
      "items": {
        "$ref": "#/$defs/LearningOutcome"
      },
      "x-annex-i": "learning outcomes"
    },
    "workload": {
      "$ref": "#/$defs/Workload",
      "x-annex-i": "notional workload needed to achieve the learning outcomes (in ECTS, wherever possible)"
    },
    "level": {
      "$ref": "#/$defs/Level",
      "x-annex-i": "level (and cycle, if applicable) of the learning experience (EQF, QF-EHEA)"
    },
    "assessment": {
      "$ref": "#/$defs/Assessment",
      "x-annex-i": "type of assessment"
    },
    "participation": {
      "$ref": "#/$defs/Participation",
      "x-annex-i": "form of participation in the learning activity"
    },
    "qualityAssurance": {
      "type": "array",
      "minItems": 1,
      "maxItems": 20,
      "items": {
        "$ref": "#/$defs/QualityAssurance"
      },
      "x-annex-i": "type of quality assurance used to underpin the micro-credential"
    },
    "prerequisites": {
      "$ref": "#/$defs/Prerequisites",
      "x-annex-i": "prerequisites needed to enrol in the learning activity (optional element)"
    },
    "supervision": {
      "$ref": "vocabularies.schema.json#/$defs/Supervision",
      "x-annex-i": "supervision and identity verification during assessment (optional element)"
    },
    "grade": {
      "$ref": "#/$defs/Grade",
      "x-annex-i": "grade achieved (optional element)"
    },
    "stackability": {
      "$ref": "#/$defs/Stackability",
      "x-annex-i": "integration/stackability options (optional element)"
    },
    "furtherInformation": {
      "$ref": "#/$defs/FurtherInformation",
      "x-annex-i": "further information (optional element)"
    },
    "objective": {
      "$ref": "#/$defs/LanguageMap",
      "description": "Purpose and intended added value of the micro-credential (mandatory in Armenia)."
    },
    "recognition": {
      "$ref": "#/$defs/Recognition"
    },
    "accessibility": {
      "$ref": "#/$defs/LanguageMap",
      "description": "Accessibility of the offer and support for learners (mandatory in Armenia)."
    },
    "languageOfDelivery": {
      "type": "array",
      "minItems": 1,
      "maxItems": 20,
      "uniqueItems": true,
      "items": {
        "$ref": "#/$defs/LanguageTag"
      },
      "description": "Languages the learning was delivered in (BCP 47 tags)."
    },
    "fieldOfStudy": {
      "$ref": "#/$defs/FieldOfStudy"
    },
    "image": {
      "$ref": "#/$defs/Image"
    },
    "evidence": {
      "type": "array",
      "maxItems": 100,
      "items": {
        "$ref": "#/$defs/Evidence"
      }
    },
    "related": {
      "type": "array",
      "maxItems": 20,
      "description": "Documents this award is linked to, each with a digest of its content: e.g. the Open Badges 2.0 assertion an LMS awarded, when this micro-credential re-issues it. Mapped to VC 2.0 relatedResource.",
      "items": {
        "$ref": "#/$defs/RelatedResource"
      }
    },
    "achievementId": {
      "$ref": "#/$defs/Iri",
      "description": "Identifier of the micro-credential's definition (the course or achievement this award is for). Shared by every award of the same micro-credential; derived from the credential id when absent."
    },
    "courseCode": {
      "$ref": "#/$defs/ShortText",
      "description": "The issuer's own course or programme code (as on transcripts)."
    }
  },
  "$defs": {
    "ShortText": {
      "type": "string",
      "minLength": 1,
      "maxLength": 1000
    },
    "Text": {
      "type": "string",
      "minLength": 1,
      "maxLength": 20000
    },
    "Iri": {
      "type": "string",
      "minLength": 3,
      "maxLength": 2048,
      "pattern": "^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$",
      "description": "An absolute IRI: https URL, urn:uuid, DID or data: URI."
    },
    "HttpUrl": {
      "type": "string",
      "maxLength": 2048,
      "pattern": "^https?://[^\\s]+$"
    },
    "LanguageTag": {
      "type": "string",
      "maxLength": 35,
      "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,6}$",
      "description": "A BCP 47 language tag such as en, ka, hy or en-GB."
    },
    "LanguageMap": {
      "title": "LanguageMap",
      "description": "Multilingual text: BCP 47 language tag → text, e.g. { \"en\": \"...\", \"ka\": \"...\" }.",
      "type": "object",
      "minProperties": 1,
      "maxProperties": 50,
      "propertyNames": {
        "$ref": "#/$defs/LanguageTag"
      },
      "additionalProperties": {
        "$ref": "#/$defs/Text"
      }
    },
    "DateOrDateTime": {
      "type": "string",
      "maxLength": 40,
      "anyOf": [
        {
          "format": "date"
        },
        {
          "format": "date-time"
        }
      ],
      "x-error": "must be an ISO 8601 date (2025-10-20) or a date-time with offset (2025-10-20T10:00:00Z)",
      "description": "ISO 8601 date (2025-10-20) or date-time with offset (2025-10-20T10:00:00Z)."
    },
    "Learner": {
      "title": "Learner",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "id": {
          "$ref": "#/$defs/Iri",
          "description": "The learner's DID or URL, when they have one."
        },
        "name": {
          "$ref": "#/$defs/ShortText"
        },
        "givenName": {
          "$ref": "#/$defs/ShortText"
        },
        "familyName": {
          "$ref": "#/$defs/ShortText"
        },
        "email": {
          "type": "string",
          "format": "email",
          "maxLength": 320
        },
        "birthDate": {
          "type": "string",
          "format": "date"
        },
        "identifiers": {
          "type": "array",
          "maxItems": 20,
          "items": {
            "$ref": "#/$defs/LearnerIdentifier"
          }
        }
      }
    },
    "LearnerIdentifier": {
      "title": "LearnerIdentifier",
      "description": "An identifier of the learner. With hashed=true, value is 'sha256$<hex>' of value+salt, as in Open Badges 3.0 IdentityObject.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "value"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "studentId",
            "nationalId",
            "emailAddress",
            "sourcedId",
            "institutionId",
            "lisSourcedId",
            "other"
          ]
        },
        "value": {
          "$ref": "#/$defs/ShortText"
        },
        "hashed": {
          "type": "boolean"
        },
        "salt": {
          "type": "string",
          "maxLength": 256
        },
        "issuedBy": {
          "$ref": "#/$defs/ShortText",
          "description": "Who assigned the identifier (e.g. the university or the national registry)."
        }
      }
    },
    "Organisation": {
      "title": "Organisation",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Iri",
          "description": "DID or URL identifying the organisation; for the issuing body, the issuer id."
        },
        "name": {
          "$ref": "#/$defs/LanguageMap"
        },
        "country": {
          "$ref": "vocabularies.schema.json#/$defs/CountryCode"
        },
        "region": {
          "$ref": "#/$defs/ShortText"
        },
        "url": {
          "$ref": "#/$defs/HttpUrl"
        },
        "image": {
          "$ref": "#/$defs/Image",
          "description": "The organisation's logo; certificates print it when it is a PNG or JPEG data: URI."
        },
        "email": {
          "type": "string",
          "format": "email",
          "maxLength": 320
        },
        "legalIdentifier": {
          "$ref": "#/$defs/ShortText",
          "description": "National registration number of the legal entity."
        },
        "accreditation": {
          "type": "array",
          "maxItems": 20,
          "items": {
            "$ref": "#/$defs/QualityAssurance"
          },
          "description": "Accreditation or authorisation of the organisation itself (e.g. ANQA institutional accreditation, NCEQE right to implement)."
        }
      }
    },
    "CountryEntry": {
      "x-error": "must be an ISO 3166-1 alpha-2 country code such as \"GE\", or an object such as { \"country\": \"GE\", \"region\": \"Tbilisi\" }",
      "anyOf": [
        {
          "$ref": "vocabularies.schema.json#/$defs/CountryCode"
        },
        {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "country"
          ],
          "properties": {
            "country": {
              "$ref": "vocabularies.schema.json#/$defs/CountryCode"
            },
            "region": {
              "$ref": "#/$defs/ShortText"
            }
          }
        }
      ]
    },
    "LearningOutcome": {
      "title": "LearningOutcome",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "text"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Iri"
        },
        "text": {
          "$ref": "#/$defs/LanguageMap"
        },
        "category": {
          "$ref": "vocabularies.schema.json#/$defs/LearningOutcomeCategory"
        },
        "escoSkills": {
          "type": "array",
          "maxItems": 50,
          "items": {
            "$ref": "#/$defs/HttpUrl"
          },
          "description": "ESCO skill URIs (http://data.europa.eu/esco/skill/...) this outcome corresponds to."
        }
      }
    },
    "Workload": {
      "title": "Workload",
      "type": "object",
      "additionalProperties": false,
      "anyOf": [
        {
          "required": [
            "ects"
          ]
        },
        {
          "required": [
            "hours"
          ]
        }
      ],
      "x-error": "must state the credits (ects), the hours, or both",
      "properties": {
        "ects": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1000,
          "description": "ECTS credits."
        },
        "hours": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 100000,
          "description": "Notional learning hours in total."
        },
        "hoursPerCredit": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 100,
          "description": "Hours of learning per ECTS credit (25–30 in the ECTS Users' Guide)."
        },
        "breakdown": {
          "type": "array",
          "maxItems": 100,
          "items": {
            "$ref": "#/$defs/WorkloadItem"
          }
        }
      }
    },
    "WorkloadItem": {
      "title": "WorkloadItem",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "activity",
        "hours"
      ],
      "properties": {
        "activity": {
          "$ref": "#/$defs/LanguageMap"
        },
        "hours": {
          "type": "number",
          "minimum": 0,
          "maximum": 100000
        }
      }
    },
    "Level": {
      "title": "Level",
      "description": "Level of the learning experience. Use { \"eqf\": \"not-applicable\" } to state explicitly that no level applies.",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "eqf": {
          "anyOf": [
            {
              "type": "integer",
              "minimum": 1,
              "maximum": 8
            },
            {
              "const": "not-applicable"
            }
          ],
          "x-error": "must be an EQF level from 1 to 8, or \"not-applicable\""
        },
        "nqf": {
          "$ref": "#/$defs/NqfLevel"
        },
        "qfEhea": {
          "$ref": "vocabularies.schema.json#/$defs/QfEheaCycle"
        },
        "justification": {
          "$ref": "#/$defs/LanguageMap",
          "description": "Why this level (Georgia asks for a documented justification)."
        }
      }
    },
    "NqfLevel": {
      "title": "NqfLevel",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "framework",
        "level"
      ],
      "properties": {
        "framework": {
          "type": "string",
          "maxLength": 2048,
          "pattern": "^([A-Z]{2}|[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+)$",
          "description": "The national framework: the country's ISO 3166-1 alpha-2 code (GE, AM, ...) or the framework's URI."
        },
        "level": {
          "type": "integer",
          "minimum": 1,
          "maximum": 12
        }
      }
    },
    "Assessment": {
      "title": "Assessment",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "types"
      ],
      "properties": {
        "types": {
          "type": "array",
          "minItems": 1,
          "maxItems": 20,
          "uniqueItems": true,
          "items": {
            "$ref": "vocabularies.schema.json#/$defs/AssessmentType"
          }
        },
        "formative": {
          "type": "array",
          "maxItems": 20,
          "uniqueItems": true,
          "items": {
            "$ref": "vocabularies.schema.json#/$defs/AssessmentType"
          },
          "description": "The types used formatively (a subset of types)."
        },
        "summative": {
          "type": "array",
          "maxItems": 20,
          "uniqueItems": true,
          "items": {
            "$ref": "vocabularies.schema.json#/$defs/AssessmentType"
          },
          "description": "The types used summatively (a subset of types)."
        },
        "description": {
          "$ref": "#/$defs/LanguageMap"
        },
        "criteria": {
          "$ref": "#/$defs/LanguageMap",
          "description": "Grading criteria and pass threshold."
        }
      }
    },
    "Participation": {
      "title": "Participation",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "mode"
      ],
      "properties": {
        "mode": {
          "$ref": "vocabularies.schema.json#/$defs/ParticipationMode"
        },
        "synchronous": {
          "type": "boolean"
        },
        "asynchronous": {
          "type": "boolean"
        },
        "pacing": {
          "type": "string",
          "enum": [
            "self-paced",
            "instructor-led"
          ]
        },
        "intensity": {
          "type": "string",
          "enum": [
            "full-time",
            "part-time"
          ]
        },
        "platform": {
          "$ref": "#/$defs/ShortText",
          "description": "Learning platform, e.g. Moodle."
        },
        "location": {
          "$ref": "#/$defs/ShortText",
          "description": "Where onsite learning took place."
        },
        "description": {
          "$ref": "#/$defs/LanguageMap"
        }
      }
    },
    "QualityAssurance": {
      "title": "QualityAssurance",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "internal",
            "external"
          ]
        },
        "accreditationType": {
          "type": "string",
          "enum": [
            "institutional",
            "programme",
            "right-to-implement",
            "external-qa"
          ],
          "description": "What was accredited or authorised: the institution (e.g. ANQA institutional accreditation), this programme (ANQA programme accreditation), a right to implement the micro-credential (NCEQE, valid two years) or another external QA procedure (e.g. an ESG review listed in DEQAR). ELM: Accreditation.dcType."
        },
        "body": {
          "$ref": "#/$defs/Organisation",
          "description": "The QA agency or accrediting body (external QA): name, id (e.g. did:web:nceqe.ge), country."
        },
        "description": {
          "$ref": "#/$defs/LanguageMap"
        },
        "decision": {
          "type": "string",
          "enum": [
            "accredited",
            "granted",
            "granted-with-monitoring",
            "refused",
            "withdrawn",
            "self-evaluated"
          ],
          "description": "Outcome of the QA procedure (e.g. NCEQE: granted / granted subject to monitoring / refused)."
        },
        "decisionDate": {
          "type": "string",
          "format": "date"
        },
        "accreditationId": {
          "$ref": "#/$defs/ShortText",
          "description": "The decision reference (e.g. the council's decision or order number 2025/123)."
        },
        "validFrom": {
          "type": "string",
          "format": "date",
          "description": "First day the accreditation or right applies."
        },
        "validUntil": {
          "type": "string",
          "format": "date",
          "description": "Last day the accreditation or right applies (inclusive)."
        },
        "scope": {
          "$ref": "#/$defs/AccreditationScope"
        },
        "url": {
          "$ref": "#/$defs/HttpUrl"
        },
        "deqarId": {
          "type": "string",
          "maxLength": 64,
          "pattern": "^DEQAR[A-Z]*[0-9]+$",
          "description": "The DEQAR identifier of the institution or report (e.g. DEQARINST0123)."
        },
        "deqarUrl": {
          "$ref": "#/$defs/HttpUrl",
          "description": "Link to the report or institution in DEQAR."
        }
      }
    },
    "AccreditationScope": {
      "title": "AccreditationScope",
      "description": "What an accreditation covers; a credential outside it is not covered. Every stated limit applies; an absent one does not limit. ELM: limitField (iscedF), limitEQFLevel (eqf), limitQualification (programmes).",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "iscedF": {
          "type": "array",
          "minItems": 1,
          "maxItems": 100,
          "uniqueItems": true,
          "items": {
            "$ref": "vocabularies.schema.json#/$defs/IscedFCode"
          },
          "description": "ISCED-F fields covered; a broad or narrow field covers the detailed fields under it (04 covers 0411)."
        },
        "eqf": {
          "type": "array",
          "minItems": 1,
          "maxItems": 8,
          "uniqueItems": true,
          "items": {
            "type": "integer",
            "minimum": 1,
            "maximum": 8
          },
          "description": "EQF levels covered."
        },
        "nqf": {
          "type": "array",
          "minItems": 1,
          "maxItems": 20,
          "items": {
            "$ref": "#/$defs/NqfLevel"
          },
          "description": "National framework levels covered."
        },
        "programmes": {
          "type": "array",
          "minItems": 1,
          "maxItems": 200,
          "items": {
            "type": "object",
            "additionalProperties": false,
            "minProperties": 1,
            "properties": {
              "id": {
                "$ref": "#/$defs/Iri",
                "description": "The micro-credential's achievementId."
              },
              "courseCode": {
                "$ref": "#/$defs/ShortText"
              },
              "title": {
                "$ref": "#/$defs/LanguageMap"
              }
            }
          },
          "description": "The named programmes or micro-credentials covered (matched by achievementId, else course code)."
        },
        "maxEcts": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1000,
          "description": "Largest credit value covered."
        }
      }
    },
    "Prerequisites": {
      "title": "Prerequisites",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "description": {
          "$ref": "#/$defs/LanguageMap"
        },
        "languageProficiency": {
          "type": "array",
          "maxItems": 20,
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "language",
              "level"
            ],
            "properties": {
              "language": {
                "$ref": "#/$defs/LanguageTag"
              },
              "level": {
                "$ref": "vocabularies.schema.json#/$defs/CefrLevel"
              }
            }
          }
        },
        "eqfLevel": {
          "type": "integer",
          "minimum": 1,
          "maximum": 8,
          "description": "Minimum EQF level of prior qualification."
        }
      }
    },
    "Grade": {
      "title": "Grade",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "value": {
          "$ref": "#/$defs/ShortText"
        },
        "scale": {
          "$ref": "#/$defs/ShortText",
          "description": "The grading scale: percent, pass-fail, a letter scale, or the institution's scale name."
        },
        "passed": {
          "type": "boolean"
        },
        "description": {
          "$ref": "#/$defs/LanguageMap"
        }
      }
    },
    "Stackability": {
      "title": "Stackability",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "stand-alone",
            "stackable"
          ]
        },
        "description": {
          "$ref": "#/$defs/LanguageMap"
        },
        "towards": {
          "type": "array",
          "maxItems": 50,
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "title"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Iri",
                "description": "Identifier of the Pathway (schemas/pathway.schema.json) that says how this credential stacks towards the target — the structured link evaluatePathway() follows — or of the target itself."
              },
              "title": {
                "$ref": "#/$defs/LanguageMap"
              },
              "maxEcts": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": 1000
              },
              "url": {
                "$ref": "#/$defs/HttpUrl"
              }
            }
          }
        }
      }
    },
    "FurtherInformation": {
      "title": "FurtherInformation",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "description": {
          "$ref": "#/$defs/LanguageMap"
        },
        "urls": {
          "type": "array",
          "maxItems": 20,
          "items": {
            "$ref": "#/$defs/HttpUrl"
          }
        }
      }
    },
    "Recognition": {
      "title": "Recognition",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "description": {
          "$ref": "#/$defs/LanguageMap"
        },
        "maxEcts": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1000,
          "description": "How many credits can be recognised."
        },
        "programmes": {
          "type": "array",
          "maxItems": 50,
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "title"
            ],
            "properties": {
              "id": {
                "$ref": "#/$defs/Iri"
              },
              "title": {
                "$ref": "#/$defs/LanguageMap"
              },
              "institution": {
                "$ref": "#/$defs/LanguageMap"
              }
            }
          }
        }
      }
    },
    "FieldOfStudy": {
      "title": "FieldOfStudy",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "iscedF"
      ],
      "properties": {
        "iscedF": {
          "$ref": "vocabularies.schema.json#/$defs/IscedFCode"
        },
        "description": {
          "$ref": "#/$defs/LanguageMap"
        }
      }
    },
    "RelatedResource": {
      "title": "RelatedResource",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "digestSRI"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Iri",
          "description": "The related document's URL (or URN when it has no URL)."
        },
        "digestSRI": {
          "type": "string",
          "maxLength": 200,
          "pattern": "^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$",
          "description": "Subresource Integrity digest of the document's bytes, e.g. sha256-…"
        },
        "mediaType": {
          "type": "string",
          "maxLength": 100,
          "pattern": "^[a-z]+/[A-Za-z0-9.+-]+$"
        }
      }
    },
    "Image": {
      "title": "Image",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id"
      ],
      "properties": {
        "id": {
          "type": "string",
          "maxLength": 1500000,
          "pattern": "^(https://[^\\s]+|data:image/(png|svg\\+xml|jpeg|webp);base64,[A-Za-z0-9+/=]+)$",
          "description": "An https URL or a base64 data: URI (PNG, SVG, JPEG or WebP) of the badge image."
        },
        "caption": {
          "$ref": "#/$defs/LanguageMap"
        }
      }
    },
    "Evidence": {
      "title": "Evidence",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "id": {
          "$ref": "#/$defs/Iri"
        },
        "name": {
          "$ref": "#/$defs/LanguageMap"
        },
        "description": {
          "$ref": "#/$defs/LanguageMap"
        },
        "narrative": {
          "$ref": "#/$defs/LanguageMap"
        },
        "genre": {
          "$ref": "#/$defs/ShortText"
        }
      }
    }
  }
};
export default data;
