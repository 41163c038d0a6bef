/**
 * `microcred/render`: the PDF certificate and the Europass-shaped supplement (pdfkit, bundled
 * fonts; Node only). pdfkit is an optional peer dependency: install it to use this subpath.
 *
 * @packageDocumentation
 */
export * from './render/index.js';
