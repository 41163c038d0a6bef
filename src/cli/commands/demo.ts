import { readFileSync } from 'node:fs';
import { createMicroCredential } from '../../issue/create-micro-credential.js';
import { parseKeyFile } from '../../keys/parse.js';
import { validateMicroCredential } from '../../model/validate.js';
import { verify } from '../../verify/verify.js';
import { formatReport, formatValidation } from '../format.js';
import { EXIT, type Io } from '../io.js';

/** Reads a JSON file the package ships (examples/…): dist/cli/commands/ is three levels below the package root. */
const shipped = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** The examples shipped with the package, and the profile, key and registry each is issued and checked with. */
function examples() {
  return [
    { file: 'examples/ge-ai-research.json', profile: 'ge', key: 'university-ge-TEST-key', registry: 'nceqe-registry', anchor: 'nceqe-did' },
    { file: 'examples/am-data-analytics.json', profile: 'am', key: 'university-am-TEST-key', registry: 'anqa-registry', anchor: 'anqa-did' },
  ].map((e) => ({
    ...e,
    document: shipped(e.file),
    key: shipped(`examples/registries/test-keys/${e.key}.json`),
    registry: shipped(`examples/registries/${e.registry}.json`),
    anchor: shipped(`examples/registries/${e.anchor}.json`),
  }));
}

/**
 * `microcred demo`: the main job on embedded defaults. Validates both bundled examples, issues
 * each as a signed Open Badges 3.0 credential (eddsa-rdfc-2022) with the example university's
 * TEST key, and verifies it against the example accreditation registry of NCEQE or ANQA (signed
 * by TEST keys; not real decisions), printing every report. Exit 1 if anything fails.
 */
export async function demoCommand(io: Io): Promise<number> {
  io.out('example registries and keys: examples/registries/ (TEST keys, not real NCEQE or ANQA decisions)');
  let ok = true;
  for (const example of examples()) {
    const key = parseKeyFile(example.key);
    const validation = validateMicroCredential(example.document, { profile: example.profile });
    io.out(formatValidation(example.file, validation));
    if (!validation.valid) {
      ok = false;
      continue;
    }
    const credential = await createMicroCredential(example.document, { profile: example.profile, key });
    const trust = { registries: [example.registry as Record<string, unknown>], anchors: [example.anchor as Record<string, unknown>] };
    const report = await verify(credential, { profile: example.profile, trust });
    io.out(formatReport(`${example.file} → Open Badges 3.0 credential ${String((credential as unknown as { id: string }).id)}`, report));
    ok &&= report.verified;
  }
  return ok ? EXIT.OK : EXIT.FAILED;
}
