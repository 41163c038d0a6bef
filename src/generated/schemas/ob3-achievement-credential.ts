/* GENERATED from schemas/ob3-achievement-credential.schema.json by `npm run gen:data` — do not edit by hand. */
const data: { readonly [key: string]: unknown } = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://microcred.dev/schemas/ob3-achievement-credential.schema.json",
  "title": "Open Badges 3.0 AchievementCredential / OpenBadgeCredential",
  "description": "Structure of a received Open Badges 3.0 credential (an AchievementCredential, also typed OpenBadgeCredential), written by the microcred project from the Open Badges 3.0 specification text (1EdTech, appendix B data models: the shared credential classes of B.1 and the verification-support classes of B.9). It checks the plain JSON form: every multi-valued property, including every IRI-valued `type` that may hold several values, is a JSON array. Two envelopes are accepted: the VC Data Model 2.0 form (`validFrom`, optional `validUntil`), which is what issuers must produce, and — for verifying older credentials only — the VC Data Model 1.1 form (`issuanceDate`, optional `expirationDate`), chosen when the first `@context` entry is the VC 1.1 context. Extension properties are allowed wherever the specification says a class can be extended.",
  "$comment": "Decisions and known differences. (1) VC 1.1 envelope: the 1EdTech plain-JSON AchievementCredential schema covers the VC 2.0 envelope only and rejects every VC 1.1 credential; this schema additionally accepts the spec's B.9.2 AchievementCredentialv1p1 (required: @context starting with https://www.w3.org/2018/credentials/v1 then the OB context, id, type, name, issuer as a Profile object, issuanceDate, credentialSubject; endorsements embedded in it are B.9.4 EndorsementCredentialv1p1). This is a deliberate, documented divergence from that schema. The spec types Profilev1p1.parentOrg as the 2.0 Profile; here it is Profilev1p1 so that a legacy credential is legacy all the way down. (2) Where the official schema is looser or stricter than the prose, its verdicts are reproduced, not corrected: (a) the `ext:` extension terms of AchievementType, AlignmentTargetType, IdentifierTypeEnum and ResultType are matched, as in the official schema, by an unanchored pattern, so any string containing 'ext:' followed by a letter, digit, '.', '_' or '|' passes (e.g. 'Text:x'), while 'ext:-x' fails although the prose only asks for the prefix 'ext:' (a strict reading would be ^ext:[A-Za-z0-9._-]+$); (b) CredentialStatus.id is required although the prose says 0..1; (c) the DateTime properties (activityStartDate, activityEndDate, Proof.created) use format date-time, which needs a time-zone offset, although DateTime in the prose, unlike DateTimeZ, does not; (d) URI, URL, EmailAddress, PhoneNumber and CountryCode values are only checked to be strings; (e) `proof`, `credentialSchema`, `termsOfUse` must be arrays and `type` must be an array wherever the prose says 1..* (the JSON-LD compacted single-value forms, e.g. the single proof object many VC libraries emit, are rejected); (f) `evidence` inside an embedded EndorsementCredential is not constrained (the prose lists it, the official embedded definition does not); (g) credential and achievement `name` are plain strings (no VC 2.0 language-value objects); (h) the OB context URL must be context.json or context-3.x.y.json with single-digit x and y, and the version suffix may repeat (context-3.0.3-3.0.2.json passes, a future context-3.0.10.json would not). (3) Rules a JSON Schema cannot or does not express, left to the verifier: AchievementSubject needs `id` or at least one `identifier`; Criteria SHOULD have `id` or `narrative`; Result.status is required when the linked ResultDescription has resultType Status; achievedLevel and resultDescription must reference ids inside the asserted Achievement; Proof.proofPurpose MUST be assertionMethod. (4) @context is an open tuple (prefixItems followed by any contexts), so Ajv must be run with strictTuples off or 'log'; everything else is strict-mode clean. Formats used: date-time, date (ajv-formats).",
  "type": "object",
  "if": {
    "type": "object",
    "required": [
      "@context"
    ],
    "properties": {
      "@context": {
        "type": "array",
        "minItems": 1,
        "prefixItems": [
          {
            "const": "https://www.w3.org/2018/credentials/v1"
          }
        ]
      }
    }
  },
  "then": {
    "$ref": "#/$defs/AchievementCredentialv1p1"
  },
  "else": {
    "$ref": "#/$defs/AchievementCredential"
  },
  "$defs": {
    "Uri": {
      "description": "A URI (or IRI, URL, DID, urn:uuid...). Only the JSON type is checked.",
      "type": "string"
    },
    "DateTimeZ": {
      "description": "An ISO 8601 / RFC 3339 date-time with a time-zone offset or Z.",
      "type": "string",
      "format": "date-time"
    },
    "DateTime": {
      "description": "A date-time. Checked like DateTimeZ (see $comment 2c).",
      "type": "string",
      "format": "date-time"
    },
    "Date": {
      "description": "A full date (YYYY-MM-DD).",
      "type": "string",
      "format": "date"
    },
    "Markdown": {
      "description": "Text that may use Markdown.",
      "type": "string"
    },
    "CompactJws": {
      "description": "A JWS in compact serialization: header.payload.signature, each part base64url (the payload may be empty when detached).",
      "type": "string",
      "pattern": "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+$"
    },
    "LanguageCode": {
      "description": "The BCP 47 subset the specification uses: language, optional script, optional region (e.g. en, ka, hy-AM, zh-Hant-TW).",
      "type": "string",
      "pattern": "^[a-z]{2,4}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?$"
    },
    "ExtensionTerm": {
      "description": "A proprietary term of an extensible enumeration: 'ext:' then a name (matched as the official schema matches it, see $comment 2a).",
      "type": "string",
      "pattern": "ext:[A-Za-z0-9._|]"
    },
    "Context": {
      "description": "A JSON-LD context: a URI or an inline context object.",
      "anyOf": [
        {
          "type": "string"
        },
        {
          "type": "object"
        }
      ]
    },
    "ObContextUri": {
      "description": "The Open Badges 3.0 JSON-LD context (context.json or a versioned context-3.x.y.json).",
      "type": "string",
      "pattern": "^https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(?:-3\\.[0-9]\\.[0-9])*\\.json$"
    },
    "ContextsVc2": {
      "description": "Ordered contexts of a VC 2.0 credential: the VC 2.0 context, then the OB 3.0 context, then any others.",
      "type": "array",
      "minItems": 2,
      "prefixItems": [
        {
          "const": "https://www.w3.org/ns/credentials/v2"
        },
        {
          "$ref": "#/$defs/ObContextUri"
        }
      ],
      "items": {
        "$ref": "#/$defs/Context"
      }
    },
    "ContextsVc1p1": {
      "description": "Ordered contexts of a VC 1.1 credential: the VC 1.1 context, then the OB 3.0 context, then any others.",
      "type": "array",
      "minItems": 2,
      "prefixItems": [
        {
          "const": "https://www.w3.org/2018/credentials/v1"
        },
        {
          "$ref": "#/$defs/ObContextUri"
        }
      ],
      "items": {
        "$ref": "#/$defs/Context"
      }
    },
    "AchievementCredentialTypes": {
      "description": "Unordered set of type IRIs: VerifiableCredential and AchievementCredential or its alias OpenBadgeCredential, plus any others.",
      "type": "array",
      "minItems": 1,
      "items": {
        "type": "string"
      },
      "allOf": [
        {
          "contains": {
            "const": "VerifiableCredential"
          }
        },
        {
          "contains": {
            "enum": [
              "AchievementCredential",
              "OpenBadgeCredential"
            ]
          }
        }
      ]
    },
    "EndorsementCredentialTypes": {
      "description": "Unordered set of type IRIs: VerifiableCredential and EndorsementCredential, plus any others.",
      "type": "array",
      "minItems": 1,
      "items": {
        "type": "string"
      },
      "allOf": [
        {
          "contains": {
            "const": "VerifiableCredential"
          }
        },
        {
          "contains": {
            "const": "EndorsementCredential"
          }
        }
      ]
    },
    "AchievementCredentialShared": {
      "description": "Properties an AchievementCredential has in both envelopes.",
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "$ref": "#/$defs/AchievementCredentialTypes"
        },
        "name": {
          "type": "string",
          "description": "Display name of the credential in wallets."
        },
        "description": {
          "type": "string",
          "description": "Short display description of the credential."
        },
        "image": {
          "$ref": "#/$defs/Image"
        },
        "awardedDate": {
          "$ref": "#/$defs/DateTimeZ"
        },
        "endorsementJwt": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CompactJws"
          }
        },
        "evidence": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Evidence"
          }
        },
        "proof": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Proof"
          }
        },
        "credentialSchema": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CredentialSchema"
          }
        },
        "credentialStatus": {
          "$ref": "#/$defs/CredentialStatus"
        },
        "refreshService": {
          "$ref": "#/$defs/RefreshService"
        },
        "termsOfUse": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/TermsOfUse"
          }
        }
      }
    },
    "AchievementCredential": {
      "description": "B.1.2 AchievementCredential: an awarded achievement for one earner, as a VC Data Model 2.0 credential.",
      "allOf": [
        {
          "$ref": "#/$defs/AchievementCredentialShared"
        }
      ],
      "type": "object",
      "required": [
        "@context",
        "issuer",
        "validFrom",
        "credentialSubject"
      ],
      "properties": {
        "@context": {
          "$ref": "#/$defs/ContextsVc2"
        },
        "issuer": {
          "$ref": "#/$defs/ProfileRef"
        },
        "validFrom": {
          "$ref": "#/$defs/DateTimeZ"
        },
        "validUntil": {
          "$ref": "#/$defs/DateTimeZ"
        },
        "credentialSubject": {
          "$ref": "#/$defs/AchievementSubject"
        },
        "endorsement": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/EndorsementCredential"
          }
        }
      }
    },
    "AchievementCredentialv1p1": {
      "description": "B.9.2 AchievementCredentialv1p1: the same credential on the VC Data Model 1.1 envelope. Accepted for verifying older credentials; never to be issued.",
      "allOf": [
        {
          "$ref": "#/$defs/AchievementCredentialShared"
        }
      ],
      "type": "object",
      "required": [
        "@context",
        "name",
        "issuer",
        "issuanceDate",
        "credentialSubject"
      ],
      "properties": {
        "@context": {
          "$ref": "#/$defs/ContextsVc1p1"
        },
        "name": {
          "type": "string",
          "description": "Required on the VC 1.1 envelope (B.9.2)."
        },
        "issuer": {
          "$ref": "#/$defs/Profilev1p1"
        },
        "issuanceDate": {
          "$ref": "#/$defs/DateTimeZ"
        },
        "expirationDate": {
          "$ref": "#/$defs/DateTimeZ"
        },
        "credentialSubject": {
          "$ref": "#/$defs/AchievementSubjectv1p1"
        },
        "endorsement": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/EndorsementCredentialv1p1"
          }
        }
      }
    },
    "AchievementSubjectShared": {
      "description": "Properties an AchievementSubject has in both envelopes. Either `id` or at least one `identifier` MUST be given (not expressed here, see $comment 3).",
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          },
          "contains": {
            "const": "AchievementSubject"
          }
        },
        "activityStartDate": {
          "$ref": "#/$defs/DateTime"
        },
        "activityEndDate": {
          "$ref": "#/$defs/DateTime"
        },
        "creditsEarned": {
          "type": "number"
        },
        "identifier": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/IdentityObject"
          }
        },
        "image": {
          "$ref": "#/$defs/Image"
        },
        "licenseNumber": {
          "type": "string"
        },
        "narrative": {
          "$ref": "#/$defs/Markdown"
        },
        "result": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Result"
          }
        },
        "role": {
          "type": "string"
        },
        "term": {
          "type": "string"
        }
      }
    },
    "AchievementSubject": {
      "description": "B.1.3 AchievementSubject: the recipient and what was achieved.",
      "allOf": [
        {
          "$ref": "#/$defs/AchievementSubjectShared"
        }
      ],
      "type": "object",
      "required": [
        "achievement"
      ],
      "properties": {
        "achievement": {
          "$ref": "#/$defs/Achievement"
        },
        "source": {
          "$ref": "#/$defs/Profile"
        }
      }
    },
    "AchievementSubjectv1p1": {
      "description": "B.9.6 AchievementSubjectv1p1.",
      "allOf": [
        {
          "$ref": "#/$defs/AchievementSubjectShared"
        }
      ],
      "type": "object",
      "required": [
        "achievement"
      ],
      "properties": {
        "achievement": {
          "$ref": "#/$defs/Achievementv1p1"
        },
        "source": {
          "$ref": "#/$defs/Profilev1p1"
        }
      }
    },
    "AchievementShared": {
      "description": "Properties an Achievement has in both envelopes.",
      "type": "object",
      "required": [
        "id",
        "type",
        "name",
        "description",
        "criteria"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          },
          "contains": {
            "const": "Achievement"
          }
        },
        "name": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "criteria": {
          "$ref": "#/$defs/Criteria"
        },
        "achievementType": {
          "$ref": "#/$defs/AchievementType"
        },
        "alignment": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Alignment"
          }
        },
        "creditsAvailable": {
          "type": "number"
        },
        "endorsementJwt": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CompactJws"
          }
        },
        "fieldOfStudy": {
          "type": "string"
        },
        "humanCode": {
          "type": "string"
        },
        "image": {
          "$ref": "#/$defs/Image"
        },
        "inLanguage": {
          "$ref": "#/$defs/LanguageCode"
        },
        "otherIdentifier": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/IdentifierEntry"
          }
        },
        "related": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Related"
          }
        },
        "resultDescription": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ResultDescription"
          }
        },
        "specialization": {
          "type": "string"
        },
        "tag": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "version": {
          "type": "string"
        }
      }
    },
    "Achievement": {
      "description": "B.1.1 Achievement: the accomplishment being recognised (the OB 2.0 BadgeClass).",
      "allOf": [
        {
          "$ref": "#/$defs/AchievementShared"
        }
      ],
      "type": "object",
      "properties": {
        "creator": {
          "$ref": "#/$defs/Profile"
        },
        "endorsement": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/EndorsementCredential"
          }
        }
      }
    },
    "Achievementv1p1": {
      "description": "B.9.7 Achievementv1p1.",
      "allOf": [
        {
          "$ref": "#/$defs/AchievementShared"
        }
      ],
      "type": "object",
      "properties": {
        "creator": {
          "$ref": "#/$defs/Profilev1p1"
        },
        "endorsement": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/EndorsementCredentialv1p1"
          }
        }
      }
    },
    "AchievementType": {
      "description": "B.1.28 AchievementType, an extensible enumeration.",
      "anyOf": [
        {
          "enum": [
            "Achievement",
            "ApprenticeshipCertificate",
            "Assessment",
            "Assignment",
            "AssociateDegree",
            "Award",
            "Badge",
            "BachelorDegree",
            "Certificate",
            "CertificateOfCompletion",
            "Certification",
            "CommunityService",
            "Competency",
            "Course",
            "CoCurricular",
            "Degree",
            "Diploma",
            "DoctoralDegree",
            "Fieldwork",
            "GeneralEducationDevelopment",
            "JourneymanCertificate",
            "LearningProgram",
            "License",
            "Membership",
            "ProfessionalDoctorate",
            "QualityAssuranceCredential",
            "MasterCertificate",
            "MasterDegree",
            "MicroCredential",
            "ResearchDoctorate",
            "SecondarySchoolDiploma"
          ]
        },
        {
          "$ref": "#/$defs/ExtensionTerm"
        }
      ]
    },
    "Criteria": {
      "description": "B.1.6 Criteria: how the achievement is earned. Implementations SHOULD give `id` or `narrative` (not enforced, see $comment 3).",
      "type": "object",
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "narrative": {
          "$ref": "#/$defs/Markdown"
        }
      }
    },
    "Alignment": {
      "description": "B.1.5 Alignment: a link from an achievement, result or level to a node of an external framework.",
      "type": "object",
      "required": [
        "type",
        "targetName",
        "targetUrl"
      ],
      "properties": {
        "type": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          },
          "contains": {
            "const": "Alignment"
          }
        },
        "targetName": {
          "type": "string"
        },
        "targetUrl": {
          "$ref": "#/$defs/Uri"
        },
        "targetCode": {
          "type": "string"
        },
        "targetDescription": {
          "type": "string"
        },
        "targetFramework": {
          "type": "string"
        },
        "targetType": {
          "$ref": "#/$defs/AlignmentTargetType"
        }
      }
    },
    "AlignmentTargetType": {
      "description": "B.1.29 AlignmentTargetType, an extensible enumeration.",
      "anyOf": [
        {
          "enum": [
            "ceasn:Competency",
            "ceterms:Credential",
            "CFItem",
            "CFRubric",
            "CFRubricCriterion",
            "CFRubricCriterionLevel",
            "CTDL"
          ]
        },
        {
          "$ref": "#/$defs/ExtensionTerm"
        }
      ]
    },
    "Result": {
      "description": "B.1.16 Result: a result the recipient achieved.",
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          },
          "contains": {
            "const": "Result"
          }
        },
        "achievedLevel": {
          "$ref": "#/$defs/Uri"
        },
        "alignment": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Alignment"
          }
        },
        "resultDescription": {
          "$ref": "#/$defs/Uri"
        },
        "status": {
          "$ref": "#/$defs/ResultStatusType"
        },
        "value": {
          "type": "string"
        }
      }
    },
    "ResultStatusType": {
      "description": "B.1.32 ResultStatusType (closed enumeration).",
      "enum": [
        "Completed",
        "Enrolled",
        "Failed",
        "InProgress",
        "OnHold",
        "Provisional",
        "Withdrew"
      ]
    },
    "ResultDescription": {
      "description": "B.1.17 ResultDescription: a possible result of the achievement.",
      "type": "object",
      "required": [
        "id",
        "type",
        "name",
        "resultType"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          },
          "contains": {
            "const": "ResultDescription"
          }
        },
        "name": {
          "type": "string"
        },
        "resultType": {
          "$ref": "#/$defs/ResultType"
        },
        "alignment": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Alignment"
          }
        },
        "allowedValue": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "requiredLevel": {
          "$ref": "#/$defs/Uri"
        },
        "requiredValue": {
          "type": "string"
        },
        "rubricCriterionLevel": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RubricCriterionLevel"
          }
        },
        "valueMax": {
          "type": "string"
        },
        "valueMin": {
          "type": "string"
        }
      }
    },
    "ResultType": {
      "description": "B.1.31 ResultType, an extensible enumeration.",
      "anyOf": [
        {
          "enum": [
            "GradePointAverage",
            "LetterGrade",
            "Percent",
            "PerformanceLevel",
            "PredictedScore",
            "RawScore",
            "Result",
            "RubricCriterion",
            "RubricCriterionLevel",
            "RubricScore",
            "ScaledScore",
            "Status"
          ]
        },
        {
          "$ref": "#/$defs/ExtensionTerm"
        }
      ]
    },
    "RubricCriterionLevel": {
      "description": "B.1.18 RubricCriterionLevel: one level of a rubric criterion.",
      "type": "object",
      "required": [
        "id",
        "type",
        "name"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          },
          "contains": {
            "const": "RubricCriterionLevel"
          }
        },
        "name": {
          "type": "string"
        },
        "alignment": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Alignment"
          }
        },
        "description": {
          "type": "string"
        },
        "level": {
          "type": "string"
        },
        "points": {
          "type": "string"
        }
      }
    },
    "IdentityObject": {
      "description": "B.1.12 IdentityObject: one identifier of the recipient, hashed or plain. Not extensible.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "hashed",
        "identityHash",
        "identityType"
      ],
      "properties": {
        "type": {
          "const": "IdentityObject"
        },
        "hashed": {
          "type": "boolean"
        },
        "identityHash": {
          "type": "string"
        },
        "identityType": {
          "$ref": "#/$defs/IdentifierTypeEnum"
        },
        "salt": {
          "type": "string"
        }
      }
    },
    "IdentifierEntry": {
      "description": "B.1.11 IdentifierEntry: another identifier of a profile or achievement. Not extensible.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type",
        "identifier",
        "identifierType"
      ],
      "properties": {
        "type": {
          "const": "IdentifierEntry"
        },
        "identifier": {
          "type": "string"
        },
        "identifierType": {
          "$ref": "#/$defs/IdentifierTypeEnum"
        }
      }
    },
    "IdentifierTypeEnum": {
      "description": "B.1.30 IdentifierTypeEnum, an extensible enumeration.",
      "anyOf": [
        {
          "enum": [
            "name",
            "sourcedId",
            "systemId",
            "productId",
            "userName",
            "accountId",
            "emailAddress",
            "nationalIdentityNumber",
            "isbn",
            "issn",
            "lisSourcedId",
            "oneRosterSourcedId",
            "sisSourcedId",
            "ltiContextId",
            "ltiDeploymentId",
            "ltiToolId",
            "ltiPlatformId",
            "ltiUserId",
            "identifier"
          ]
        },
        {
          "$ref": "#/$defs/ExtensionTerm"
        }
      ]
    },
    "Image": {
      "description": "B.1.13 Image: an image by URI or data URI, with an optional caption. Not extensible; a bare URI string is not accepted.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "const": "Image"
        },
        "caption": {
          "type": "string"
        }
      }
    },
    "Evidence": {
      "description": "B.1.9 Evidence: work or proof of work behind the award.",
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          },
          "contains": {
            "const": "Evidence"
          }
        },
        "narrative": {
          "$ref": "#/$defs/Markdown"
        },
        "name": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "genre": {
          "type": "string"
        },
        "audience": {
          "type": "string"
        }
      }
    },
    "ProfileRef": {
      "description": "B.1.20 ProfileRef: the issuer as a URI or as an embedded Profile.",
      "anyOf": [
        {
          "$ref": "#/$defs/Uri"
        },
        {
          "$ref": "#/$defs/Profile"
        }
      ]
    },
    "ProfileShared": {
      "description": "Properties a Profile has in both envelopes.",
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          },
          "contains": {
            "const": "Profile"
          }
        },
        "name": {
          "type": "string"
        },
        "url": {
          "$ref": "#/$defs/Uri"
        },
        "phone": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "endorsementJwt": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CompactJws"
          }
        },
        "image": {
          "$ref": "#/$defs/Image"
        },
        "email": {
          "type": "string"
        },
        "address": {
          "$ref": "#/$defs/Address"
        },
        "otherIdentifier": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/IdentifierEntry"
          }
        },
        "official": {
          "type": "string"
        },
        "familyName": {
          "type": "string"
        },
        "givenName": {
          "type": "string"
        },
        "additionalName": {
          "type": "string"
        },
        "patronymicName": {
          "type": "string"
        },
        "honorificPrefix": {
          "type": "string"
        },
        "honorificSuffix": {
          "type": "string"
        },
        "familyNamePrefix": {
          "type": "string"
        },
        "dateOfBirth": {
          "$ref": "#/$defs/Date"
        }
      }
    },
    "Profile": {
      "description": "B.1.14 Profile: a person or organisation (issuer, creator, source, endorser).",
      "allOf": [
        {
          "$ref": "#/$defs/ProfileShared"
        }
      ],
      "type": "object",
      "properties": {
        "parentOrg": {
          "$ref": "#/$defs/Profile"
        },
        "endorsement": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/EndorsementCredential"
          }
        }
      }
    },
    "Profilev1p1": {
      "description": "B.9.8 Profilev1p1.",
      "allOf": [
        {
          "$ref": "#/$defs/ProfileShared"
        }
      ],
      "type": "object",
      "properties": {
        "parentOrg": {
          "$ref": "#/$defs/Profilev1p1"
        },
        "endorsement": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/EndorsementCredentialv1p1"
          }
        }
      }
    },
    "Address": {
      "description": "B.1.4 Address (schema.org PostalAddress style).",
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          },
          "contains": {
            "const": "Address"
          }
        },
        "addressCountry": {
          "type": "string"
        },
        "addressCountryCode": {
          "type": "string",
          "description": "ISO 3166-1 alpha-2 in the prose; only the JSON type is checked."
        },
        "addressRegion": {
          "type": "string"
        },
        "addressLocality": {
          "type": "string"
        },
        "streetAddress": {
          "type": "string"
        },
        "postOfficeBoxNumber": {
          "type": "string"
        },
        "postalCode": {
          "type": "string"
        },
        "geo": {
          "$ref": "#/$defs/GeoCoordinates"
        }
      }
    },
    "GeoCoordinates": {
      "description": "B.1.10 GeoCoordinates (WGS84).",
      "type": "object",
      "required": [
        "type",
        "latitude",
        "longitude"
      ],
      "properties": {
        "type": {
          "const": "GeoCoordinates"
        },
        "latitude": {
          "type": "number"
        },
        "longitude": {
          "type": "number"
        }
      }
    },
    "Related": {
      "description": "B.1.15 Related: another edition (language, version) of the same achievement.",
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          },
          "contains": {
            "const": "Related"
          }
        },
        "inLanguage": {
          "$ref": "#/$defs/LanguageCode"
        },
        "version": {
          "type": "string"
        }
      }
    },
    "EndorsementCredentialShared": {
      "description": "Properties an EndorsementCredential has in both envelopes.",
      "type": "object",
      "required": [
        "id",
        "type",
        "name",
        "credentialSubject"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "$ref": "#/$defs/EndorsementCredentialTypes"
        },
        "name": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "credentialSubject": {
          "$ref": "#/$defs/EndorsementSubject"
        },
        "awardedDate": {
          "$ref": "#/$defs/DateTimeZ"
        },
        "proof": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Proof"
          }
        },
        "credentialSchema": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CredentialSchema"
          }
        },
        "credentialStatus": {
          "$ref": "#/$defs/CredentialStatus"
        },
        "refreshService": {
          "$ref": "#/$defs/RefreshService"
        },
        "termsOfUse": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/TermsOfUse"
          }
        }
      }
    },
    "EndorsementCredential": {
      "description": "B.1.7 EndorsementCredential: a third party's claim about a credential, achievement or profile, as a VC 2.0 credential.",
      "allOf": [
        {
          "$ref": "#/$defs/EndorsementCredentialShared"
        }
      ],
      "type": "object",
      "required": [
        "@context",
        "issuer",
        "validFrom"
      ],
      "properties": {
        "@context": {
          "$ref": "#/$defs/ContextsVc2"
        },
        "issuer": {
          "$ref": "#/$defs/ProfileRef"
        },
        "validFrom": {
          "$ref": "#/$defs/DateTimeZ"
        },
        "validUntil": {
          "$ref": "#/$defs/DateTimeZ"
        }
      }
    },
    "EndorsementCredentialv1p1": {
      "description": "B.9.4 EndorsementCredentialv1p1: the same on the VC 1.1 envelope.",
      "allOf": [
        {
          "$ref": "#/$defs/EndorsementCredentialShared"
        }
      ],
      "type": "object",
      "required": [
        "@context",
        "issuer",
        "issuanceDate"
      ],
      "properties": {
        "@context": {
          "$ref": "#/$defs/ContextsVc1p1"
        },
        "issuer": {
          "$ref": "#/$defs/Profilev1p1"
        },
        "issuanceDate": {
          "$ref": "#/$defs/DateTimeZ"
        },
        "expirationDate": {
          "$ref": "#/$defs/DateTimeZ"
        }
      }
    },
    "EndorsementSubject": {
      "description": "B.1.8 EndorsementSubject: what is endorsed, with an optional comment.",
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          },
          "contains": {
            "const": "EndorsementSubject"
          }
        },
        "endorsementComment": {
          "$ref": "#/$defs/Markdown"
        }
      }
    },
    "Proof": {
      "description": "B.1.24 Proof: an embedded proof (DataIntegrityProof, Ed25519Signature2020, ...). `type` is a single string.",
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "type": "string"
        },
        "created": {
          "$ref": "#/$defs/DateTime"
        },
        "cryptosuite": {
          "type": "string"
        },
        "challenge": {
          "type": "string"
        },
        "domain": {
          "type": "string"
        },
        "nonce": {
          "type": "string"
        },
        "proofPurpose": {
          "type": "string"
        },
        "proofValue": {
          "type": "string"
        },
        "verificationMethod": {
          "$ref": "#/$defs/Uri"
        }
      }
    },
    "CredentialSchema": {
      "description": "B.1.21 CredentialSchema: a schema the credential claims to conform to (e.g. type 1EdTechJsonSchemaValidator2019).",
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "CredentialStatus": {
      "description": "B.1.22 CredentialStatus: where to check revocation or suspension (e.g. BitstringStatusListEntry, 1EdTechRevocationList). `id` required, see $comment 2b.",
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "RefreshService": {
      "description": "B.1.25 RefreshService: where to obtain a refreshed credential (e.g. 1EdTechCredentialRefresh).",
      "type": "object",
      "required": [
        "id",
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "type": "string"
        }
      }
    },
    "TermsOfUse": {
      "description": "B.1.26 TermsOfUse: obligations, prohibitions or permissions attached to the credential.",
      "type": "object",
      "required": [
        "type"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Uri"
        },
        "type": {
          "type": "string"
        }
      }
    }
  }
};
export default data;
