/* GENERATED from schemas/pathway.schema.json by `npm run gen:data` — do not edit by hand. */
const data: { readonly [key: string]: unknown } = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://microcred.dev/schemas/pathway.schema.json",
  "title": "Pathway",
  "description": "A stack of micro-credentials towards a larger award (a programme component, an advanced certificate, a larger micro-credential), as data: the target, what counts, how much, the direction, and the source of the rule. evaluatePathway() reads it over verified credentials and proposes — it never grants: the decision to stack lies with the receiving institution.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "id",
    "version",
    "title",
    "direction",
    "target",
    "members",
    "source"
  ],
  "properties": {
    "$schema": {
      "type": "string",
      "description": "Optional link to this schema, for editors."
    },
    "id": {
      "$ref": "micro-credential.schema.json#/$defs/Iri",
      "description": "Identifier of the pathway; a MicroCredential's stackability.towards[].id names it."
    },
    "version": {
      "type": "string",
      "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$",
      "description": "Semantic version of this pathway definition. Tightening a rule (a lower cap, a new required member) is a major version."
    },
    "title": {
      "$ref": "micro-credential.schema.json#/$defs/LanguageMap"
    },
    "description": {
      "$ref": "micro-credential.schema.json#/$defs/LanguageMap"
    },
    "direction": {
      "type": "string",
      "enum": [
        "vertical",
        "horizontal",
        "added-value"
      ],
      "description": "Vertical: builds on a level of achievement; horizontal: extends knowledge at the same level; added-value: specific skills alongside existing qualifications."
    },
    "target": {
      "$ref": "#/$defs/PathwayTarget"
    },
    "criteria": {
      "$ref": "#/$defs/PathwayCriteria",
      "description": "Rules every counted credential must meet, besides its member's own."
    },
    "members": {
      "type": "array",
      "minItems": 1,
      "maxItems": 100,
      "items": {
        "$ref": "#/$defs/PathwayMember"
      },
      "description": "What counts: named achievements, or slots filled by any credential meeting the slot's criteria."
    },
    "choices": {
      "type": "array",
      "maxItems": 50,
      "items": {
        "$ref": "#/$defs/PathwayChoice"
      },
      "description": "\"n of these\": at least `min` of the listed members must be filled."
    },
    "credits": {
      "$ref": "#/$defs/PathwayCredits"
    },
    "source": {
      "$ref": "#/$defs/PathwaySource"
    }
  },
  "$defs": {
    "PathwayTarget": {
      "title": "PathwayTarget",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "title",
        "institution"
      ],
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "programme-component",
            "advanced-certificate",
            "micro-credential",
            "qualification"
          ]
        },
        "title": {
          "$ref": "micro-credential.schema.json#/$defs/LanguageMap"
        },
        "institution": {
          "$ref": "micro-credential.schema.json#/$defs/Organisation",
          "description": "The receiving institution: it decides, and (for a larger award) issues it."
        },
        "programmes": {
          "type": "array",
          "maxItems": 50,
          "items": {
            "$ref": "#/$defs/PathwayProgramme"
          },
          "description": "The programmes within which the credits can be recognised."
        },
        "component": {
          "$ref": "micro-credential.schema.json#/$defs/LanguageMap",
          "description": "The part of the programme, e.g. the research component."
        },
        "achievementId": {
          "$ref": "micro-credential.schema.json#/$defs/Iri",
          "description": "Identifier of the larger award's definition, when issueAggregate() issues it."
        },
        "level": {
          "$ref": "micro-credential.schema.json#/$defs/Level"
        },
        "fieldOfStudy": {
          "$ref": "micro-credential.schema.json#/$defs/FieldOfStudy"
        },
        "learningOutcomes": {
          "type": "array",
          "maxItems": 200,
          "items": {
            "$ref": "micro-credential.schema.json#/$defs/LearningOutcome"
          },
          "description": "The target's learning outcomes: the evaluation reports which ones the credentials cover (by ESCO skill URI or exact text)."
        }
      }
    },
    "PathwayProgramme": {
      "title": "PathwayProgramme",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "title"
      ],
      "properties": {
        "id": {
          "$ref": "micro-credential.schema.json#/$defs/Iri"
        },
        "title": {
          "$ref": "micro-credential.schema.json#/$defs/LanguageMap"
        },
        "eqf": {
          "type": "integer",
          "minimum": 1,
          "maximum": 8
        }
      }
    },
    "PathwayMember": {
      "title": "PathwayMember",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id"
      ],
      "anyOf": [
        {
          "required": [
            "achievementIds"
          ]
        },
        {
          "required": [
            "criteria"
          ]
        }
      ],
      "x-error": "must name achievements (achievementIds) or give criteria",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$",
          "description": "Key of the member within this pathway (choices refer to it)."
        },
        "title": {
          "$ref": "micro-credential.schema.json#/$defs/LanguageMap"
        },
        "achievementIds": {
          "type": "array",
          "minItems": 1,
          "maxItems": 20,
          "items": {
            "$ref": "micro-credential.schema.json#/$defs/Iri"
          },
          "description": "The achievement (micro-credential definition) ids this member accepts: a credential fills it when its achievement id is one of them."
        },
        "criteria": {
          "$ref": "#/$defs/PathwayCriteria",
          "description": "Rules a credential must meet to fill this member (with achievementIds: in addition)."
        },
        "required": {
          "type": "boolean",
          "description": "The pathway is incomplete without this member. Default false."
        },
        "maxCount": {
          "type": "integer",
          "minimum": 1,
          "maximum": 50,
          "description": "How many credentials can fill this member. Default 1."
        },
        "maxEcts": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1000,
          "description": "Most credits one credential counts for in this member (a per-credential cap)."
        }
      }
    },
    "PathwayCriteria": {
      "title": "PathwayCriteria",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "fieldsOfStudy": {
          "type": "array",
          "minItems": 1,
          "maxItems": 50,
          "items": {
            "type": "string",
            "pattern": "^\\d{2,4}$"
          },
          "description": "ISCED-F 2013 codes: broad (2 digits), narrow (3) or detailed (4); a credential's field matches a code it starts with."
        },
        "eqf": {
          "$ref": "#/$defs/LevelRange"
        },
        "nqf": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "framework"
          ],
          "properties": {
            "framework": {
              "type": "string",
              "maxLength": 2048,
              "description": "As in MicroCredential level.nqf.framework (GE, AM, or a URI)."
            },
            "min": {
              "type": "integer",
              "minimum": 1,
              "maximum": 12
            },
            "max": {
              "type": "integer",
              "minimum": 1,
              "maximum": 12
            }
          }
        },
        "minGrade": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "scale",
            "value"
          ],
          "properties": {
            "scale": {
              "$ref": "micro-credential.schema.json#/$defs/ShortText",
              "description": "The grade scale (e.g. percent); a grade on another scale does not meet the rule."
            },
            "value": {
              "type": "number"
            }
          }
        },
        "supervisedWithIdentityCheck": {
          "const": true,
          "description": "The assessment was supervised with an identity check (supervision supervised-online-id or supervised-onsite-id)."
        },
        "awardingBodies": {
          "$ref": "#/$defs/AwardingBodyRule"
        },
        "maxAgeMonths": {
          "type": "integer",
          "minimum": 0,
          "maximum": 1200,
          "description": "The credential was issued at most this many months before enrolment (options.enrolmentDate)."
        },
        "minEcts": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1000,
          "description": "The credential states at least this many ECTS."
        }
      }
    },
    "LevelRange": {
      "title": "LevelRange",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "min": {
          "type": "integer",
          "minimum": 1,
          "maximum": 8
        },
        "max": {
          "type": "integer",
          "minimum": 1,
          "maximum": 8
        }
      }
    },
    "AwardingBodyRule": {
      "title": "AwardingBodyRule",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "ids": {
          "type": "array",
          "minItems": 1,
          "maxItems": 500,
          "items": {
            "$ref": "micro-credential.schema.json#/$defs/Iri"
          },
          "description": "Issuer ids whose credentials count."
        },
        "recognisedByTrust": {
          "type": "boolean",
          "description": "Issuers that the verifier's trust (verify option trust: trust lists, registries) recognises also count: the issuer-trust check passed."
        },
        "onUnrecognised": {
          "type": "string",
          "enum": [
            "exclude",
            "flag"
          ],
          "description": "exclude (default): such a credential counts nothing. flag: it counts, and the evaluation asks the institution to check the issuer."
        }
      }
    },
    "PathwayChoice": {
      "title": "PathwayChoice",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "members",
        "min"
      ],
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
        },
        "title": {
          "$ref": "micro-credential.schema.json#/$defs/LanguageMap"
        },
        "members": {
          "type": "array",
          "minItems": 1,
          "maxItems": 100,
          "uniqueItems": true,
          "items": {
            "type": "string",
            "maxLength": 64
          }
        },
        "min": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        }
      }
    },
    "PathwayCredits": {
      "title": "PathwayCredits",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "minEcts": {
          "type": "number",
          "minimum": 0,
          "maximum": 1000,
          "description": "Least total ECTS (after caps) for the pathway to be complete."
        },
        "maxEcts": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1000,
          "description": "The cap: most ECTS recognised in total (Georgia: 30 per programme)."
        },
        "maxEctsPerCredential": {
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 1000,
          "description": "Most ECTS one credential counts for."
        },
        "maxEctsFromOtherInstitutions": {
          "type": "number",
          "minimum": 0,
          "maximum": 1000,
          "description": "Most ECTS from credentials whose issuer is not the target institution (target.institution.id)."
        }
      }
    },
    "PathwaySource": {
      "title": "PathwaySource",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "description"
      ],
      "properties": {
        "description": {
          "$ref": "micro-credential.schema.json#/$defs/LanguageMap",
          "description": "Where the rule comes from, in words."
        },
        "agreement": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "title"
          ],
          "properties": {
            "id": {
              "$ref": "micro-credential.schema.json#/$defs/Iri"
            },
            "title": {
              "$ref": "micro-credential.schema.json#/$defs/LanguageMap"
            },
            "date": {
              "type": "string",
              "format": "date"
            }
          }
        },
        "reference": {
          "$ref": "micro-credential.schema.json#/$defs/ShortText",
          "description": "Regulation, decision or document reference."
        },
        "url": {
          "$ref": "micro-credential.schema.json#/$defs/HttpUrl"
        }
      }
    }
  }
};
export default data;
