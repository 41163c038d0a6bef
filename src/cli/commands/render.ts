import { writeFile } from 'node:fs/promises';
import { InvalidArgumentError } from '../../errors.js';
import { renderCertificate } from '../../render/certificate.js';
import type { UiLanguage } from '../../render/labels.js';
import { renderSupplement } from '../../render/supplement.js';
import { EXIT, type Io, UsageError, readUserFile } from '../io.js';

export interface RenderFlags {
  pdf?: string;
  lang: UiLanguage;
  supplement?: string | boolean;
  verifyUrl?: string;
  qr: 'url' | 'embed';
}

/** `microcred render`: certificate PDF and/or supplement PDF for a credential. */
export async function renderCommand(file: string, flags: RenderFlags, io: Io): Promise<number> {
  if (!flags.pdf && !flags.supplement) throw new UsageError('say where to write: --pdf certificate.pdf and/or --supplement supplement.pdf');
  const credential = (await readUserFile(file)).toString('utf8');
  const options = { language: flags.lang, verifyBaseUrl: flags.verifyUrl, qr: flags.qr };
  try {
    if (flags.pdf) {
      await writeFile(flags.pdf, await renderCertificate(credential, options));
      io.err(`wrote ${flags.pdf}`);
    }
    if (flags.supplement) {
      const target = typeof flags.supplement === 'string' ? flags.supplement : flags.pdf!.replace(/(\.pdf)?$/i, '-supplement.pdf');
      await writeFile(target, await renderSupplement(credential, options));
      io.err(`wrote ${target}`);
    }
  } catch (error) {
    if (error instanceof InvalidArgumentError || error instanceof SyntaxError) throw new UsageError(`${file}: ${(error as Error).message}`);
    throw error;
  }
  return EXIT.OK;
}
