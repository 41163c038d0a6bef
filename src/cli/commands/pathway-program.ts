import { type Command, Option } from 'commander';
import type { Io } from '../io.js';
import { pathwayEvaluateCommand, pathwayRecordCommand } from './pathway.js';

const collect = (value: string, list: string[] = []) => [...list, value];

/** The flags `pathway evaluate` and `pathway record` share: how the credentials are verified. */
function verifyFlags(command: Command): Command {
  return command
    .option('--trust <file>', 'trust list: { "trusted": [issuer ids], "distrusted": [issuer ids] } (awarding-body rules with recognisedByTrust use it)')
    .option('--learner <id>', 'only this learner\'s credentials count (credentialSubject id)')
    .option('--enrolment-date <date>', 'date of enrolment, for the pathway\'s maximum credential age (default: now)')
    .option('--at <iso>', 'verify as at this time (ISO 8601)')
    .option('--offline', 'fetch nothing (no status lists, no did:web or HTTPS keys): revocation is then not checked')
    .option('--allow <host>', 'only contact this host to fetch status lists and keys (repeatable)', collect)
    .option('--allow-private-network', 'also fetch from loopback and private addresses (tests, intranets)')
    .option('--require-status', 'a status list that cannot be fetched excludes the credential instead of flagging it');
}

/** `microcred pathway evaluate|record`. */
export function pathwayCommands(root: Command, io: Io, status: { code: number }): void {
  const pathway = root.command('pathway').description('stack micro-credentials towards a larger award: evaluate a pathway, record a recognition decision');
  verifyFlags(
    pathway
      .command('evaluate')
      .description('verify the credentials and evaluate them against a pathway: credits after caps, what is missing, a recommendation to the receiving institution')
      .argument('<pathway>', 'Pathway JSON file (schemas/pathway.schema.json)')
      .argument('<credentials...>', 'credential files: JSON, VC-JWT, baked PNG/SVG badges, sealed EDCs')
      .option('--json', 'print the full evaluation as JSON'),
  )
    .addHelpText('after', '\nThe result is a proposal, never an entitlement: the decision lies with the receiving institution.\nExit codes: 0 eligible, 1 not (yet) eligible, 2 usage error.')
    .action(async (file: string, credentials: string[], flags) => {
      status.code = await pathwayEvaluateCommand(file, credentials, flags, io);
    });
  verifyFlags(
    pathway
      .command('record')
      .description("record the receiving institution's recognition decision for the credentials (JSON or CSV), optionally signed to the learner")
      .argument('<pathway>', 'Pathway JSON file')
      .argument('<credentials...>', 'credential files')
      .requiredOption('--decision <file>', 'the decision: { "route": "lisbon-recognition-convention" | "rpl", "decidedBy": { "name": … }, "decidedAt"?, "programme"?, "agreement"?, "procedure"?, "recognisedEcts"?, "credentials"? }')
      .addOption(new Option('--format <format>', 'output format').choices(['json', 'csv']).default('json'))
      .option('-o, --output <file>', 'write the record here (refuses to overwrite) instead of printing it')
      .option('-k, --key <file>', 'also issue the record to the learner as a credential signed with this key')
      .option('--credential <file>', 'with --key: where to write the signed credential'),
  )
    .addHelpText('after', '\nExit codes: 0 recorded, 1 the record could not be made (e.g. no credential counted), 2 usage error.')
    .action(async (file: string, credentials: string[], flags) => {
      status.code = await pathwayRecordCommand(file, credentials, flags, io);
    });
}
