import { writeFile } from 'node:fs/promises';
import { bake, defaultBadgePng, defaultBadgeSvg } from '../../bake/index.js';
import { InvalidArgumentError } from '../../errors.js';
import { EXIT, type Io, UsageError, readUserFile } from '../io.js';

/**
 * `microcred bake`: put a credential (JSON or VC-JWT file) into a PNG or SVG badge image.
 * Without `--image`, a badge is drawn: an SVG naming the credential's title and issuer when
 * `-o` ends in `.svg`, else a neutral PNG rosette.
 */
export async function bakeCommand(file: string, flags: { image?: string; output: string }, io: Io): Promise<number> {
  const text = (await readUserFile(file)).toString('utf8').trim();
  let credential: object | string;
  try {
    credential = text.startsWith('{') ? (JSON.parse(text) as object) : text;
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const svg = /\.svg$/i.test(flags.output);
  const image = flags.image ? new Uint8Array(await readUserFile(flags.image)) : svg ? defaultBadgeSvg(credential) : defaultBadgePng();
  let baked: Uint8Array | string;
  try {
    baked = bake(credential, image);
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw new UsageError(`${flags.image ?? file}: ${(error as Error).message}`);
    throw error;
  }
  await writeFile(flags.output, baked);
  io.err(`✔ baked ${file} into ${flags.output}${flags.image ? '' : ` (no --image: a ${svg ? 'badge drawn from the credential' : 'neutral badge'})`}`);
  return EXIT.OK;
}
