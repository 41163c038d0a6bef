import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import {
  MICROCRED_CONTEXT_V1,
  OB_V3_CONTEXT,
  VC_V2_CONTEXT,
  fromOpenBadge,
  hashIdentifier,
  parseOpenBadge,
  toOpenBadge,
  validateMicroCredential,
} from '../../src/index.js';
import { defaultDocumentLoader } from '../../src/loader/default.js';
import { jsonLdOptions } from '../../src/loader/index.js';
import { microCredentialArb } from '../helpers/arbitraries.js';
import { example, repoRoot } from '../helpers/fixtures.js';

const ISSUER = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

/** Expands in JSON-LD safe mode (throws on dropped terms) and returns the expanded JSON text. */
async function expandSafely(credential: object): Promise<string> {
  return JSON.stringify(await jsonld.expand(credential, { ...jsonLdOptions(defaultDocumentLoader()), safe: true } as never));
}

describe('toOpenBadge', () => {
  it('maps the Georgian example to an OpenBadgeCredential on VC 2.0', () => {
    const vc = toOpenBadge(example('ge-ai-research'), { issuer: ISSUER });
    // The example states structured accreditation (a right to implement with its scope): it needs the accreditation context.
    expect(vc['@context']).toEqual([VC_V2_CONTEXT, OB_V3_CONTEXT, MICROCRED_CONTEXT_V1, 'https://microcred.dev/contexts/accreditation-v1.json']);
    const plain = example('ge-ai-research');
    plain.qualityAssurance = plain.qualityAssurance.map(({ accreditationType: _t, scope: _s, ...rest }) => rest);
    expect(toOpenBadge(plain, { issuer: ISSUER })['@context']).toEqual([VC_V2_CONTEXT, OB_V3_CONTEXT, MICROCRED_CONTEXT_V1]);
    expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(vc.id).toBe('urn:uuid:4c2b6a2e-8f0e-4d7a-9a51-2f6f1b0c9e11');
    expect(vc.validFrom).toBe('2025-10-20T00:00:00Z');
    expect(vc.issuer).toMatchObject({ id: ISSUER, type: ['Profile'], name: 'Example State University', address: { addressCountryCode: 'GE', addressRegion: 'Tbilisi' } });
    const { achievement } = vc.credentialSubject;
    expect(achievement).toMatchObject({ achievementType: 'MicroCredential', creditsAvailable: 7, inLanguage: 'en', name: 'AI for Enhancing Research Skills in Higher Education' });
    expect(achievement.criteria.narrative!.split('\n')).toHaveLength(12);
    expect(achievement.alignment).toContainEqual(expect.objectContaining({ targetUrl: 'http://data.europa.eu/snb/eqf/7' }));
    expect(vc.credentialSubject.id).toBe('did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK');
    expect(vc.credentialSubject.identifier).toContainEqual({ type: 'IdentityObject', identityType: 'name', identityHash: 'Nino Beridze', hashed: false });
  });

  it('carries the Georgian title in the extension, and can use Georgian for the plain fields', () => {
    const doc = example('ge-ai-research');
    const vc = toOpenBadge(doc, { issuer: ISSUER });
    expect((vc.credentialSubject.achievement.microCredential as { title: unknown }).title).toEqual(doc.title);
    const ka = toOpenBadge(doc, { issuer: ISSUER, language: 'ka' });
    expect(ka.credentialSubject.achievement.name).toBe(doc.title.ka);
    expect(ka.credentialSubject.achievement.inLanguage).toBe('ka');
  });

  it('maps grades to result and resultDescription', () => {
    const vc = toOpenBadge(example('am-data-analytics'), { issuer: ISSUER });
    const { achievement, result } = vc.credentialSubject;
    expect(achievement.resultDescription).toEqual([{ id: `${achievement.id}#grade`, type: ['ResultDescription'], name: 'Grade', resultType: 'Percent' }]);
    expect(result).toEqual([{ type: ['Result'], resultDescription: `${achievement.id}#grade`, value: '85', status: 'Completed' }]);
  });

  it('gives every award of one course the same achievement id', () => {
    const a = example('ge-ai-research');
    const b = { ...example('ge-ai-research'), id: 'urn:uuid:00000000-0000-4000-8000-000000000000', learner: { name: 'Giorgi' } };
    expect(toOpenBadge(a, { issuer: ISSUER }).credentialSubject.achievement.id).toBe(toOpenBadge(b, { issuer: ISSUER }).credentialSubject.achievement.id);
  });

  it('emits VC 1.1 for older wallets', () => {
    const vc = toOpenBadge({ ...example('am-data-analytics'), validUntil: '2028-06-30' }, { issuer: ISSUER, vcVersion: '1.1' });
    expect(vc['@context'][0]).toBe('https://www.w3.org/2018/credentials/v1');
    expect(vc.issuanceDate).toBe('2025-06-30T00:00:00Z');
    expect(vc.expirationDate).toBe('2028-06-30T00:00:00Z');
    expect(vc.validFrom).toBeUndefined();
  });

  it('needs an issuer id', () => {
    const doc = example('am-data-analytics');
    delete doc.awardingBodies[0]!.id;
    expect(() => toOpenBadge(doc)).toThrow(expect.objectContaining({ code: 'ERR_ISSUER_REQUIRED' }));
  });

  it('defines every term it uses (JSON-LD safe mode, no issuer-dependent terms), in VC 2.0 and 1.1', async () => {
    for (const name of ['ge-ai-research', 'am-data-analytics'] as const) {
      for (const vcVersion of ['2.0', '1.1'] as const) {
        const expanded = await expandSafely(toOpenBadge(example(name), { issuer: ISSUER, vcVersion }));
        expect(expanded).not.toContain('issuer-dependent');
        expect(expanded).toContain('http://data.europa.eu/snb/model/elm/learningOutcome');
      }
    }
    expect(await expandSafely(toOpenBadge(example('ge-ai-research'), { issuer: ISSUER }))).toContain('ხელოვნური ინტელექტის');
  });

  it('defines every term for arbitrary micro-credentials', async () => {
    await fc.assert(
      fc.asyncProperty(microCredentialArb, async (doc) => {
        expect(await expandSafely(toOpenBadge(doc, { issuer: ISSUER }))).not.toContain('issuer-dependent');
      }),
      { numRuns: 25, seed: 1004 },
    );
  });
});

