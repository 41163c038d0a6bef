import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MicrocredError } from '../../errors.js';
import type { KeyFile } from '../../keys/types.js';
import type { Pathway } from '../../model/types.generated.js';
import { recognitionRecordToCsv } from '../../pathway/csv.js';
import { evaluatePathway } from '../../pathway/evaluate.js';
import { issueRecognitionCredential } from '../../pathway/recognition-credential.js';
import { type RecognitionDecision, createRecognitionRecord } from '../../pathway/record.js';
import { validatePathway } from '../../pathway/schema.js';
import type { EvaluatePathwayOptions, PathwayEvaluation } from '../../pathway/types.js';
import { EXIT, type Io, UsageError, readJsonFile, readKeyJson, readUserFile } from '../io.js';
import { readTrustList } from './verify.js';

export interface PathwayEvaluateFlags {
  json?: boolean;
  trust?: string;
  learner?: string;
  enrolmentDate?: string;
  at?: string;
  offline?: boolean;
  allow?: string[];
  allowPrivateNetwork?: boolean;
  requireStatus?: boolean;
}

export interface PathwayRecordFlags extends PathwayEvaluateFlags {
  decision: string;
  format?: 'json' | 'csv';
  output?: string;
  key?: string;
  credential?: string;
}

/** Reads the pathway file and refuses an invalid one with every finding (exit 2). */
async function readPathway(path: string): Promise<Pathway> {
  const value = await readJsonFile(path);
  const issues = validatePathway(value);
  if (issues.length > 0) throw new UsageError(`${path}: not a valid pathway:\n${issues.slice(0, 10).map((i) => `  ${i.pointer || '/'}: ${i.message}`).join('\n')}`);
  return value as Pathway;
}

/** The credentials as bytes: verify() reads JSON, VC-JWTs, sealed EDCs and baked PNG/SVG badges alike. */
async function evaluateFiles(pathwayFile: string, files: string[], flags: PathwayEvaluateFlags): Promise<{ pathway: Pathway; evaluation: PathwayEvaluation }> {
  const pathway = await readPathway(pathwayFile);
  const inputs = await Promise.all(files.map(async (file) => new Uint8Array(await readUserFile(file))));
  for (const [name, value] of [['--at', flags.at], ['--enrolment-date', flags.enrolmentDate]] as const) {
    if (value !== undefined && Number.isNaN(Date.parse(value))) throw new UsageError(`${name} ${value}: not an ISO 8601 date`);
  }
  if (flags.offline && (flags.allow !== undefined || flags.allowPrivateNetwork)) throw new UsageError('--offline fetches nothing: it cannot go with --allow or --allow-private-network');
  const options: EvaluatePathwayOptions = {
    // Online is the CLI's default, as for microcred verify: revocation and remote keys get checked.
    online: flags.offline ? false : { allow: flags.allow ?? ['*'], allowPrivateNetwork: flags.allowPrivateNetwork === true },
    requireStatus: flags.requireStatus === true,
  };
  if (flags.trust) options.trust = await readTrustList(flags.trust);
  if (flags.learner) options.learner = flags.learner;
  if (flags.enrolmentDate) options.enrolmentDate = flags.enrolmentDate;
  if (flags.at) options.at = flags.at;
  try {
    return { pathway, evaluation: await evaluatePathway(pathway, inputs, options) };
  } catch (error) {
    if (error instanceof MicrocredError && error.code === 'ERR_TOO_MANY_CREDENTIALS') throw new UsageError(error.message);
    throw error;
  }
}

/** The evaluation for a person: the proposal first, then each file, then what is missing. */
export function formatEvaluation(evaluation: PathwayEvaluation, files: readonly string[]): string {
  const lines = [evaluation.eligible ? 'ELIGIBLE (a recommendation, not an entitlement)' : 'NOT YET ELIGIBLE', evaluation.recommendation, ''];
  lines.push(`Credentials (${evaluation.totalEcts} ECTS counted after caps, ${evaluation.statedEcts} stated):`);
  for (const c of [...evaluation.credentials].sort((a, b) => a.input - b.input)) {
    const mark = c.outcome === 'counted' ? '✓' : c.outcome === 'flagged' ? '!' : '✗';
    const what = `${basename(files[c.input] ?? String(c.input))}${c.title ? ` — ${c.title}` : ''}`;
    const caps = c.capsApplied.length ? ` (capped: ${c.capsApplied.join(', ')})` : '';
    lines.push(`  ${mark} ${c.outcome.padEnd(8)} ${String(c.credits).padStart(5)} ECTS  ${c.member ? `${c.member}: ` : ''}${what}${caps}`);
    for (const r of c.reasons.slice(0, 1)) lines.push(`      ${r.message} [${r.code}]`);
    for (const f of c.flags) lines.push(`      note: ${f.message} [${f.code}]`);
  }
  if (evaluation.missing.length) {
    lines.push('', 'Missing:');
    for (const m of evaluation.missing) lines.push(`  - ${m.message}`);
  }
  if (evaluation.outcomes) {
    lines.push('', `Learning outcomes of the target covered: ${evaluation.outcomes.covered} of ${evaluation.outcomes.total}`);
    for (const o of evaluation.outcomes.items) lines.push(`  ${o.covered ? '✓' : '·'} ${o.text ?? o.id ?? o.outcome}${o.by.length ? ` (${o.by.map((b) => b.match === 'esco' ? `ESCO ${b.esco}` : 'same text').join(', ')})` : ''}`);
  }
  return lines.join('\n');
}

