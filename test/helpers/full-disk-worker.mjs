// The real batch worker (dist/cli/batch-worker.js) on a disk that fills up: every file write
// puts its first 100 bytes on disk, then fails with ENOSPC, as a full disk does.
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const realWriteFile = fsp.writeFile;
fsp.writeFile = async (path, data, options) => {
  await realWriteFile(path, String(data).slice(0, 100), options);
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
};
// The worker's `import { writeFile } from 'node:fs/promises'` sees the patched function.
syncBuiltinESMExports();

export { default } from '../../dist/cli/batch-worker.js';
