/**
 * microcred's Open Badges 2.0 extensions: the Annex I elements OB 2.0 has no place for, in full
 * (every language), so a badge microcred wrote reads back exactly. Each carries its own inline
 * context mapping its one property to a JSON literal, so the documents expand under the OB 2.0
 * context with JSON-LD safe mode and no extra context to fetch.
 */
import type { MicroCredential } from '../../model/types.generated.js';
import { ACHIEVEMENT_EXTENSION_FIELDS, pick } from '../ob3/mapping.js';

/** On the BadgeClass: the course-level Annex I elements. */
export const COURSE_EXTENSION = 'extensions:MicroCredentialExtension';
/** On the Assertion: the award-level elements (grade, awarding bodies, …; not the learner). */
export const AWARD_EXTENSION = 'extensions:MicroCredentialAwardExtension';

/** Award fields carried by {@link AWARD_EXTENSION}; the learner is the (hashed) recipient, dates and evidence are native. */
export const AWARD_FIELDS = ['awardingBodies', 'countries', 'grade', 'related'] as const satisfies ReadonlyArray<keyof MicroCredential>;

const inlineContext = (term: string) => ({
  [term]: { '@id': `https://microcred.dev/ns/v1#ob2${term[0]!.toUpperCase()}${term.slice(1)}`, '@type': '@json' },
});

export function courseExtension(mc: MicroCredential): Record<string, unknown> {
  return { '@context': inlineContext('microCredential'), type: ['Extension', COURSE_EXTENSION], microCredential: pick(mc, ACHIEVEMENT_EXTENSION_FIELDS) };
}

export function awardExtension(mc: MicroCredential): Record<string, unknown> {
  return { '@context': inlineContext('microCredentialAward'), type: ['Extension', AWARD_EXTENSION], microCredentialAward: pick(mc, AWARD_FIELDS) };
}

/** The badge image when a MicroCredential has none (OB 2.0 requires one): a plain green disc, as a data: URI. */
export const DEFAULT_BADGE_IMAGE =
  'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCA2NCA2NCI+PHRpdGxlPm1pY3JvLWNyZWRlbnRpYWw8L3RpdGxlPjxjaXJjbGUgY3g9IjMyIiBjeT0iMzIiIHI9IjMwIiBmaWxsPSIjMWE1ZTNhIi8+PC9zdmc+';