/** `microcred pathway evaluate`: exit 0 eligible, 1 not (yet) eligible, 2 usage. */
export async function pathwayEvaluateCommand(pathwayFile: string, files: string[], flags: PathwayEvaluateFlags, io: Io): Promise<number> {
  const { evaluation } = await evaluateFiles(pathwayFile, files, flags);
  io.out(flags.json ? JSON.stringify(evaluation, null, 2) : formatEvaluation(evaluation, files));
  return evaluation.eligible ? EXIT.OK : EXIT.FAILED;
}

/**
 * `microcred pathway record`: evaluates the credentials, then records the institution's decision
 * (the decision file: route, decidedBy, and anything else of a RecognitionDecision; institution,
 * programme and learner default to the pathway's and the credentials'). Exit 0 recorded, 2 usage.
 */
export async function pathwayRecordCommand(pathwayFile: string, files: string[], flags: PathwayRecordFlags, io: Io): Promise<number> {
  const decision = (await readJsonFile(flags.decision)) as Partial<RecognitionDecision>;
  if (!decision || typeof decision !== 'object' || Array.isArray(decision)) throw new UsageError(`${flags.decision}: a decision is a JSON object, e.g. { "route": "rpl", "decidedBy": { "name": "Recognition Committee" } }`);
  const { pathway, evaluation } = await evaluateFiles(pathwayFile, files, flags);
  const [programme] = pathway.target.programmes ?? [];
  const defaultProgramme = programme
    ? { ...(programme.id ? { id: programme.id } : {}), title: programme.title, ...(pathway.target.component ? { component: pathway.target.component } : {}) }
    : { title: pathway.target.title };
  const learner = decision.learner ?? (evaluation.learner ? { id: evaluation.learner } : undefined);
  if (!learner) throw new UsageError(`${flags.decision}: the credentials name no learner id; give "learner" in the decision file`);
  if (typeof decision.route !== 'string' || typeof decision.decidedBy?.name !== 'string') {
    throw new UsageError(`${flags.decision}: the decision needs "route" ("lisbon-recognition-convention" or "rpl") and "decidedBy": { "name": … }`);
  }
  const agreement = decision.agreement ?? pathway.source.agreement;
  const record = createRecognitionRecord({
    ...decision,
    route: decision.route,
    decidedBy: decision.decidedBy,
    institution: decision.institution ?? pathway.target.institution,
    programme: decision.programme ?? defaultProgramme,
    ...(agreement ? { agreement } : {}),
    learner,
    evaluation,
  });
  const text = flags.format === 'csv' ? recognitionRecordToCsv(record) : `${JSON.stringify(record, null, 2)}\n`;
  if (flags.output) await writeFile(flags.output, text, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') throw new UsageError(`${flags.output}: exists; refusing to overwrite`);
    throw error;
  });
  else io.out(text.trimEnd());
  if (flags.key) {
    if (!flags.credential) throw new UsageError('--key signs the record to the learner: give --credential <file> to write it to');
    const key = (await readKeyJson(flags.key, io)) as KeyFile;
    const credential = await issueRecognitionCredential(record, { key });
    await writeFile(flags.credential, typeof credential === 'string' ? credential : `${JSON.stringify(credential, null, 2)}\n`, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') throw new UsageError(`${flags.credential}: exists; refusing to overwrite`);
      throw error;
    });
  }
  io.err(`recorded: ${record.decision}, ${record.recognisedEcts} ECTS, ${record.credentials.length} credential(s)${flags.output ? ` → ${flags.output}` : ''}${flags.credential && flags.key ? `; signed to the learner → ${flags.credential}` : ''}`);
  return EXIT.OK;
}
