import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { demoCommand } from './commands/demo.js';
import { validateCommand } from './commands/validate.js';
import { EXIT, type Io, UsageError, processIo } from './io.js';

/** Builds the command tree; every action stores its exit code in `status.code`. */
function program(io: Io, status: { code: number }): Command {
  const root = new Command('microcred')
    .description('Issue and verify EU micro-credentials (Open Badges 3.0, European Digital Credentials)')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError('(run microcred --help for usage)');

  root
    .command('validate')
    .description('check a MicroCredential JSON document against the schema and a profile')
    .argument('<file>', 'MicroCredential JSON file')
    .addOption(new Option('-p, --profile <profile>', 'profile: eu, ge, am, id@version, or a profile definition file (.json)').default('eu'))
    .option('--json', 'print the full result as JSON')
    .addHelpText('after', '\nExit codes: 0 valid (warnings allowed), 1 invalid, 2 usage error or unreadable file.')
    .action(async (file: string, flags) => {
      status.code = await validateCommand(file, flags, io);
    });

  root
    .command('demo')
    .description('the main job on embedded defaults: validate the bundled examples')
    .action(async () => {
      status.code = await demoCommand(io);
    });

  return root;
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const status = { code: EXIT.OK as number };
  try {
    await program(io, status).parseAsync(argv, { from: 'user' });
    return status.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (error instanceof UsageError) {
      io.err(`microcred: ${error.message}`);
      return EXIT.USAGE;
    }
    io.err(`microcred: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return EXIT.FAILED;
  }
}

// Started as a program (not imported by tests).
if (process.argv[1] && /(?:^|[\\/])(?:main\.(?:js|ts)|microcred)$/.test(process.argv[1])) {
  process.exitCode = await run(process.argv.slice(2));
}
