import am from '../../../examples/am-data-analytics.json' with { type: 'json' };
import ge from '../../../examples/ge-ai-research.json' with { type: 'json' };
import { createMicroCredential } from '../../issue/create-micro-credential.js';
import { generateKey } from '../../keys/generate.js';
import { validateMicroCredential } from '../../model/validate.js';
import { verify } from '../../verify/verify.js';
import { formatReport, formatValidation } from '../format.js';
import { EXIT, type Io } from '../io.js';

/** The examples bundled into the CLI, and the profile each is issued under. */
const EXAMPLES = [
  { file: 'examples/ge-ai-research.json', document: ge, profile: 'ge' },
  { file: 'examples/am-data-analytics.json', document: am, profile: 'am' },
];

/**
 * `microcred demo`: the main job on embedded defaults. Generates a fresh did:key issuer key,
 * validates both bundled examples, issues each as a signed Open Badges 3.0 credential
 * (eddsa-rdfc-2022) and verifies it, printing every report. Exit 1 if anything fails.
 */
export async function demoCommand(io: Io): Promise<number> {
  const key = await generateKey({ suite: 'eddsa-rdfc-2022' });
  io.out(`issuer key: ${key.controller} (${key.suite}, generated for this run)`);
  let ok = true;
  for (const example of EXAMPLES) {
    const validation = validateMicroCredential(example.document, { profile: example.profile });
    io.out(formatValidation(example.file, validation));
    if (!validation.valid) {
      ok = false;
      continue;
    }
    const credential = await createMicroCredential(example.document, { profile: example.profile, key });
    const report = await verify(credential, { profile: example.profile, trust: { trusted: [key.controller] } });
    io.out(formatReport(`${example.file} → Open Badges 3.0 credential ${String((credential as unknown as { id: string }).id)}`, report));
    ok &&= report.verified;
  }
  return ok ? EXIT.OK : EXIT.FAILED;
}
