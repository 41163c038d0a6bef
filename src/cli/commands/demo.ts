import am from '../../../examples/am-data-analytics.json' with { type: 'json' };
import ge from '../../../examples/ge-ai-research.json' with { type: 'json' };
import anqaDid from '../../../examples/registries/anqa-did.json' with { type: 'json' };
import anqaRegistry from '../../../examples/registries/anqa-registry.json' with { type: 'json' };
import nceqeDid from '../../../examples/registries/nceqe-did.json' with { type: 'json' };
import nceqeRegistry from '../../../examples/registries/nceqe-registry.json' with { type: 'json' };
import uniAm from '../../../examples/registries/test-keys/university-am-TEST-key.json' with { type: 'json' };
import uniGe from '../../../examples/registries/test-keys/university-ge-TEST-key.json' with { type: 'json' };
import { createMicroCredential } from '../../issue/create-micro-credential.js';
import { parseKeyFile } from '../../keys/parse.js';
import { validateMicroCredential } from '../../model/validate.js';
import { verify } from '../../verify/verify.js';
import { formatReport, formatValidation } from '../format.js';
import { EXIT, type Io } from '../io.js';

/** The examples bundled into the CLI, and the profile each is issued under. */
const EXAMPLES = [
  { file: 'examples/ge-ai-research.json', document: ge, profile: 'ge', key: uniGe, registry: nceqeRegistry, anchor: nceqeDid },
  { file: 'examples/am-data-analytics.json', document: am, profile: 'am', key: uniAm, registry: anqaRegistry, anchor: anqaDid },
];

/**
 * `microcred demo`: the main job on embedded defaults. Validates both bundled examples, issues
 * each as a signed Open Badges 3.0 credential (eddsa-rdfc-2022) with the example university's
 * TEST key, and verifies it against the example accreditation registry of NCEQE or ANQA (signed
 * by TEST keys; not real decisions), printing every report. Exit 1 if anything fails.
 */
export async function demoCommand(io: Io): Promise<number> {
  io.out('example registries and keys: examples/registries/ (TEST keys, not real NCEQE or ANQA decisions)');
  let ok = true;
  for (const example of EXAMPLES) {
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
