/**
 * Open Badges 2.0 out and back: a micro-credential as the hosted Assertion, BadgeClass and issuer
 * profile an LMS reads, and the Annex I elements read back from them with fromOpenBadge2.
 * Run: npx tsx examples/open-badges-2.ts
 */
import { readFileSync } from 'node:fs';
import { fromOpenBadge2, toOpenBadge2 } from 'microcred';

const mc = { ...JSON.parse(readFileSync(new URL('./ge-ai-research.json', import.meta.url), 'utf8')), learner: { email: 'nino@example.ge' } };
const { assertion, badge, issuer } = toOpenBadge2(mc, { baseUrl: 'https://badges.university.example.ge' });
console.log('assertion', assertion.id, '→ recipient', assertion.recipient.identity);
console.log('badge    ', badge.id, '→', badge.name);
console.log('issuer   ', issuer.id);

// What verify(…, { online: true }) reports as `credential`: the assertion with its badge and issuer.
const back = fromOpenBadge2({ ...assertion, badge: { ...badge, issuer } });
console.log('read back:', back.workload.ects, 'ECTS, EQF', back.level.eqf, '— linked to', back.related?.[0]?.id);
