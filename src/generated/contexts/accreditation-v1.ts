/* GENERATED from contexts/accreditation-v1.json by `npm run gen:data` — do not edit by hand. */
const data: { readonly [key: string]: unknown } = {
  "@context": {
    "@version": 1.1,
    "@protected": true,
    "accreditationType": "https://microcred.dev/ns/v1#accreditationType",
    "deqarId": "https://microcred.dev/ns/v1#deqarId",
    "scope": {
      "@id": "https://microcred.dev/ns/v1#accreditationScope",
      "@context": {
        "iscedF": {
          "@id": "http://data.europa.eu/snb/model/elm/limitField",
          "@container": "@set"
        },
        "eqf": {
          "@id": "http://data.europa.eu/snb/model/elm/limitEQFLevel",
          "@container": "@set"
        },
        "nqf": {
          "@id": "https://microcred.dev/ns/v1#limitNqfLevel",
          "@container": "@set",
          "@context": {
            "framework": "http://data.europa.eu/snb/model/elm/framework",
            "level": "https://microcred.dev/ns/v1#nqfLevelNumber"
          }
        },
        "programmes": {
          "@id": "http://data.europa.eu/snb/model/elm/limitQualification",
          "@container": "@set",
          "@context": {
            "id": "@id",
            "courseCode": "https://microcred.dev/ns/v1#courseCode",
            "title": {
              "@id": "http://purl.org/dc/terms/title",
              "@container": "@language"
            }
          }
        },
        "maxEcts": "https://microcred.dev/ns/v1#limitMaxEcts"
      }
    },
    "AccreditationRegistryCredential": "https://microcred.dev/ns/v1#AccreditationRegistryCredential",
    "AccreditationRegistry": "https://microcred.dev/ns/v1#AccreditationRegistry",
    "entries": {
      "@id": "https://microcred.dev/ns/v1#registryEntry",
      "@container": "@set",
      "@context": {
        "provider": {
          "@id": "https://microcred.dev/ns/v1#provider",
          "@context": {
            "ids": {
              "@id": "https://microcred.dev/ns/v1#providerId",
              "@type": "@id",
              "@container": "@set"
            },
            "name": {
              "@id": "http://www.w3.org/2004/02/skos/core#prefLabel",
              "@container": "@language"
            },
            "country": "http://data.europa.eu/snb/model/elm/countryCode",
            "url": {
              "@id": "http://xmlns.com/foaf/0.1/homepage",
              "@type": "@id"
            },
            "sealOrganisationIdentifiers": {
              "@id": "https://microcred.dev/ns/v1#sealOrganisationIdentifier",
              "@container": "@set"
            }
          }
        },
        "accreditations": {
          "@id": "http://data.europa.eu/snb/model/elm/accreditation",
          "@container": "@set",
          "@context": {
            "type": "https://microcred.dev/ns/v1#qualityAssuranceType",
            "body": {
              "@id": "http://data.europa.eu/snb/model/elm/accreditingAgent",
              "@context": {
                "id": "@id",
                "name": {
                  "@id": "http://www.w3.org/2004/02/skos/core#prefLabel",
                  "@container": "@language"
                },
                "country": "http://data.europa.eu/snb/model/elm/countryCode",
                "region": "https://microcred.dev/ns/v1#region",
                "url": {
                  "@id": "http://xmlns.com/foaf/0.1/homepage",
                  "@type": "@id"
                },
                "email": "https://microcred.dev/ns/v1#email",
                "legalIdentifier": "http://data.europa.eu/snb/model/elm/legalIdentifier"
              }
            },
            "description": {
              "@id": "http://purl.org/dc/terms/description",
              "@container": "@language"
            },
            "decision": "http://data.europa.eu/snb/model/elm/decision",
            "decisionDate": {
              "@id": "https://microcred.dev/ns/v1#decisionDate",
              "@type": "http://www.w3.org/2001/XMLSchema#date"
            },
            "accreditationId": "https://microcred.dev/ns/v1#accreditationId",
            "validFrom": {
              "@id": "https://microcred.dev/ns/v1#accreditationValidFrom",
              "@type": "http://www.w3.org/2001/XMLSchema#date"
            },
            "validUntil": {
              "@id": "https://microcred.dev/ns/v1#accreditationValidUntil",
              "@type": "http://www.w3.org/2001/XMLSchema#date"
            },
            "url": {
              "@id": "http://data.europa.eu/snb/model/elm/landingPage",
              "@type": "@id"
            },
            "deqarUrl": {
              "@id": "https://microcred.dev/ns/v1#deqarUrl",
              "@type": "@id"
            }
          }
        }
      }
    }
  }
};
export default data;
