import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bake } from '../../src/bake.js';
import { generateKey } from '../../src/index.js';
import { run } from '../../src/cli/main.js';
import type { KeyFile } from '../../src/keys/types.js';
import { scratch } from '../helpers/cli.js';
import { png } from '../helpers/png.js';
import { LEARNER, geCredential, issue, pathwayExample } from './helpers.js';

/** Runs the CLI in-process, capturing what it prints. */
async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('microcred pathway evaluate | record', () => {
  const dir = scratch();
  let key: KeyFile;
  let files: string[];
  let pathwayFile: string;

  beforeAll(async () => {
    key = await generateKey({ suite: 'eddsa-jcs-2022' });
    const pathway = pathwayExample('ge-research-component');
    pathway.criteria!.awardingBodies!.ids = [key.controller];
    pathwayFile = dir.write('pathway.json', JSON.stringify(pathway));
    const ai = await issue(geCredential('ai-research-skills', 'AI for Enhancing Research Skills in Higher Education', 7), key);
    const methods = await issue(geCredential('research-methods', 'Quantitative and Qualitative Research Methods', 9), key);
    const academic = await issue(geCredential('academic-work', 'Academic Work', 9), key);
    files = [
      dir.write('ai.json', JSON.stringify(ai)),
      dir.write('methods.json', JSON.stringify(methods)),
      dir.write('academic.png', bake(academic, png()) as Uint8Array),
    ];
    dir.write('key.json', JSON.stringify(key));
  });

  it('evaluate: a recommendation for a person, exit 0 when eligible', async () => {
    const result = await cli('pathway', 'evaluate', pathwayFile, ...files, '--offline');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ELIGIBLE \(a recommendation, not an entitlement\)\nRecommendation to Example State University/);
    expect(result.stdout).toContain('academic.png — Academic Work');
    expect(result.stdout).toContain('25 ECTS counted after caps');
  });

  it('evaluate --json; exit 1 when not yet eligible; exit 2 on an invalid pathway or a missing file', async () => {
    const json = await cli('pathway', 'evaluate', pathwayFile, files[0]!, '--offline', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ eligible: false, totalEcts: 7 });
    const bad = dir.write('bad-pathway.json', JSON.stringify({ id: 'x' }));
    const invalid = await cli('pathway', 'evaluate', bad, files[0]!, '--offline');
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('not a valid pathway');
    expect((await cli('pathway', 'evaluate', pathwayFile, dir.path('nope.json'), '--offline')).code).toBe(2);
  });

  it('record: JSON and CSV, signed to the learner with --key', async () => {
    const decision = dir.write('decision.json', JSON.stringify({ route: 'lisbon-recognition-convention', decidedBy: { name: 'Faculty Recognition Committee' }, decidedAt: '2026-02-01' }));
    const json = await cli('pathway', 'record', pathwayFile, ...files, '--offline', '--decision', decision, '-k', dir.path('key.json'), '--credential', dir.path('recognition.json'));
    expect(json.code).toBe(0);
    const record = JSON.parse(json.stdout);
    expect(record).toMatchObject({ decision: 'recognised', recognisedEcts: 25, learner: { id: LEARNER }, programme: { title: { en: 'MA Higher Education Administration' } } });
    expect(JSON.parse(readFileSync(dir.path('recognition.json'), 'utf8')).credentialSubject.creditsEarned).toBe(25);
    const csv = await cli('pathway', 'record', pathwayFile, ...files, '--offline', '--decision', decision, '--format', 'csv');
    expect(csv.stdout.split('\r\n')).toHaveLength(4);
    const noRoute = dir.write('no-route.json', JSON.stringify({ decidedBy: { name: 'x' } }));
    expect((await cli('pathway', 'record', pathwayFile, ...files, '--offline', '--decision', noRoute)).code).toBe(2);
  });
});
