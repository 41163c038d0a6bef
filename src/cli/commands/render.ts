import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError } from '../../errors.js';
import { renderCertificate } from '../../render/certificate.js';
import type { UiLanguage } from '../../render/labels.js';
import { MAX_LOGO_BYTES, MAX_SIGNATORIES, type RenderOptions, type Signatory } from '../../render/options.js';
import { renderSupplement } from '../../render/supplement.js';
import { verify } from '../../verify/verify.js';
import { EXIT, type Io, UsageError, readUserFile } from '../io.js';

export interface RenderFlags {
  pdf?: string;
  lang: UiLanguage;
  supplement?: string | boolean;
  verifyUrl?: string;
  qr: 'url' | 'embed';
  paper?: 'a4' | 'letter';
  logo?: string;
  signatory?: string[];
  attach?: boolean;
  force?: boolean;
  offline?: boolean;
}

/** `"Name, Role"`: the name up to the first comma, the role after it (roles may have commas). */
export function parseSignatory(text: string): Signatory {
  const comma = text.indexOf(',');
  const name = (comma < 0 ? text : text.slice(0, comma)).trim();
  const role = comma < 0 ? '' : text.slice(comma + 1).trim();
  if (!name) throw new UsageError(`--signatory "${text}": give "Name, Role", e.g. --signatory "Nino Kiknadze, Rector"`);
  return role ? { name, role } : { name };
}

/**
 * `microcred render`: certificate PDF and/or supplement PDF for a credential. The credential is
 * verified first; one that does not verify is rendered with "not verified" on the page (and a
 * warning), unless `--force`.
 */
export async function renderCommand(file: string, flags: RenderFlags, io: Io): Promise<number> {
  if (!flags.pdf && !flags.supplement) throw new UsageError('say where to write: --pdf certificate.pdf and/or --supplement supplement.pdf');
  if (flags.supplement === true && !flags.pdf) throw new UsageError('--supplement without a file name needs --pdf (it writes <pdf>-supplement.pdf)');
  const signatories = (flags.signatory ?? []).map(parseSignatory);
  if (signatories.length > MAX_SIGNATORIES) throw new UsageError(`--signatory: at most ${MAX_SIGNATORIES} signatories (${signatories.length} given)`);
  const bytes = await readUserFile(file);
  const credential = bytes.toString('utf8');
  const logo = flags.logo ? await readUserFile(flags.logo, MAX_LOGO_BYTES) : undefined;

  const report = await verify(new Uint8Array(bytes), { online: flags.offline ? false : { allow: ['*'] } });
  let verification: RenderOptions['verification'];
  if (!report.verified) {
    const failed = report.checks.filter((c) => c.status === 'fail').map((c) => `${c.message} (${c.code})`);
    const reason = failed.join(' ') || 'The credential could not be verified.';
    io.err(`warning: ${file} does not verify: ${reason}`);
    if (flags.force) io.err('warning: rendering it anyway without "not verified" on the page (--force)');
    else {
      io.err('warning: the documents say "not verified"; --force renders them without it');
      verification = { verified: false, reason };
    }
  }

  const options: RenderOptions = {
    language: flags.lang,
    verifyBaseUrl: flags.verifyUrl,
    qr: flags.qr,
    paper: flags.paper === 'letter' ? 'Letter' : 'A4',
    logo,
    signatories,
    attach: flags.attach === true,
    verification,
    onWarning: (warning) => io.err(`warning: ${warning.message}`),
  };
  try {
    if (flags.pdf) {
      await writeFile(flags.pdf, await renderCertificate(credential, options));
      io.err(`wrote ${flags.pdf}`);
    }
    if (flags.supplement) {
      const target = typeof flags.supplement === 'string' ? flags.supplement : flags.pdf!.replace(/(\.pdf)?$/i, '-supplement.pdf');
      // The certificate has said the warnings both documents share.
      await writeFile(target, await renderSupplement(credential, flags.pdf ? { ...options, onWarning: undefined } : options));
      io.err(`wrote ${target}`);
    }
  } catch (error) {
    if (error instanceof InvalidArgumentError || error instanceof SyntaxError) throw new UsageError(`${file}: ${(error as Error).message}`);
    throw error;
  }
  return EXIT.OK;
}
