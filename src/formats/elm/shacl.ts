/**
 * SHACL validation of EDCs with shapes and contexts the caller supplies (the official
 * EDC-generic-full + EDC-generic-no-cv shapes and the edc-ap context are EUPL files microcred
 * does not bundle; `microcred verify --shapes` passes them). Offline: JSON-LD contexts come only
 * from the caller's map and microcred's bundled contexts.
 *
 * Cost: expanding an EDC to RDF and running the ~4,700-triple EDC shapes takes a few hundred
 * milliseconds per credential; parsed shapes are cached per shapes text.
 */
import type { Quad } from 'n3';
import { InvalidArgumentError } from '../../errors.js';
import { checkInput } from '../../model/guard.js';
import { createDocumentLoader, type DocumentLoader } from '../../loader/document-loader.js';
import { jsonLdOptions } from '../../loader/context-cache.js';

/** One SHACL validation result. */
export interface ElmShaclViolation {
  /** The node that failed (IRI, or `_:…` for a blank node). */
  focusNode: string;
  /** The property path, when the shape has a simple one. */
  path?: string;
  message: string;
  severity: 'violation' | 'warning' | 'info';
  /** The shape that reported it. */
  sourceShape?: string;
  /** The offending value, when SHACL names one. */
  value?: string;
}

/** Options of {@link validateElmWithShacl}. */
export interface ElmShaclOptions {
  /**
   * The shapes as Turtle: one text, or several (e.g. EDC-generic-full.ttl and the
   * EDC-generic-no-cv.ttl it imports). `owl:imports` triples are ignored: pass every file.
   */
  shapes: string | readonly string[];
  /**
   * JSON-LD contexts by URL, at least `http://data.europa.eu/snb/model/context/edc-ap`. The VC
   * 1.1 context is bundled with microcred.
   */
  contexts: Record<string, object>;
}

const OWL_IMPORTS = 'http://www.w3.org/2002/07/owl#imports';
const SH = 'http://www.w3.org/ns/shacl#';
const LIMITS = { maxBytes: 32 * 1024 * 1024, maxDepth: 96, maxNodes: 500_000 };

// Loaded on first use: only callers who validate with SHACL pay for the RDF stack.
async function rdfStack() {
  const [{ default: jsonld }, n3, { default: SHACLValidator }] = await Promise.all([import('jsonld'), import('n3'), import('rdf-validate-shacl')]);
  return { jsonld, n3, SHACLValidator };
}

/** Parsed shapes, by their text (a few distinct texts per process). */
const shapesCache = new Map<string, Quad[]>();
/** One loader per contexts object, so jsonld.js keeps its processed contexts across calls. */
const loaders = new WeakMap<object, DocumentLoader>();

async function shapeQuads(texts: readonly string[]): Promise<Quad[]> {
  const key = texts.join('\n\u0000\n');
  const cached = shapesCache.get(key);
  if (cached) return cached;
  const { n3 } = await rdfStack();
  const quads: Quad[] = [];
  texts.forEach((text, i) => {
    let parsed: Quad[];
    try {
      parsed = new n3.Parser().parse(text) as Quad[];
    } catch (error) {
      throw new InvalidArgumentError('ERR_SHAPES_INVALID', `Shapes file ${i + 1} is not valid Turtle: ${error instanceof Error ? error.message : String(error)}`);
    }
    // The imported shapes are passed alongside; rdf-validate-shacl would otherwise try to load them.
    for (const quad of parsed) if (quad.predicate.value !== OWL_IMPORTS) quads.push(quad);
  });
  if (shapesCache.size >= 8) shapesCache.delete(shapesCache.keys().next().value as string);
  shapesCache.set(key, quads);
  return quads;
}

function loaderFor(contexts: Record<string, object>): DocumentLoader {
  let loader = loaders.get(contexts);
  if (!loader) {
    loader = createDocumentLoader({ extraContexts: contexts });
    loaders.set(contexts, loader);
  }
  return loader;
}

const termValue = (term: { termType: string; value: string } | null | undefined): string | undefined =>
  term ? (term.termType === 'BlankNode' ? `_:${term.value}` : term.value) : undefined;

/**
 * Validates an EDC against SHACL shapes: expands it with JSON-LD (offline, with `contexts`),
 * converts it to RDF and runs rdf-validate-shacl. Returns every validation result (an empty
 * array means the credential conforms). A document JSON-LD cannot process (unknown context,
 * protected term redefinition, malformed or oversized input) gives one violation saying why.
 *
 * Throws InvalidArgumentError when the shapes are not valid Turtle or a context conflicts with
 * a bundled one.
 */
export async function validateElmWithShacl(document: unknown, options: ElmShaclOptions): Promise<ElmShaclViolation[]> {
  const texts = typeof options.shapes === 'string' ? [options.shapes] : [...options.shapes];
  if (texts.length === 0) throw new InvalidArgumentError('ERR_SHAPES_REQUIRED', 'validateElmWithShacl needs at least one shapes file.');
  const quads = await shapeQuads(texts);
  const loader = loaderFor(options.contexts);
  const { jsonld, n3, SHACLValidator } = await rdfStack();

  const unsafe = checkInput(document, LIMITS);
  if (unsafe.length) return [{ focusNode: '', message: unsafe[0]!.message, severity: 'violation' }];
  let data: InstanceType<typeof n3.Store>;
  try {
    const nquads = (await jsonld.toRDF(document, { ...jsonLdOptions(loader), format: 'application/n-quads' })) as string;
    data = new n3.Store(new n3.Parser({ format: 'N-Quads' }).parse(nquads));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [{ focusNode: '', message: `The credential cannot be read as JSON-LD: ${reason}`, severity: 'violation' }];
  }

  const validator = new SHACLValidator(new n3.Store(quads));
  const report = await validator.validate(data);
  return report.results.map((result) => {
    const violation: ElmShaclViolation = {
      focusNode: termValue(result.focusNode) ?? '',
      message: result.message.map((m) => m.value).join(' ') || `Constraint ${termValue(result.sourceConstraintComponent) ?? ''} failed.`,
      severity: result.severity?.value === `${SH}Warning` ? 'warning' : result.severity?.value === `${SH}Info` ? 'info' : 'violation',
    };
    const path = result.path;
    if (path?.termType === 'NamedNode') violation.path = path.value;
    const shape = termValue(result.sourceShape);
    if (shape !== undefined) violation.sourceShape = shape;
    const value = termValue(result.value);
    if (value !== undefined) violation.value = value;
    return violation;
  });
}
