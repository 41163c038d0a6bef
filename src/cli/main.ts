#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { bakeCommand } from './commands/bake.js';
import { batchCommand } from './commands/batch.js';
import { convertCommand } from './commands/convert.js';
import { demoCommand } from './commands/demo.js';
import { addExportCommands } from './commands/export.js';
import { renderCommand } from './commands/render.js';
import { serveCommand } from './commands/serve.js';
import { issueCommand } from './commands/issue.js';
import { importOb2Command } from './commands/import.js';
import { pathwayCommands } from './commands/pathway-program.js';
import { keysGenerateCommand } from './commands/keys.js';
import { validateCommand } from './commands/validate.js';
import { verifyCommand } from './commands/verify.js';
import { registryCreateCommand } from './commands/registry.js';
import { EXIT, type Io, UsageError, fileProblem, listenProblem, processIo } from './io.js';
import { MicrocredError, MissingDependencyError } from '../errors.js';

/** Commander collector for a repeatable option. */
const collect = (value: string, list: string[] = []) => [...list, value];

const SUITES = ['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'Ed25519Signature2020', 'ecdsa-rdfc-2019', 'vc-jwt'];

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
    .command('keys')
    .description('issuer keys')
    .command('generate')
    .description('generate an issuer key file (private: written with mode 0600)')
    .addOption(new Option('-s, --suite <suite>', 'proof suite the key signs with (jades: a test eSeal for European Digital Credentials)').choices([...SUITES, 'jades']).default('eddsa-rdfc-2022'))
    .option('--subject <dn>', 'jades: the seal certificate subject, e.g. "CN=Example University Seal,O=Example University,C=GE"')
    .option('--organization-identifier <id>', 'jades: organizationIdentifier of the seal (e.g. NTRGE-204864548)')
    .option('--validity-days <days>', 'jades: certificate validity in days')
    .addOption(new Option('--alg <alg>', 'vc-jwt algorithm (default RS256); jades: RS256 (default) or ES256').choices(['RS256', 'ES256', 'EdDSA']))
    .addOption(new Option('--did <method>', 'issuer id method').choices(['key', 'web']).default('key'))
    .option('--domain <domain>', 'domain of a did:web issuer id (also writes did.json to publish)')
    .option('--controller <url>', 'HTTPS URL issuer id (a hosted key document) instead of a DID')
    .option('-o, --output <file>', 'write the key file here (refuses to overwrite) instead of printing it')
    .action(async (flags) => {
      status.code = await keysGenerateCommand(flags, io);
    });

  root
    .command('issue')
    .description('validate a MicroCredential, map it to Open Badges 3.0 and sign it')
    .argument('<file>', 'MicroCredential JSON file')
    .requiredOption('-k, --key <file>', 'issuer key file (from microcred keys generate)')
    .addOption(new Option('-p, --profile <profile>', 'profile: eu, ge, am, id@version or a profile file').default('eu'))
    .addOption(new Option('-f, --format <format>', 'ob3 (Open Badges 3.0) or elm (European Digital Credential, JAdES-sealed); default: from the key').choices(['ob3', 'elm']))
    .addOption(new Option('-s, --suite <suite>', "proof suite (default: the key file's)").choices(SUITES))
    .addOption(new Option('--vc <version>', 'Verifiable Credentials version').choices(['2.0', '1.1']).default('2.0'))
    .option('-o, --output <file>', 'write the credential here instead of printing it')
    .addHelpText('after', '\nExit codes: 0 issued, 1 invalid micro-credential (every error printed), 2 usage error.')
    .action(async (file: string, flags) => {
      status.code = await issueCommand(file, flags, io);
    });

  root
    .command('batch')
    .description('issue a cohort: one credential per row of a JSONL or CSV file, each into its own file')
    .argument('<input>', 'input.jsonl (one MicroCredential per line) or input.csv (SIS export, with --template)')
    .requiredOption('-k, --key <file>', 'issuer key file')
    .requiredOption('--out <dir>', 'directory for the issued credentials (one file per row; re-runs skip rows already issued)')
    .option('-p, --profile <profile>', 'profile every row must meet', 'eu')
    .option('--template <file>', 'course-level MicroCredential fields each row is merged over (required for CSV)')
    .addOption(new Option('-s, --suite <suite>', "proof suite (default: the key file's)").choices(SUITES))
    .option('--workers <n>', 'worker threads (default: one per core)')
    .addOption(new Option('--name-by <what>', "file names: the learner's reference (student number, else learner id, else credential id), the credential id, or the row number").choices(['learner', 'id', 'row']).default('learner'))
    .option('--progress', 'show n / total, rate and ETA on stderr even when it is not a terminal')
    .addHelpText('after', '\nCSV: a header row of dotted MicroCredential paths, e.g. id,learner.name,learner.studentId,learner.id,dateOfIssuing,grade.value,grade.passed\nFiles: <out>/<name>.json, made safe for file systems; two credentials with one name get -2, -3, ….\nExit codes: 0 all rows issued, 1 some rows invalid (listed by row number), 2 usage error.')
    .action(async (input: string, flags) => {
      status.code = await batchCommand(input, flags, io);
    });

  root
    .command('import')
    .description('re-issue badges from other systems as micro-credentials')
    .command('ob2')
    .description('re-issue Open Badges 2.0 assertions (Moodle, Canvas Credentials/Badgr) as micro-credentials, each linked to its original')
    .argument('<sources...>', 'assertion files (JSON, JWS, baked PNG/SVG) or hosted assertion URLs')
    .requiredOption('-k, --key <file>', 'issuer key file (an Open Badges 3.0 key, or a seal key for EDCs)')
    .requiredOption('--template <file>', 'course-level MicroCredential fields the LMS does not know (workload, level, learning outcomes, assessment, QA, …)')
    .requiredOption('--out <dir>', 'directory for the re-issued credentials (one file per assertion; re-runs skip those already re-issued)')
    .option('-p, --profile <profile>', 'profile every credential must meet', 'eu')
    .addOption(new Option('-s, --suite <suite>', "proof suite (default: the key file's)").choices(SUITES))
    .option('--workers <n>', 'worker threads (default: one per core)')
    .option('--allow <host>', 'only fetch assertions, badges and keys from this host (repeatable; default any public host)', (host: string, list: string[] = []) => [...list, host])
    .option('--allow-private-network', 'also fetch from loopback and private addresses, and plain http (for tests and intranets)')
    .addHelpText('after', '\nEach assertion is verified first (hosted: fetched from its URL; signed: checked with the issuer\'s key); one that does not verify is not re-issued.\nExit codes: 0 all re-issued (now or earlier), 1 some not (listed with why), 2 usage error.')
    .action(async (sources: string[], flags) => {
      status.code = await importOb2Command(sources, flags, io);
    });

  root
    .command('verify')
    .description('verify a credential (JSON or VC-JWT) or a verifiable presentation and print the report')
    .argument('<file>', 'credential file')
    .option('--json', 'print the full report as JSON')
    .option('--at <iso>', 'verify as at this time (ISO 8601), e.g. 2026-01-01T00:00:00Z')
    .option('--trust <file>', 'trust list: { "trusted": [issuer ids], "distrusted": [issuer ids] }')
    .option('-p, --profile <profile>', 'also check against this profile (eu, ge, am, id@version or a profile file)')
    .option('--shapes <files...>', 'European Digital Credentials: SHACL shapes (Turtle) to validate against, e.g. EDC-generic-full.ttl EDC-generic-no-cv.ttl')
    .option('--shacl-context <file>', 'with --shapes: the edc-ap JSON-LD context file')
    .option('--challenge <challenge>', 'presentations: the challenge the holder was given (then the presentation must be signed with it)')
    .option('--domain <domain>', 'presentations: this verifier\'s domain, which the holder\'s proof must name')
    .option('--offline', 'fetch nothing (no status lists, no did:web or HTTPS keys): revocation is then not checked')
    .option('--allow <host>', 'only contact this host to fetch status lists and keys (repeatable; default any public host)', (host: string, list: string[] = []) => [...list, host])
    .option('--allow-private-network', 'also fetch from loopback and private addresses, and plain http (for tests and intranets)')
    .option('--require-status', 'a status list that cannot be fetched fails instead of warning')
    .option('--allow-unsigned', 'presentations: check the credentials of an unsigned presentation instead of failing it')
    .option('--allow-empty', 'presentations: accept one that carries no credentials (a holder authentication)')
    .option('--strict', 'exit 1 on any warning too (an issuer not on your trust list, a status list that could not be fetched, …)')
    .option('--recipient <email>', 'Open Badges 2.0: the e-mail address the badge must have been awarded to (hashed or plain)')
    .option('--registry <file|url>', 'accreditation registry to check the provider in (repeatable; see microcred registry create)', collect)
    .option('--registry-anchor <did|file>', 'agency whose registry signature counts: a DID, or its DID document file (repeatable)', collect)
    .addHelpText('after', '\nAccepts JSON, a VC-JWT, a JAdES-sealed EDC, an Open Badges 2.0 assertion (hosted, signed JWS), a baked PNG/SVG badge, or a verifiable presentation.\nStatus lists and did:web/HTTPS key documents are fetched over HTTPS (public addresses only, 5 s and 1 MiB per document; NODE_EXTRA_CA_CERTS is honoured) unless --offline.\nThe first line is the verdict: VERIFIED (authentic, issuer on your --trust list), AUTHENTIC, ISSUER NOT RECOGNISED, or NOT VERIFIED.\nExit codes: 0 verified (with --strict: and no warning), 1 not verified, 2 usage error.')
    .action(async (file: string, flags) => {
      status.code = await verifyCommand(file, flags, io);
    });

  const registry = root.command('registry').description('accreditation registries: signed lists of providers and their accreditations');
  registry
    .command('create')
    .description('make a signed accreditation registry from entries (JSON array or CSV, one accreditation per row)')
    .argument('<entries>', 'entries.json or entries.csv')
    .requiredOption('--key <file>', "the agency's key file (microcred keys generate)")
    .option('-o, --output <file>', 'write the registry here instead of printing it')
    .option('--name <title>', 'title of the registry')
    .option('--issuer-name <name>', "the agency's short name, as verifiers quote it (e.g. NCEQE)")
    .option('--id <id>', "the registry's id (where it is published)")
    .option('--valid-from <iso>', 'from when it may be relied on (default now)')
    .option('--valid-until <iso>', 'until when (recommended: stale copies stop vouching)')
    .option('--suite <suite>', 'proof suite (default eddsa-jcs-2022 for Ed25519 keys, vc-jwt otherwise)')
    .option('--from <format>', 'input format: json (microcred entries), csv, dcc (a DCC known-issuer registry.json), ebsi (EBSI TIR issuer attributes, decoded, not chain-verified); default from the extension')
    .action(async (file: string, flags) => {
      status.code = await registryCreateCommand(file, flags, io);
    });

  root
    .command('convert')
    .description('convert a credential between Open Badges 3.0 and ELM through the model (the output is unsigned)')
    .argument('<file>', 'credential file (OB 3.0 JSON or VC-JWT, sealed or unsealed EDC)')
    .addOption(new Option('--to <format>', 'target format').choices(['ob3', 'elm']).makeOptionMandatory())
    .option('-o, --output <file>', 'write the converted credential here instead of printing it')
    .action(async (file: string, flags) => {
      status.code = await convertCommand(file, flags, io);
    });

  root
    .command('render')
    .description('render a certificate PDF (one page, fit to sign and seal) and/or the supplement PDF of a credential; tagged PDF/A-3b')
    .argument('<credential>', 'credential file (JSON or VC-JWT)')
    .option('--pdf <file>', 'write the certificate here')
    .option('--supplement [file]', 'also write the supplement (default: <pdf>-supplement.pdf)')
    .addOption(new Option('--lang <language>', 'language of the document').choices(['en', 'ka', 'hy']).default('en'))
    .option('--verify-url <url>', "verification page the QR code links to, e.g. https://credentials.example.ge/verify (gets ?id=<credential id>); without it there is no QR code")
    .addOption(new Option('--qr <mode>', 'QR code content: the verification link, or the compressed credential itself').choices(['url', 'embed']).default('url'))
    .addOption(new Option('--paper <size>', 'paper size').choices(['a4', 'letter']).default('a4'))
    .option('--logo <file>', 'logo to print (PNG or JPEG; default: the awarding bodies\' own images)')
    .option('--signatory <"Name, Role">', 'a person who signs by hand (repeatable, in order: with several awarding bodies the n-th signs for the n-th)', (text: string, list: string[] = []) => [...list, text])
    .option('--attach', 'attach the credential to the PDF as an embedded file (PDF/A-3)')
    .option('--force', 'render a credential that does not verify without printing "not verified" on it')
    .option('--offline', 'verify without fetching anything (no status lists, no did:web keys)')
    .action(async (file: string, flags) => {
      status.code = await renderCommand(file, flags, io);
    });

  root
    .command('bake')
    .description('bake a credential into a PNG or SVG badge image (Open Badges 3.0 baking)')
    .argument('<credential>', 'credential file (JSON or VC-JWT)')
    .option('--image <file>', 'the badge image (PNG or SVG); without it a badge is drawn: SVG with the title and issuer when -o ends in .svg, else a neutral PNG')
    .requiredOption('-o, --output <file>', 'where to write the baked badge')
    .action(async (file: string, flags) => {
      status.code = await bakeCommand(file, flags, io);
    });

  root
    .command('serve')
    .description('run the issuing and verifying service (W3C VC-API, status lists, verification page at /verify)')
    .option('--port <port>', 'port (0: any free port)', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--data <dir>', 'data directory (SQLite store, generated issuer key and API token)', '.microcred')
    .option('--key <file>', "issuer key file (default: generated into the data directory on first start)")
    .option('--tls-cert <file>', 'serve HTTPS with this certificate (PEM)')
    .option('--tls-key <file>', 'and this private key (PEM)')
    .option('--public-url <url>', 'public base URL written into status list entries (default: MICROCRED_PUBLIC_URL, else the listening address)')
    .option('--token-file <file>', 'bearer token file for issue and status endpoints (default: MICROCRED_API_TOKEN, else generated into the data directory)')
    .option('--workers <n>', 'verify and sign on n worker threads, so a slow request does not hold up others (default: MICROCRED_WORKERS, else 0: none)')
    .option('--publish', 'serve issued credentials at GET /credentials/:id (needed for QR links to the verification page), and as Open Badges 2.0 at /ob2/assertions/:id, /ob2/badges/:id, /ob2/issuer')
    .option('--init', 'create an empty store in an existing SQLite file that holds none (zero length); refused without it')
    .option('--offline', 'the verifier routes fetch nothing from other issuers (their status lists and did:web/HTTPS keys)')
    .option('--allow <host>', 'the verifier routes fetch only from this host (repeatable; default any public host)', (host: string, list: string[] = []) => [...list, host])
    .option('--allow-private-network', 'the verifier routes may fetch from loopback and private addresses (tests)')
    .option('--registry <file|url>', 'accreditation registry the verifier routes and the page check providers in (repeatable)', collect)
    .option('--registry-anchor <did|file>', 'agency whose registry signature counts: a DID, or its DID document file (repeatable)', collect)
    .addHelpText('after', '\nDATABASE_URL=postgres://… selects PostgreSQL instead of SQLite (for several service instances).')
    .action(async (flags) => {
      status.code = await serveCommand(flags, io);
    });

  pathwayCommands(root, io, status);
  addExportCommands(root, io, status);

  root
    .command('demo')
    .description('the main job on embedded defaults: generate a key, issue both examples, verify them')
    .action(async () => {
      status.code = await demoCommand(io);
    });

  return root;
}

/**
 * A sentence for an error no command turned into one, and its exit code: a file or network
 * problem of the user's machine (or an optional package not installed) is a usage problem (2), in
 * words; anything else is unexpected (1).
 * Never a stack trace (MICROCRED_DEBUG=1 prints it).
 */
function failureOf(error: unknown): { sentence: string; code: number } {
  const environment = fileProblem(error) ?? listenProblem(error);
  if (environment) return { sentence: environment, code: EXIT.USAGE };
  // An optional package this command needs is not installed: the user's setup, not a failure.
  if (error instanceof MissingDependencyError) return { sentence: `${error.message} (${error.code})`, code: EXIT.USAGE };
  if (error instanceof MicrocredError) return { sentence: `${error.message} (${error.code})`, code: EXIT.FAILED };
  const message = error instanceof Error ? error.message : String(error);
  return { sentence: `unexpected error: ${message.split('\n')[0]} (set MICROCRED_DEBUG=1 for details)`, code: EXIT.FAILED };
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
    const failure = failureOf(error);
    io.err(`microcred: ${failure.sentence}`);
    // The stack is for developers only: MICROCRED_DEBUG=1 prints it.
    if (process.env.MICROCRED_DEBUG === '1' && error instanceof Error && error.stack) io.err(error.stack);
    return failure.code;
  }
}

// Started as a program (not imported by tests).
if (process.argv[1] && /(?:^|[\\/])(?:main\.(?:js|ts)|microcred)$/.test(process.argv[1])) {
  process.exitCode = await run(process.argv.slice(2));
}
