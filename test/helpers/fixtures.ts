import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MicroCredential } from '../../src/model/index.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A fresh deep copy of one of the canonical examples. */
export function example(name: 'ge-ai-research' | 'am-data-analytics'): MicroCredential {
  return JSON.parse(readFileSync(`${repoRoot}examples/${name}.json`, 'utf8')) as MicroCredential;
}
