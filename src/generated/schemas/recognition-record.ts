/* GENERATED from schemas/recognition-record.schema.json by `npm run gen:data` — do not edit by hand. */
const data: { readonly [key: string]: unknown } = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://microcred.dev/schemas/recognition-record.schema.json",
  "title": "RecognitionRecord",
  "description": "The receiving institution's decision on recognising micro-credentials: how many credits, towards which programme, under which agreement or RPL procedure, decided by whom and when, referencing the verified credentials by id and digest. Made by createRecognitionRecord(); exported as JSON or CSV for the student information system.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "id",
    "version",
    "learner",
    "institution",
    "programme",
    "decision",
    "recognisedEcts",
    "route",
    "decidedBy",
    "decidedAt",
    "credentials"
  ],
  "properties": {
    "$schema": {
      "type": "string"
    },
    "id": {
      "$ref": "micro-credential.schema.json#/$defs/Iri"
    },
    "version": {
      "const": "1",
      "description": "Version of this record format."
    },
    "learner": {
      "$ref": "micro-credential.schema.json#/$defs/Learner"
    },
    "institution": {
      "$ref": "micro-credential.schema.json#/$defs/Organisation",
      "description": "The receiving institution that decided."
    },
    "programme": {
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
        "component": {
          "$ref": "micro-credential.schema.json#/$defs/LanguageMap"
        }
      }
    },
    "pathway": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "version"
      ],
      "properties": {
        "id": {
          "$ref": "micro-credential.schema.json#/$defs/Iri"
        },
        "version": {
          "type": "string",
          "maxLength": 64
        }
      },
      "description": "The pathway the decision followed, when one did."
    },
    "decision": {
      "type": "string",
      "enum": [
        "recognised",
        "partially-recognised",
        "not-recognised"
      ]
    },
    "recognisedEcts": {
      "type": "number",
      "minimum": 0,
      "maximum": 1000
    },
    "route": {
      "type": "string",
      "enum": [
        "lisbon-recognition-convention",
        "rpl"
      ],
      "description": "Assessed under the principles of the Lisbon Recognition Convention (all standard elements presented), or through Recognition of Prior Learning."
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
    "procedure": {
      "$ref": "micro-credential.schema.json#/$defs/ShortText",
      "description": "The institution's RPL or recognition procedure reference."
    },
    "decidedBy": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "properties": {
        "id": {
          "$ref": "micro-credential.schema.json#/$defs/Iri"
        },
        "name": {
          "$ref": "micro-credential.schema.json#/$defs/ShortText"
        },
        "role": {
          "$ref": "micro-credential.schema.json#/$defs/ShortText"
        }
      }
    },
    "decidedAt": {
      "$ref": "#/$defs/DateOrDateTime"
    },
    "credentials": {
      "type": "array",
      "minItems": 1,
      "maxItems": 100,
      "items": {
        "$ref": "#/$defs/RecognisedCredential"
      }
    },
    "notes": {
      "$ref": "micro-credential.schema.json#/$defs/LanguageMap"
    }
  },
  "$defs": {
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
      "x-error": "must be an ISO 8601 date (2025-10-20) or a date-time with offset (2025-10-20T10:00:00Z)"
    },
    "RecognisedCredential": {
      "title": "RecognisedCredential",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "digest",
        "recognisedEcts"
      ],
      "properties": {
        "id": {
          "$ref": "micro-credential.schema.json#/$defs/Iri"
        },
        "digest": {
          "type": "string",
          "pattern": "^sha256-[A-Za-z0-9+/]{43}=$",
          "description": "SRI digest (sha256, base64) of the credential as verified: its RFC 8785 JSON form, or the compact JWT."
        },
        "title": {
          "$ref": "micro-credential.schema.json#/$defs/ShortText"
        },
        "issuer": {
          "$ref": "micro-credential.schema.json#/$defs/Iri"
        },
        "dateOfIssuing": {
          "$ref": "#/$defs/DateOrDateTime"
        },
        "ects": {
          "type": "number",
          "minimum": 0,
          "maximum": 1000,
          "description": "Credits the credential states."
        },
        "recognisedEcts": {
          "type": "number",
          "minimum": 0,
          "maximum": 1000
        }
      }
    }
  }
};
export default data;
