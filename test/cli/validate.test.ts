import { describe, expect, it } from 'vitest';
import { cli, scratch } from '../helpers/cli.js';
import { example } from '../helpers/fixtures.js';

const { write: file } = scratch();

describe('microcred validate', () => {
  it('exits 0 for a valid document and prints warnings', () => {
    const r = cli('validate', 'examples/ge-ai-research.json', '--profile', 'ge');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid under profile ge@2.0.0');
    expect(r.stdout).toContain('DELIVERING_BODIES_MISSING');
  });

  it('exits 1 for an invalid document, listing every error with pointer and code', () => {
    const r = cli('validate', 'examples/am-data-analytics.json', '--profile', 'ge');
    expect(r.code).toBe(1);
    for (const code of ['NQF_LEVEL_NOT_ALLOWED', 'TITLE_LANGUAGE_MISSING', 'IMAGE_MISSING']) expect(r.stdout).toContain(code);
    expect(r.stdout).toContain('/level/nqf/level');
  });

  it('prints the full result as JSON with --json', () => {
    const r = cli('validate', 'examples/am-data-analytics.json', '--profile', 'am', '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ valid: true, profile: { id: 'am' } });
    expect(result.warnings).toEqual([]);
  });

  it('defaults to the eu profile', () => {
    expect(cli('validate', 'examples/am-data-analytics.json').stdout).toContain('profile eu@1.0.0');
  });

  it('accepts a profile definition file', () => {
    const profile = file('nzqa.json', JSON.stringify({
      id: 'nzqa', version: '1.0.0', title: 'NZQA', extends: 'eu',
      rules: [{ id: 'nzqa.credits', kind: 'range', path: '/workload/ects', max: 5, severity: 'error', code: 'CREDITS_OUT_OF_RANGE',
        message: '{field}: at most {max}; got {value}', source: { document: 'NZQA', locator: '4.1' } }],
    }));
    const r = cli('validate', 'examples/am-data-analytics.json', '--profile', profile);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('workload.ects: at most 5; got 10');
  });

  it('exits 2 for usage errors and unreadable or non-JSON files', () => {
    expect(cli('validate').code).toBe(2);
    expect(cli('validate', 'missing.json').code).toBe(2);
    expect(cli('validate', file('bad.json', '{ not json')).code).toBe(2);
    expect(cli('validate', 'examples/ge-ai-research.json', '--profile', 'xx').code).toBe(2);
    expect(cli('validate', 'examples/ge-ai-research.json', '--bogus').code).toBe(2);
    expect(cli('frobnicate').code).toBe(2);
    const r = cli('validate', 'missing.json');
    expect(r.stderr).toContain('missing.json: cannot read file');
  });

  it('treats a JSON file that is not a micro-credential as invalid (1), not a crash', () => {
    expect(cli('validate', file('array.json', '[1,2]')).code).toBe(1);
    expect(cli('validate', file('proto.json', JSON.stringify(example('ge-ai-research')).replace('{', '{"__proto__":{"x":1},'))).code).toBe(1);
  });

  it('answers --help and --version', () => {
    const help = cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('validate');
    const version = cli('--version');
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(cli('validate', '--help').stdout).toContain('Exit codes');
  });

});
