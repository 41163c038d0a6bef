/**
 * Official conformance: the EU's EDC SHACL shapes (EDC-generic-full, which imports
 * EDC-generic-no-cv) run with a real SHACL engine (rdf-validate-shacl) over every kind of EDC
 * microcred produces, after JSON-LD expansion with the EU's edc-ap context (read from
 * ../shared/specs at test time) and the bundled VC 1.1 context. Offline.
 *
 * Known defects of the archived edc-ap context and how microcred handles them:
 * docs/elm-context-defects.md. In short, microcred writes no term the context defines wrongly
 * except `nationalID`, the term the EU's own samples use (its IRI elm:nationalID is not the
 * elm:nationalId the shapes check; the LegalIdentifier node itself is still validated).
 */
import fc from 'fast-check';
import jsonld from 'jsonld';
import { afterAll, expect, it } from 'vitest';
import { type ElmShaclViolation, type ToElmOptions, toElm, validateElmWithShacl } from '../../src/formats/elm/index.js';
import { createDocumentLoader } from '../../src/loader/document-loader.js';
import { jsonLdOptions } from '../../src/loader/context-cache.js';
import type { MicroCredential } from '../../src/index.js';
import { microCredentialArb } from '../helpers/arbitraries.js';
import { example } from '../helpers/fixtures.js';
import { describeWithSpecs } from '../helpers/shared-specs.js';
import { cornerCases } from './corner-cases.js';
import { elmSpecs } from './elm-specs.js';

/** What the sealing step adds (issuance time and the seal's eIDAS identifier). */
const SEAL: ToElmOptions = { issued: '2025-10-21T09:30:00Z', eidasIdentifier: { notation: 'NTRGE-204864548', country: 'GE' } };
const ISSUER = 'https://www.w3.org/2018/credentials#issuer';
const ISSUED = 'https://www.w3.org/2018/credentials#issued';

describeWithSpecs('EDC SHACL conformance (EDC-generic-full + EDC-generic-no-cv)', (specsDir) => {
  const specs = elmSpecs(specsDir);
  const timings: Array<[string, number]> = [];
  const started = performance.now();

  async function validate(label: string, document: unknown): Promise<ElmShaclViolation[]> {
    const t0 = performance.now();
    const violations = await validateElmWithShacl(document, { shapes: specs.shapes, contexts: specs.contexts });
    timings.push([label, performance.now() - t0]);
    return violations;
  }

  /** Violations in a readable form for failure messages. */
  const show = (violations: ElmShaclViolation[]) => violations.map((v) => `${v.focusNode} ${v.path ?? ''}: ${v.message}`);

  afterAll(() => {
    const total = performance.now() - started;
    const lines = timings.map(([label, ms]) => `  ${label}: ${ms.toFixed(0)} ms`);
    console.info(`SHACL timings (total ${(total / 1000).toFixed(1)} s):\n${lines.join('\n')}`);
  });

  it('the EU sealed Annex I sample conforms (the validator works)', async () => {
    expect(show(await validate('EU signed sample payload', specs.signedPayload()))).toEqual([]);
  });

  it('the EU unsigned sample fails exactly on issued and the eIDAS identifier of the issuer', async () => {
    const violations = await validate('EU unsigned sample', specs.unsignedSample());
    expect(violations.map((v) => v.path).sort()).toEqual([ISSUED, ISSUER]);
    expect(violations.find((v) => v.path === ISSUER)?.message).toMatch(/IssuerNodeShape/);
  });

  it('both examples conform, sealed', async () => {
    for (const name of ['ge-ai-research', 'am-data-analytics'] as const) {
      expect(show(await validate(`example ${name}`, toElm(example(name), SEAL))), name).toEqual([]);
    }
  });

  it('every corner of the mapping conforms, sealed (national id, hybrid, QDR level, notes, attachments …)', async () => {
    const corners = cornerCases();
    expect(show(await validate('corner cases', toElm(corners, SEAL)))).toEqual([]);
    const inline = { ...corners, image: { id: 'data:image/png;base64,iVBORw0KGgo=', caption: { en: 'Badge' } } };
    expect(show(await validate('corner cases, inline image', toElm(inline, { ...SEAL, primaryLanguage: 'ka' })))).toEqual([]);
  });

  it('unsealed, an example fails only where the EU unsigned sample does', async () => {
    const violations = await validate('example am-data-analytics, unsealed', toElm(example('am-data-analytics')));
    expect(violations.map((v) => v.path).sort()).toEqual([ISSUED, ISSUER]);
  });

  it('generated micro-credentials conform, sealed (property, 10 runs)', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(microCredentialArb, async (doc: MicroCredential) => {
        const violations = await validate(`generated #${++run}`, toElm(doc, SEAL));
        expect(show(violations)).toEqual([]);
      }),
      { numRuns: 10, seed: 1014 },
    );
  });

  it('a broken credential does fail (the shapes are really applied)', async () => {
    const doc = example('ge-ai-research');
    // The accreditation scope names the same EQF concept (limitEQFLevel); JSON-LD would merge the two copies.
    delete doc.qualityAssurance[1]!.scope;
    const vc = toElm(doc, SEAL) as Record<string, any>;
    const claim = vc.credentialSubject.hasClaim[0];
    delete claim.provenBy[0].grade;
    claim.specifiedBy.eqfLevel.inScheme.id = 'http://example.org/not-eqf';
    const violations = await validate('broken example', vc);
    const paths = violations.map((v) => v.path);
    expect(paths).toContain('http://data.europa.eu/snb/model/elm/grade');
    expect(paths).toContain('http://data.europa.eu/snb/model/elm/EQFLevel');
  });

  it('every term microcred writes is defined by the contexts (JSON-LD safe mode drops nothing)', async () => {
    const loader = createDocumentLoader({ extraContexts: specs.contexts });
    const expand = (doc: unknown) => jsonld.expand(doc, { ...jsonLdOptions(loader), safe: true });
    for (const name of ['ge-ai-research', 'am-data-analytics'] as const) await expand(toElm(example(name), SEAL));
    await fc.assert(
      fc.asyncProperty(microCredentialArb, async (doc) => {
        await expand(toElm(doc, SEAL));
      }),
      { numRuns: 20, seed: 1015 },
    );
  });

  it('reports a document JSON-LD cannot read instead of throwing', async () => {
    const violations = await validate('unknown context', { '@context': ['https://example.org/unknown'], type: 'X' });
    expect(violations).toHaveLength(1);
    expect(violations[0]!.message).toMatch(/cannot be read as JSON-LD/);
  });
});
