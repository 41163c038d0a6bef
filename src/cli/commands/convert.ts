import { writeFile } from 'node:fs/promises';
import { MicrocredError } from '../../errors.js';
import { parseElm } from '../../formats/elm/from-elm.js';
import { toElm } from '../../formats/elm/to-elm.js';
import { isJadesEnvelope } from '../../seal/detect.js';
import { parseOpenBadge } from '../../formats/ob3/from-open-badge.js';
import { toOpenBadge } from '../../formats/ob3/to-open-badge.js';
import { credentialFromText } from '../../render/read-credential.js';
import { EXIT, type Io, UsageError, readUserFile } from '../io.js';

/**
 * `microcred convert <file> --to ob3|elm`: reads the credential into the MicroCredential model
 * and maps it to the other format. The result is unsigned: a signature covers the original
 * document only, so the converted one must be issued (signed or sealed) again.
 */
export async function convertCommand(file: string, flags: { to: 'ob3' | 'elm'; output?: string }, io: Io): Promise<number> {
  const text = (await readUserFile(file)).toString('utf8');
  let converted: object;
  try {
    const credential = credentialFromText(text);
    const isElm = isJadesEnvelope(credential) || JSON.stringify(credential.type ?? '').includes('EuropeanDigitalCredential');
    const parsed = isElm ? parseElm(credential) : parseOpenBadge(credential);
    for (const warning of parsed.warnings) io.err(`warning: ${warning.pointer || '/'} ${warning.message}`);
    const issuer = credential.issuer as { id?: string } | string | undefined;
    const issuerId = isElm ? undefined : typeof issuer === 'string' ? issuer : issuer?.id;
    converted = flags.to === 'elm' ? toElm(parsed.microCredential) : toOpenBadge(parsed.microCredential, { issuer: issuerId });
  } catch (error) {
    if (error instanceof MicrocredError || error instanceof SyntaxError) throw new UsageError(`${file}: ${(error as Error).message}`);
    throw error;
  }
  io.err('note: the converted credential is UNSIGNED — conversion breaks the original signature; issue it again to sign or seal it.');
  const output = `${JSON.stringify(converted, null, 2)}\n`;
  if (flags.output) await writeFile(flags.output, output);
  else io.out(output.trimEnd());
  return EXIT.OK;
}
