/* GENERATED from contexts/microcred-v1.json by `npm run gen:data` — do not edit by hand. */
const data: { readonly [key: string]: unknown } = {
  "@context": {
    "@version": 1.1,
    "@protected": true,
    "microCredential": {
      "@id": "https://microcred.dev/ns/v1#microCredential",
      "@context": {
        "id": "@id",
        "title": {
          "@id": "http://purl.org/dc/terms/title",
          "@container": "@language"
        },
        "description": {
          "@id": "http://purl.org/dc/terms/description",
          "@container": "@language"
        },
        "level": {
          "@id": "https://microcred.dev/ns/v1#level",
          "@context": {
            "eqf": "http://data.europa.eu/snb/model/elm/eqfLevel",
            "nqf": {
              "@id": "http://data.europa.eu/snb/model/elm/nqfLevel",
              "@context": {
                "framework": "http://data.europa.eu/snb/model/elm/framework",
                "level": "https://microcred.dev/ns/v1#nqfLevelNumber"
              }
            },
            "qfEhea": "https://microcred.dev/ns/v1#qfEheaCycle",
            "justification": {
              "@id": "https://microcred.dev/ns/v1#levelJustification",
              "@container": "@language"
            }
          }
        },
        "workload": {
          "@id": "https://microcred.dev/ns/v1#workload",
          "@context": {
            "ects": "https://microcred.dev/ns/v1#ects",
            "hours": "http://data.europa.eu/snb/model/elm/workload",
            "hoursPerCredit": "https://microcred.dev/ns/v1#hoursPerCredit",
            "breakdown": {
              "@id": "https://microcred.dev/ns/v1#workloadBreakdown",
              "@container": "@set",
              "@context": {
                "activity": {
                  "@id": "https://microcred.dev/ns/v1#activity",
                  "@container": "@language"
                },
                "hours": "https://microcred.dev/ns/v1#activityHours"
              }
            }
          }
        },
        "learningOutcomes": {
          "@id": "http://data.europa.eu/snb/model/elm/learningOutcome",
          "@container": "@set",
          "@context": {
            "text": {
              "@id": "http://purl.org/dc/terms/title",
              "@container": "@language"
            },
            "category": "https://microcred.dev/ns/v1#learningOutcomeCategory",
            "escoSkills": {
              "@id": "http://data.europa.eu/snb/model/elm/relatedESCOSkill",
              "@type": "@id",
              "@container": "@set"
            }
          }
        },
        "assessment": {
          "@id": "https://microcred.dev/ns/v1#assessment",
          "@context": {
            "types": {
              "@id": "https://microcred.dev/ns/v1#assessmentType",
              "@container": "@set"
            },
            "formative": {
              "@id": "https://microcred.dev/ns/v1#formativeAssessmentType",
              "@container": "@set"
            },
            "summative": {
              "@id": "https://microcred.dev/ns/v1#summativeAssessmentType",
              "@container": "@set"
            },
            "criteria": {
              "@id": "https://microcred.dev/ns/v1#assessmentCriteria",
              "@container": "@language"
            }
          }
        },
        "participation": {
          "@id": "https://microcred.dev/ns/v1#participation",
          "@context": {
            "mode": "http://data.europa.eu/snb/model/elm/mode",
            "synchronous": "https://microcred.dev/ns/v1#synchronous",
            "asynchronous": "https://microcred.dev/ns/v1#asynchronous",
            "pacing": "https://microcred.dev/ns/v1#pacing",
            "intensity": "https://microcred.dev/ns/v1#intensity",
            "platform": "https://microcred.dev/ns/v1#platform",
            "location": "http://data.europa.eu/snb/model/elm/location"
          }
        },
        "qualityAssurance": {
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
        },
        "prerequisites": {
          "@id": "http://data.europa.eu/snb/model/elm/entryRequirement",
          "@context": {
            "languageProficiency": {
              "@id": "https://microcred.dev/ns/v1#languageProficiency",
              "@container": "@set",
              "@context": {
                "language": "https://microcred.dev/ns/v1#language",
                "level": "https://microcred.dev/ns/v1#cefrLevel"
              }
            },
            "eqfLevel": "https://microcred.dev/ns/v1#prerequisiteEqfLevel"
          }
        },
        "supervision": "http://data.europa.eu/snb/model/elm/idVerification",
        "stackability": {
          "@id": "https://microcred.dev/ns/v1#stackability",
          "@context": {
            "type": "https://microcred.dev/ns/v1#stackabilityType",
            "towards": {
              "@id": "http://data.europa.eu/snb/model/elm/isPartOf",
              "@container": "@set",
              "@context": {
                "maxEcts": "https://microcred.dev/ns/v1#maxEcts",
                "url": {
                  "@id": "http://data.europa.eu/snb/model/elm/landingPage",
                  "@type": "@id"
                }
              }
            }
          }
        },
        "recognition": {
          "@id": "https://microcred.dev/ns/v1#recognition",
          "@context": {
            "maxEcts": "https://microcred.dev/ns/v1#maxEcts",
            "programmes": {
              "@id": "https://microcred.dev/ns/v1#recognisedIn",
              "@container": "@set",
              "@context": {
                "institution": {
                  "@id": "https://microcred.dev/ns/v1#institution",
                  "@container": "@language"
                }
              }
            }
          }
        },
        "furtherInformation": {
          "@id": "http://data.europa.eu/snb/model/elm/additionalNote",
          "@context": {
            "urls": {
              "@id": "http://data.europa.eu/snb/model/elm/supplementaryDocument",
              "@type": "@id",
              "@container": "@set"
            }
          }
        },
        "objective": {
          "@id": "https://microcred.dev/ns/v1#objective",
          "@container": "@language"
        },
        "accessibility": {
          "@id": "https://microcred.dev/ns/v1#accessibility",
          "@container": "@language"
        },
        "languageOfDelivery": {
          "@id": "https://microcred.dev/ns/v1#languageOfDelivery",
          "@container": "@set"
        },
        "fieldOfStudy": {
          "@id": "https://microcred.dev/ns/v1#fieldOfStudy",
          "@context": {
            "iscedF": "https://microcred.dev/ns/v1#iscedF"
          }
        },
        "deliveringBodies": {
          "@id": "http://data.europa.eu/snb/model/elm/providedBy",
          "@container": "@set",
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
            "legalIdentifier": "http://data.europa.eu/snb/model/elm/legalIdentifier",
            "accreditation": {
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
        },
        "courseCode": "https://microcred.dev/ns/v1#courseCode",
        "imageCaption": {
          "@id": "https://microcred.dev/ns/v1#imageCaption",
          "@container": "@language"
        }
      }
    },
    "microCredentialAward": {
      "@id": "https://microcred.dev/ns/v1#microCredentialAward",
      "@context": {
        "id": "@id",
        "title": {
          "@id": "http://purl.org/dc/terms/title",
          "@container": "@language"
        },
        "description": {
          "@id": "http://purl.org/dc/terms/description",
          "@container": "@language"
        },
        "dateOfIssuing": "http://data.europa.eu/snb/model/elm/awardingDate",
        "validUntil": "https://microcred.dev/ns/v1#validUntil",
        "awardingBodies": {
          "@id": "http://data.europa.eu/snb/model/elm/awardingBody",
          "@container": "@set",
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
            "legalIdentifier": "http://data.europa.eu/snb/model/elm/legalIdentifier",
            "accreditation": {
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
        },
        "countries": {
          "@id": "https://microcred.dev/ns/v1#country",
          "@container": "@set",
          "@context": {
            "country": "http://data.europa.eu/snb/model/elm/countryCode",
            "region": "https://microcred.dev/ns/v1#region"
          }
        },
        "learner": {
          "@id": "https://microcred.dev/ns/v1#learner",
          "@context": {
            "name": "https://microcred.dev/ns/v1#learnerName",
            "givenName": "https://schema.org/givenName",
            "familyName": "https://schema.org/familyName",
            "email": "https://microcred.dev/ns/v1#email",
            "birthDate": {
              "@id": "http://data.europa.eu/snb/model/elm/dateOfBirth",
              "@type": "http://www.w3.org/2001/XMLSchema#date"
            },
            "identifiers": {
              "@id": "https://microcred.dev/ns/v1#identifier",
              "@container": "@set",
              "@context": {
                "type": "https://microcred.dev/ns/v1#identifierType",
                "value": "https://microcred.dev/ns/v1#identifierValue",
                "hashed": "https://microcred.dev/ns/v1#hashed",
                "salt": "https://microcred.dev/ns/v1#salt",
                "issuedBy": "https://microcred.dev/ns/v1#identifierIssuedBy"
              }
            }
          }
        },
        "grade": {
          "@id": "http://data.europa.eu/snb/model/elm/grade",
          "@context": {
            "value": "https://microcred.dev/ns/v1#gradeValue",
            "scale": "https://microcred.dev/ns/v1#gradeScale",
            "passed": "https://microcred.dev/ns/v1#passed"
          }
        },
        "evidence": {
          "@id": "https://microcred.dev/ns/v1#evidence",
          "@container": "@set",
          "@context": {
            "name": {
              "@id": "http://purl.org/dc/terms/title",
              "@container": "@language"
            },
            "narrative": {
              "@id": "https://microcred.dev/ns/v1#narrative",
              "@container": "@language"
            },
            "genre": "https://microcred.dev/ns/v1#genre"
          }
        }
      }
    }
  }
};
export default data;
