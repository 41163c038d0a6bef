import am from '../../../examples/am-data-analytics.json' with { type: 'json' };
import ge from '../../../examples/ge-ai-research.json' with { type: 'json' };
import { validateMicroCredential } from '../../model/validate.js';
import { formatValidation } from '../format.js';
import { EXIT, type Io } from '../io.js';

/** The examples bundled into the CLI, and the profiles each is meant to pass. */
const EXAMPLES = [
  { file: 'examples/ge-ai-research.json', document: ge, profiles: ['eu', 'ge'] },
  { file: 'examples/am-data-analytics.json', document: am, profiles: ['eu', 'am'] },
];

/**
 * `microcred demo`: the main job on embedded defaults. Validates both bundled examples
 * under their profiles and prints each report; exits 1 if any expected pass fails.
 */
export async function demoCommand(io: Io): Promise<number> {
  let ok = true;
  for (const example of EXAMPLES) {
    for (const profile of example.profiles) {
      const result = validateMicroCredential(example.document, { profile });
      ok &&= result.valid;
      io.out(formatValidation(example.file, result));
    }
  }
  return ok ? EXIT.OK : EXIT.FAILED;
}
