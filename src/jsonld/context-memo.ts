/**
 * Memoised context processing: part of microcred's patch of jsonld.js expansion
 * (docs/jsonld-context-patch.md).
 *
 * jsonld.js processes a type- or property-scoped context again for every node that uses it —
 * cloning the active context first, so even its own processed-context cache never hits for
 * type-scoped contexts. Processing depends only on the active context, the local context, a few
 * options and the context documents the loader serves; it returns an active context that is
 * never mutated afterwards (see active-context.ts). So the result can be shared: a memo keyed by
 * (active context by identity, local context, options), each memo belonging to one document
 * loader (or one call).
 *
 * What keeps it exact:
 * - A local context is keyed by its value when it is a URL or a list of URLs, else by identity
 *   (term definitions keep their scoped context object; documents are cloned per call).
 * - The options that reach context processing (`base`, `processingMode`, `typeExpansion`, and
 *   the call's `propagate`/`overrideProtected`) are part of the key; the loader is fixed per memo.
 * - A processing that emitted any event (a warning, which safe mode turns into an error) is not
 *   memoised, so every such event is raised again, on every input that causes it.
 * - Errors are never memoised.
 * - A shared memo records only what was computed from `static` documents (the caller tells, see
 *   expand.ts); anything else stays in the memo of the call.
 *
 * Bound: at most {@link CONTEXT_MEMO_MAX} entries; a full shared memo starts over (all entries
 * dropped), a full per-call memo stops recording.
 */
import jsonldContext from 'jsonld/lib/context.js';
import { createInitialContext, type ActiveContext } from './active-context.js';

/** Most processed contexts one memo holds (each is a term map of a few hundred pointers). */
export const CONTEXT_MEMO_MAX = 512;

/** The arguments jsonld's expansion passes to context processing. */
export interface ProcessArgs {
  activeCtx: ActiveContext;
  localCtx: unknown;
  options: Record<string, unknown>;
  propagate?: boolean;
  overrideProtected?: boolean;
  cycles?: unknown;
}

/** A bounded memo of processed contexts, with the initial contexts it grows from. */
export class ContextMemo {
  readonly #max: number;
  readonly #whenFull: 'reset' | 'stop';
  #initial = new Map<unknown, ActiveContext>();
  #children = new WeakMap<object, Map<unknown, Map<string, ActiveContext>>>();
  #size = 0;

  constructor(options: { max?: number; whenFull: 'reset' | 'stop' }) {
    this.#max = options.max ?? CONTEXT_MEMO_MAX;
    this.#whenFull = options.whenFull;
  }

  /** The initial context for `processingMode` every expansion with this memo starts from. */
  initialContext(processingMode: unknown): ActiveContext {
    let context = this.#initial.get(processingMode);
    if (context === undefined) {
      context = createInitialContext(processingMode);
      this.#initial.set(processingMode, context);
    }
    return context;
  }

  get(activeCtx: object, local: unknown, flags: string): ActiveContext | undefined {
    return this.#children.get(activeCtx)?.get(local)?.get(flags);
  }

  set(activeCtx: object, local: unknown, flags: string, result: ActiveContext): void {
    if (this.#size >= this.#max) {
      if (this.#whenFull === 'stop') return;
      this.#initial = new Map();
      this.#children = new WeakMap();
      this.#size = 0;
    }
    let byLocal = this.#children.get(activeCtx);
    if (byLocal === undefined) this.#children.set(activeCtx, (byLocal = new Map()));
    let byFlags = byLocal.get(local);
    if (byFlags === undefined) byLocal.set(local, (byFlags = new Map()));
    if (!byFlags.has(flags)) this.#size++;
    byFlags.set(flags, result);
  }

  get size(): number {
    return this.#size;
  }
}

/** The memo key of a local context: its value for URLs (and lists of them), else the object itself. */
function localKey(localCtx: unknown): unknown {
  if (typeof localCtx === 'string') return `url:${localCtx}`;
  if (Array.isArray(localCtx) && localCtx.every((entry) => typeof entry === 'string')) return `urls:${JSON.stringify(localCtx)}`;
  if (typeof localCtx === 'object' && localCtx !== null) return localCtx;
  return undefined; // null (reset to the initial context) and anything odd: not memoised
}

/**
 * jsonld's context processing, memoised in `shared` (when `mayShare()` says the documents seen so
 * far are all static) or else in `local`. Passed to the vendored expansion as `options.processContext`.
 */
export function memoisedProcess(shared: ContextMemo | undefined, local: ContextMemo, mayShare: () => boolean): (args: ProcessArgs) => Promise<ActiveContext> {
  return async (args) => {
    const { activeCtx, localCtx, options, propagate = true, overrideProtected = false } = args;
    const key = args.cycles === undefined ? localKey(localCtx) : undefined;
    const flags = JSON.stringify([propagate, overrideProtected, options.base, options.processingMode, options.typeExpansion]);
    if (key !== undefined) {
      const hit = shared?.get(activeCtx, key, flags) ?? local.get(activeCtx, key, flags);
      if (hit !== undefined) return hit;
    }
    let emitted = false;
    const capture = ({ next }: { next: () => void }) => {
      emitted = true;
      next();
    };
    const eventHandler = options.eventHandler ? [capture, options.eventHandler] : [capture];
    const result = (await jsonldContext.process({ ...args, options: { ...options, eventHandler } })) as ActiveContext;
    if (key !== undefined && !emitted) (shared !== undefined && mayShare() ? shared : local).set(activeCtx, key, flags, result);
    return result;
  };
}
