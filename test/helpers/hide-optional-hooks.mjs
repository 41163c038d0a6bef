const HIDDEN = new Set(['better-sqlite3', 'pg', 'fastify', 'pdfkit', 'qrcode', 'dejavu-fonts-ttf']);

export async function resolve(specifier, context, next) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  if (HIDDEN.has(name)) {
    throw Object.assign(new Error(`Cannot find package '${specifier}' imported from ${context.parentURL}`), { code: 'ERR_MODULE_NOT_FOUND' });
  }
  return next(specifier, context);
}
