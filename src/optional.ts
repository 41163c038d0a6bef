/**
 * Optional peer dependencies: the heavy packages only some features need (database drivers,
 * the web framework, the PDF engine). They are imported at first use, never at module load, so
 * `import 'microcred'` and a verify-only install work without them; a missing one is a
 * {@link MissingDependencyError} naming the package, the feature and the install command.
 */
import { MissingDependencyError } from './errors.js';

/** What needs each optional package, and the command that installs everything that feature needs. */
export const OPTIONAL_DEPENDENCIES = {
  'better-sqlite3': { feature: 'The SQLite store (openSqliteStore, microcred serve)', install: 'npm install better-sqlite3' },
  pg: { feature: 'The PostgreSQL store (openPostgresStore, DATABASE_URL)', install: 'npm install pg' },
  fastify: { feature: 'The HTTP service (createServer, startService, microcred serve)', install: 'npm install fastify' },
  pdfkit: { feature: 'PDF rendering (renderCertificate, renderSupplement, microcred render)', install: 'npm install pdfkit qrcode dejavu-fonts-ttf' },
  qrcode: { feature: 'PDF rendering (renderCertificate, renderSupplement, microcred render)', install: 'npm install pdfkit qrcode dejavu-fonts-ttf' },
  'dejavu-fonts-ttf': { feature: 'PDF rendering (renderCertificate, renderSupplement, microcred render)', install: 'npm install pdfkit qrcode dejavu-fonts-ttf' },
} as const;

/** The name of an optional peer dependency. */
export type OptionalDependency = keyof typeof OPTIONAL_DEPENDENCIES;

/**
 * Whether `error` (or one of its causes) says that `name` itself cannot be found — not some
 * other failure inside a package that is there, which must surface as it is.
 */
export function isMissingPackage(error: unknown, name: string): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && new RegExp(`['"]${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/[^'"]*)?['"]`).test(e.message)) return true;
  }
  return false;
}

/**
 * Runs `importer` (a literal `import('pkg')`, so bundlers and tsup see the specifier) and turns
 * "cannot find package" into `ERR_MISSING_DEPENDENCY`. Node caches the module itself; callers
 * keep the loaded value to use it synchronously afterwards.
 */
export async function loadOptional<T>(name: OptionalDependency, importer: () => Promise<T>): Promise<T> {
  try {
    return await importer();
  } catch (cause) {
    if (!isMissingPackage(cause, name)) throw cause;
    const { feature, install } = OPTIONAL_DEPENDENCIES[name];
    throw new MissingDependencyError(name, feature, { install, cause });
  }
}

/**
 * Awaits loads that one feature needs together, so a user missing several packages gets one
 * error whose install command names them all, not one round trip per package.
 */
export async function loadTogether<T extends readonly unknown[]>(loads: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(loads);
  const missing = settled.flatMap((s) => (s.status === 'rejected' && s.reason instanceof MissingDependencyError ? [s.reason] : []));
  const other = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected' && !(s.reason instanceof MissingDependencyError));
  if (other) throw other.reason;
  if (missing.length === 1) throw missing[0];
  if (missing.length > 1) {
    const names = [...new Set(missing.flatMap((m) => m.install.replace(/^npm install /, '').split(' ')))];
    throw new MissingDependencyError(missing.map((m) => m.packageName).join(', '), missing[0]!.feature, { install: `npm install ${names.join(' ')}`, cause: missing[0] });
  }
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
