import { readFile, writeFile } from 'node:fs/promises';
import { bake } from '../../bake/index.js';
import { InvalidArgumentError } from '../../errors.js';
import { EXIT, type Io, UsageError } from '../io.js';

/** `microcred bake`: put a credential (JSON or VC-JWT file) into a PNG or SVG badge image. */
export async function bakeCommand(file: string, flags: { image: string; output: string }, io: Io): Promise<number> {
  const read = async (path: string) => {
    try {
      return await readFile(path);
    } catch (error) {
      throw new UsageError(`${path}: cannot read file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  };
  const credential = (await read(file)).toString('utf8').trim();
  const image = await read(flags.image);
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
