/**
 * The EU reference files the ELM tests read from ../shared/specs/elm at test time (never copied
 * into the repository): the edc-ap context, the EDC shapes, the vocabulary enumerations and the
 * EU Annex I sample credentials.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { EDC_AP_CONTEXT } from '../../src/formats/elm/index.js';

export function elmSpecs(specsDir: string) {
  const dir = `${specsDir}/elm/`;
  const read = (path: string) => readFileSync(dir + path, 'utf8');
  const signedJws = JSON.parse(read('samples/Sample-MC-Annex1-signed.jsonld')) as { payload: string; signatures: unknown[] };
  return {
    /** EDC-generic-full and the EDC-generic-no-cv shapes it imports. */
    shapes: [read('shapes/EDC-generic-full.ttl'), read('shapes/EDC-generic-no-cv.ttl')],
    contexts: { [EDC_AP_CONTEXT]: JSON.parse(read('edc-ap-context.jsonld')) as object },
    unsignedSample: () => JSON.parse(read('samples/Sample-MC-Annex1-unsigned.jsonld')) as Record<string, unknown>,
    signedJws: () => structuredClone(signedJws),
    signedPayload: () => JSON.parse(signedJws.payload) as Record<string, unknown>,
    /** Every concept IRI the EU vocabulary files enumerate. */
    vocabularyIris: (): Set<string> => {
      const iris = new Set<string>();
      for (const file of readdirSync(`${dir}vocabularies/xsd`)) {
        for (const match of read(`vocabularies/xsd/${file}`).matchAll(/value="(https?:[^"]+)"/g)) iris.add(match[1]!);
      }
      const lists = JSON.parse(read('vocabularies/controlled-vocabularies.json')) as Record<string, Array<[string, string]>>;
      for (const list of Object.values(lists)) for (const [iri] of list) iris.add(iri);
      return iris;
    },
    /** Every IRI the EU samples use (for schemes the shared specs hold no vocabulary file of). */
    sampleIris: (): Set<string> => new Set([...read('samples/Sample-MC-Annex1-unsigned.jsonld').matchAll(/"(https?:\/\/[^"]+)"/g)].map((m) => m[1]!)),
  };
}
