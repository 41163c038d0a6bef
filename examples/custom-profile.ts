/**
 * Register a profile of your own (here: New Zealand's 40-credit cap) on top of the EU one.
 * Run: npx tsx examples/custom-profile.ts
 */
import { readFileSync } from 'node:fs';
import { ProfileRegistry, validateMicroCredential } from 'microcred';

const profiles = new ProfileRegistry().register({
  id: 'nzqa',
  version: '1.0.0',
  title: 'New Zealand Qualifications Authority',
  extends: 'eu',
  rules: [
    {
      id: 'nzqa.credits',
      kind: 'range',
      path: '/workload/ects',
      max: 40,
      severity: 'error',
      code: 'CREDITS_OUT_OF_RANGE',
      message: '{field}: NZQA micro-credentials carry at most {max} credits; got {value}',
      source: { document: 'NZQA micro-credential approval rules', locator: 'rule 4' },
    },
  ],
});

const document = JSON.parse(readFileSync(new URL('./ge-ai-research.json', import.meta.url), 'utf8'));
const result = validateMicroCredential(document, { profile: 'nzqa', profiles });
console.log(result.valid, result.profile.chain.join(' → '));