describe('fromOpenBadge', () => {
  it('gives back both examples exactly', () => {
    for (const name of ['ge-ai-research', 'am-data-analytics'] as const) {
      for (const vcVersion of ['2.0', '1.1'] as const) {
        expect(fromOpenBadge(toOpenBadge(example(name), { issuer: ISSUER, vcVersion }))).toEqual(example(name));
      }
    }
  });

  it('round-trips any valid micro-credential (property)', () => {
    fc.assert(
      fc.property(microCredentialArb, fc.constantFrom('2.0', '1.1'), (doc, vcVersion) => {
        const schemaErrors = validateMicroCredential(doc).errors.filter((e) => !e.rule);
        expect(schemaErrors).toEqual([]);
        const vc = toOpenBadge(doc, { issuer: ISSUER, vcVersion: vcVersion as '2.0' | '1.1' });
        // A document without an id gets one when mapped: everything else comes back as it was.
        expect(fromOpenBadge(vc)).toEqual({ ...doc, id: vc.id });
      }),
      { numRuns: 300, seed: 1005 },
    );
  });

  it("reads other issuers' OB 3.0 credentials best-effort, with warnings", () => {
    const thirdParty = {
      '@context': [VC_V2_CONTEXT, OB_V3_CONTEXT],
      id: 'https://badges.example.org/a/1',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'https://badges.example.org', type: ['Profile'], name: 'Example Academy', address: { type: ['Address'], addressCountryCode: 'DE' } },
      validFrom: '2024-05-01T00:00:00Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [{ type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: hashIdentifier('ana@example.org', 'salt'), salt: 'salt' }],
        achievement: {
          id: 'https://badges.example.org/achievements/python',
          type: ['Achievement'],
          name: 'Python for Data',
          description: 'Intro course',
          criteria: { narrative: '1. Writes Python scripts\n2. Uses pandas' },
          creditsAvailable: 3,
          alignment: [{ type: ['Alignment'], targetName: 'EQF 5', targetUrl: 'http://data.europa.eu/snb/eqf/5' }],
        },
        result: [{ type: ['Result'], value: 'B' }],
      },
    };
    const parsed = parseOpenBadge(thirdParty);
    expect(parsed.lossless).toBe(false);
    expect(parsed.microCredential).toMatchObject({
      title: { en: 'Python for Data' },
      awardingBodies: [{ id: 'https://badges.example.org', name: { en: 'Example Academy' }, country: 'DE' }],
      dateOfIssuing: '2024-05-01T00:00:00Z',
      learningOutcomes: [{ text: { en: 'Writes Python scripts' } }, { text: { en: 'Uses pandas' } }],
      workload: { ects: 3 },
      level: { eqf: 5 },
      grade: { value: 'B' },
      learner: { identifiers: [{ type: 'emailAddress', hashed: true }] },
    });
    expect(parsed.warnings.map((w) => w.pointer)).toEqual(expect.arrayContaining(['/assessment', '/participation', '/qualityAssurance']));
  });
});

describe('the microcred extension context', () => {
  it('is pinned by content hash (a change needs a new URL)', () => {
    const bytes = readFileSync(`${repoRoot}contexts/microcred-v1.json`);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('a829a056242e2732007eb515eb3c99a8fc2ca6065b6c9a974bbf9b25d302f3ce');
  });

  it('is protected and maps Annex I elements to ELM IRIs', () => {
    const context = JSON.parse(readFileSync(`${repoRoot}contexts/microcred-v1.json`, 'utf8'))['@context'];
    expect(context['@protected']).toBe(true);
    const scoped = context.microCredential['@context'];
    expect(scoped.learningOutcomes['@id']).toBe('http://data.europa.eu/snb/model/elm/learningOutcome');
    expect(scoped.qualityAssurance['@id']).toBe('http://data.europa.eu/snb/model/elm/accreditation');
    expect(scoped.supervision).toBe('http://data.europa.eu/snb/model/elm/idVerification');
    expect(scoped.prerequisites['@id']).toBe('http://data.europa.eu/snb/model/elm/entryRequirement');
  });
});
