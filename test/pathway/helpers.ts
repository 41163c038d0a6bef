import { readFileSync } from 'node:fs';
import { createMicroCredential } from '../../src/index.js';
import type { KeyFile } from '../../src/keys/types.js';
import type { MicroCredential, Pathway } from '../../src/model/index.js';
import { nameBasedUrn } from '../../src/formats/ob3/ids.js';
import { example, repoRoot } from '../helpers/fixtures.js';

/** A fresh copy of one of the example pathways. */
export function pathwayExample(name: 'ge-research-component' | 'am-project-management-advanced'): Pathway {
  return JSON.parse(readFileSync(`${repoRoot}examples/pathways/${name}.json`, 'utf8')) as Pathway;
}

export const LEARNER = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';

/** A Georgian research-skills micro-credential: the sample, renamed and re-credited. */
export function geCredential(slug: string, title: string, ects: number, extra: Partial<MicroCredential> = {}): MicroCredential {
  const doc = example('ge-ai-research');
  return {
    ...doc,
    id: nameBasedUrn(`test:${slug}:${ects}`),
    title: { en: title, ka: title },
    achievementId: `https://university.example.ge/achievements/${slug}`,
    workload: { ects, hoursPerCredit: 25, hours: ects * 25 },
    ...extra,
  };
}

/** Signs a MicroCredential with `key` under the ge profile. */
export async function issue(doc: MicroCredential, key: KeyFile, suite?: string): Promise<Record<string, unknown>> {
  return (await createMicroCredential(doc, { key, profile: 'ge', ...(suite ? { suite } : {}) })) as Record<string, unknown>;
}

/** An Armenian project-management badge (the am sample, re-titled), EQF 5, ISCED-F 0413, 5 ECTS. */
export function amBadge(slug: string, title: string, ects = 5, extra: Partial<MicroCredential> = {}): MicroCredential {
  const doc = example('am-data-analytics');
  return {
    ...doc,
    id: nameBasedUrn(`test:am:${slug}:${ects}`),
    title: { en: title, hy: title },
    achievementId: `https://university.example.am/achievements/${slug}`,
    workload: { ects, hoursPerCredit: 30, hours: ects * 30 },
    fieldOfStudy: { iscedF: '0413' },
    learner: { id: 'did:example:anahit', name: 'Anahit Petrosyan' },
    ...extra,
  };
}
