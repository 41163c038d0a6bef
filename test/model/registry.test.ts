import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, type ProfileDefinition, ProfileRegistry, validateMicroCredential } from '../../src/index.js';
import { example } from '../helpers/fixtures.js';

const nzqa: ProfileDefinition = {
  id: 'nzqa',
  version: '1.0.0',
  title: 'New Zealand (NZQA)',
  extends: 'eu',
  rules: [
    {
      id: 'nzqa.credits', kind: 'range', path: '/workload/ects', max: 40, severity: 'error', code: 'CREDITS_OUT_OF_RANGE',
      message: '{field}: NZQA micro-credentials carry at most {max} credits; got {value}',
      source: { document: 'Thematic analysis (seeds/002_f7108808752e933b.txt)', locator: '002:503' },
    },
  ],
};

describe('ProfileRegistry', () => {
  it('lists the built-in profiles with versions', () => {
    expect(new ProfileRegistry().list().map((p) => `${p.id}@${p.version}`)).toEqual(['eu@1.0.0', 'ge@2.0.0', 'am@2.0.0']);
  });

  it('registers a custom profile that extends eu, without touching other registries', () => {
    const profiles = new ProfileRegistry().register(nzqa);
    const doc = example('am-data-analytics');
    doc.workload = { ects: 45, hours: 450 };
    const result = validateMicroCredential(doc, { profile: 'nzqa', profiles });
    expect(result.profile).toEqual({ id: 'nzqa', version: '1.0.0', chain: ['eu@1.0.0', 'nzqa@1.0.0'] });
    expect(result.errors.map((e) => e.message)).toEqual(['workload.ects: NZQA micro-credentials carry at most 40 credits; got 45']);
    expect(() => validateMicroCredential(doc, { profile: 'nzqa' })).toThrow(/Unknown profile "nzqa"/);
  });

  it('accepts a profile definition passed directly', () => {
    const result = validateMicroCredential(example('ge-ai-research'), { profile: nzqa });
    expect(result.valid).toBe(true);
  });

  it('keeps versions apart and picks the latest by default', () => {
    const profiles = new ProfileRegistry().register(nzqa).register({ ...nzqa, version: '1.1.0-draft' }).register({ ...nzqa, version: '1.1.0' });
    expect(profiles.get('nzqa').version).toBe('1.1.0');
    expect(profiles.get('nzqa@1.1.0-draft').version).toBe('1.1.0-draft');
    expect(() => profiles.register(nzqa)).toThrow(expect.objectContaining({ code: 'ERR_PROFILE_DUPLICATE' }));
  });

  it('rejects invalid definitions with a code', () => {
    const bad = [
      { ...nzqa, id: 'NZ QA' },
      { ...nzqa, rules: [{ ...nzqa.rules[0]!, kind: 'regex' }] },
      { ...nzqa, rules: [{ ...nzqa.rules[0]!, min: undefined, max: undefined }] },
      { ...nzqa, extends: 'nowhere' },
    ];
    for (const definition of bad) {
      expect(() => new ProfileRegistry().register(definition as ProfileDefinition)).toThrow(InvalidArgumentError);
    }
  });

  it('lets a profile extend an earlier version of itself, and detects cycles', () => {
    const profiles = new ProfileRegistry({ builtins: false }).register({ ...nzqa, extends: undefined });
    profiles.register({ ...nzqa, version: '2.0.0', extends: 'nzqa@1.0.0' });
    expect(profiles.chain('nzqa').map((p) => p.version)).toEqual(['1.0.0', '2.0.0']);
    expect(() => profiles.chain({ ...nzqa, extends: 'nzqa@1.0.0' })).toThrow(expect.objectContaining({ code: 'ERR_PROFILE_CYCLE' }));
  });

  it('built-in profiles cannot be mutated by callers', () => {
    const eu = new ProfileRegistry().get('eu');
    expect(() => (eu.rules as unknown[]).push({})).toThrow();
  });
});
