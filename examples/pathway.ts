/**
 * Stacking: the Georgian sample's three research-skills micro-credentials (7 + 9 + 9 ECTS)
 * evaluated against the pathway that lets the university recognise up to 25 ECTS in the research
 * component; the institution records its decision (JSON and CSV) and awards the larger credential,
 * which links its parts by digest.
 * Run: npx tsx examples/pathway.ts
 */
import { readFileSync } from 'node:fs';
import { type MicroCredential, type Pathway, createMicroCredential, generateKey } from 'microcred';
import { createRecognitionRecord, evaluatePathway, issueAggregate, recognitionRecordToCsv, verifyAggregate } from 'microcred/pathway';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const sample = read('./ge-ai-research.json') as MicroCredential;
const pathway = read('./pathways/ge-research-component.json') as Pathway;

// The university's key (a real one would be did:web:university.example.ge, as the pathway names).
const key = await generateKey({ suite: 'eddsa-jcs-2022' });
pathway.criteria!.awardingBodies!.ids = [key.controller];
const award = (slug: string, title: string, ects: number) =>
  createMicroCredential(
    { ...sample, id: `urn:uuid:${crypto.randomUUID()}`, title: { en: title, ka: title }, achievementId: `https://university.example.ge/achievements/${slug}`, workload: { ects } },
    { key, profile: 'ge' },
  );
const credentials = [
  await createMicroCredential(sample, { key, profile: 'ge' }),
  await award('research-methods', 'Quantitative and Qualitative Research Methods', 9),
  await award('academic-work', 'Academic Work', 9),
];

const evaluation = await evaluatePathway(pathway, credentials);
console.log(evaluation.eligible, evaluation.totalEcts, '—', evaluation.recommendation);

const record = createRecognitionRecord({
  evaluation,
  learner: sample.learner,
  institution: pathway.target.institution,
  programme: { title: pathway.target.programmes![1]!.title, component: pathway.target.component },
  route: 'lisbon-recognition-convention',
  decidedBy: { name: 'Faculty Recognition Committee' },
});
console.log(recognitionRecordToCsv(record).split('\r\n')[1]);

const aggregate = await issueAggregate(pathway, evaluation, { key });
const report = await verifyAggregate(aggregate, credentials);
console.log('aggregate:', report.verdict, report.parts.map((p) => p.status).join(' '));
if (!evaluation.eligible || !report.verified || report.parts.some((p) => p.status !== 'pass')) throw new Error('the sample pathway must complete');
