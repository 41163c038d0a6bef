/* GENERATED from schemas/profile.schema.json by `npm run gen:data` — do not edit by hand. */
const data: { readonly [key: string]: unknown } = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://microcred.dev/schemas/profile.schema.json",
  "title": "ProfileDefinition",
  "description": "A validation profile: a versioned set of rules (each an error or a warning, each citing its source) applied on top of the MicroCredential schema. Profiles are data; register your own with a ProfileRegistry.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "id",
    "version",
    "title",
    "rules"
  ],
  "properties": {
    "$schema": {
      "type": "string"
    },
    "id": {
      "type": "string",
      "pattern": "^[a-z][a-z0-9-]{0,39}$",
      "description": "Short name used to select the profile, e.g. eu, ge, am."
    },
    "version": {
      "type": "string",
      "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?$",
      "description": "Semantic version of the rule set. Tightening a rule is a major version."
    },
    "title": {
      "type": "string",
      "minLength": 1,
      "maxLength": 200
    },
    "description": {
      "type": "string",
      "maxLength": 4000
    },
    "status": {
      "type": "string",
      "enum": [
        "final",
        "draft"
      ],
      "description": "draft: the rules follow documents that are not yet enacted."
    },
    "extends": {
      "type": "string",
      "pattern": "^[a-z][a-z0-9-]{0,39}(@[0-9A-Za-z.-]+)?$",
      "description": "Profile whose rules apply first (id, or id@version)."
    },
    "rules": {
      "type": "array",
      "maxItems": 500,
      "items": {
        "$ref": "#/$defs/ProfileRule"
      }
    }
  },
  "$defs": {
    "Pointer": {
      "type": "string",
      "pattern": "^(/([^/~*]|~[01])*|/\\*)*$",
      "description": "JSON Pointer into the MicroCredential; a segment * matches every array item."
    },
    "RuleSource": {
      "title": "RuleSource",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "document",
        "locator"
      ],
      "properties": {
        "document": {
          "type": "string",
          "minLength": 1,
          "description": "The document the rule comes from."
        },
        "locator": {
          "type": "string",
          "minLength": 1,
          "description": "Where in it: lines, article, section."
        },
        "note": {
          "type": "string"
        }
      }
    },
    "ProfileRule": {
      "title": "ProfileRule",
      "type": "object",
      "required": [
        "id",
        "kind",
        "severity",
        "code",
        "message",
        "source"
      ],
      "unevaluatedProperties": false,
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[a-z][a-z0-9-]*\\.[a-z0-9.-]+$"
        },
        "kind": {
          "type": "string",
          "enum": [
            "present",
            "any-present",
            "range",
            "allowed",
            "languages",
            "categories",
            "count",
            "hours-per-credit",
            "workload-consistency",
            "breakdown-sum",
            "level-consistency",
            "country",
            "subset",
            "date-order",
            "no-clear-identifier",
            "contains",
            "date-within",
            "date-span",
            "equal"
          ]
        },
        "severity": {
          "type": "string",
          "enum": [
            "error",
            "warning"
          ]
        },
        "code": {
          "type": "string",
          "pattern": "^[A-Z][A-Z0-9_]*$",
          "description": "Stable code reported with every finding of this rule."
        },
        "message": {
          "type": "string",
          "minLength": 1,
          "description": "What a registrar reads. Placeholders: {field} (the place, dotted), {value}, {min}, {max}, {values}, {missing}, {expected}."
        },
        "source": {
          "$ref": "#/$defs/RuleSource"
        },
        "path": {
          "$ref": "#/$defs/Pointer"
        },
        "paths": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/Pointer"
          }
        },
        "of": {
          "$ref": "#/$defs/Pointer",
          "description": "The other place compared with path; its * segments take the indices path matched."
        },
        "field": {
          "type": "string"
        },
        "min": {
          "type": "number"
        },
        "max": {
          "type": "number"
        },
        "values": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        "languages": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string"
          }
        },
        "tolerance": {
          "type": "number",
          "minimum": 0
        },
        "identifierTypes": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "from": {
          "type": "string",
          "minLength": 1,
          "description": "date-within, date-span: the field of each object at path that starts the window (e.g. validFrom)."
        },
        "until": {
          "type": "string",
          "minLength": 1,
          "description": "date-within, date-span: the field of each object at path that ends the window, inclusive (e.g. validUntil)."
        },
        "unit": {
          "type": "string",
          "enum": [
            "days",
            "months",
            "years"
          ],
          "description": "date-span: the unit of max (default years)."
        },
        "where": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "field",
            "values"
          ],
          "description": "contains, date-within, date-span, allowed: consider only the objects at path (for allowed: the objects holding the value) whose field is one of values.",
          "properties": {
            "field": {
              "type": "string",
              "minLength": 1
            },
            "values": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              }
            }
          }
        },
        "when": {
          "type": "object",
          "additionalProperties": false,
          "required": [
            "path"
          ],
          "anyOf": [
            {
              "required": [
                "values"
              ]
            },
            {
              "required": [
                "present"
              ]
            }
          ],
          "description": "Apply the rule only when the value at path is one of values (or, with present: true, when there is a value at path).",
          "properties": {
            "path": {
              "$ref": "#/$defs/Pointer"
            },
            "values": {
              "type": "array",
              "minItems": 1,
              "items": {
                "type": [
                  "string",
                  "number",
                  "boolean"
                ]
              }
            },
            "present": {
              "const": true
            }
          }
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "kind": {
                "enum": [
                  "present",
                  "range",
                  "allowed",
                  "languages",
                  "categories",
                  "count",
                  "subset",
                  "date-order",
                  "contains",
                  "date-within",
                  "date-span",
                  "equal"
                ]
              }
            }
          },
          "then": {
            "required": [
              "path"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "contains"
              }
            }
          },
          "then": {
            "required": [
              "field",
              "values"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "date-within"
              }
            }
          },
          "then": {
            "required": [
              "of"
            ],
            "anyOf": [
              {
                "required": [
                  "from"
                ]
              },
              {
                "required": [
                  "until"
                ]
              }
            ]
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "date-span"
              }
            }
          },
          "then": {
            "required": [
              "from",
              "until",
              "max"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "equal"
              }
            }
          },
          "then": {
            "required": [
              "of"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "any-present"
              }
            }
          },
          "then": {
            "required": [
              "paths"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "allowed"
              }
            }
          },
          "then": {
            "required": [
              "values"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "categories"
              }
            }
          },
          "then": {
            "required": [
              "field",
              "values"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "const": "languages"
              }
            }
          },
          "then": {
            "required": [
              "languages"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "enum": [
                  "subset",
                  "date-order"
                ]
              }
            }
          },
          "then": {
            "required": [
              "of"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "kind": {
                "enum": [
                  "range",
                  "count",
                  "hours-per-credit"
                ]
              }
            }
          },
          "then": {
            "anyOf": [
              {
                "required": [
                  "min"
                ]
              },
              {
                "required": [
                  "max"
                ]
              }
            ]
          }
        }
      ]
    }
  }
};
export default data;
