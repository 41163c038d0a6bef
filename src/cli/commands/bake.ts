import { writeFile } from 'node:fs/promises';
import { bake } from '../../bake/index.js';
import { InvalidArgumentError } from '../../errors.js';
import { EXIT, type Io, UsageError, readUserFile } from '../io.js';

/** `microcred bake`: put a credential (JSON or VC-JWT file) into a PNG or SVG badge image. */
export async function bakeCommand(file: string, flags: { image: string; output: string }, io: Io): Promise<number> {
  const credential = (await readUserFile(file)).toString('utf8').trim();
  const image = await readUserFile(flags.image);
  try {
    const baked = bake(credential.startsWith('{') ? (JSON.parse(credential) as object) : credential, new Uint8Array(image));
    await writeFile(flags.output, baked);
  } catch (error) {
    if (error instanceof InvalidArgumentError || error instanceof SyntaxError) throw new UsageError((error as Error).message);
    throw error;
  }
  io.err(`✔ baked ${file} into ${flags.output}`);
  return EXIT.OK;
}
