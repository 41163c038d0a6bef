/* GENERATED from schemas/accreditation-registry.schema.json by `npm run gen:data` — do not edit by hand. */
const data: { readonly [key: string]: unknown } = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://microcred.dev/schemas/accreditation-registry.schema.json",
  "title": "RegistryEntry",
  "description": "One provider in an accreditation registry a QA agency publishes (NCEQE, ANQA, …): who the provider is and the agency's decisions about it. A registry is a signed credential whose credentialSubject.entries are these (see createRegistry).",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "provider",
    "accreditations"
  ],
  "properties": {
    "provider": {
      "$ref": "#/$defs/RegistryProvider"
    },
    "accreditations": {
      "type": "array",
      "minItems": 1,
      "maxItems": 100,
      "items": {
        "$ref": "micro-credential.schema.json#/$defs/QualityAssurance"
      },
      "description": "The agency's decisions about this provider: institutional or programme accreditation, right to implement; granted, granted with monitoring, refused or withdrawn; with validity and scope."
    }
  },
  "$defs": {
    "RegistryProvider": {
      "title": "RegistryProvider",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "anyOf": [
        {
          "required": [
            "ids"
          ]
        },
        {
          "required": [
            "sealOrganisationIdentifiers"
          ]
        }
      ],
      "x-error": "must name the provider by ids (DIDs, https ids) or sealOrganisationIdentifiers, or both",
      "properties": {
        "ids": {
          "type": "array",
          "minItems": 1,
          "maxItems": 20,
          "uniqueItems": true,
          "items": {
            "$ref": "micro-credential.schema.json#/$defs/Iri"
          },
          "description": "Issuer ids the provider signs Open Badges with: DIDs (did:web:university.example.ge) or https ids."
        },
        "sealOrganisationIdentifiers": {
          "type": "array",
          "minItems": 1,
          "maxItems": 20,
          "uniqueItems": true,
          "items": {
            "type": "string",
            "minLength": 3,
            "maxLength": 256,
            "pattern": "^[A-Z]{3}[A-Z]{2}-\\S+$"
          },
          "description": "eIDAS organisation identifiers (ETSI EN 319 412-1, e.g. NTRGE-204864548, VATES-A00000000) of the provider's seal certificates, for sealed European Digital Credentials."
        },
        "name": {
          "$ref": "micro-credential.schema.json#/$defs/LanguageMap"
        },
        "country": {
          "$ref": "vocabularies.schema.json#/$defs/CountryCode"
        },
        "url": {
          "$ref": "micro-credential.schema.json#/$defs/HttpUrl"
        },
        "deqarId": {
          "type": "string",
          "maxLength": 64,
          "pattern": "^DEQAR[A-Z]*[0-9]+$",
          "description": "The provider's DEQAR institution identifier."
        }
      }
    }
  }
};
export default data;
