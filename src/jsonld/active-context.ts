/**
 * Active contexts that share instead of copy: part of microcred's patch of jsonld.js expansion
 * (docs/jsonld-context-patch.md).
 *
 * jsonld.js gives every active context its own `clone` and `revertToPreviousContext` methods,
 * which each child copies from its parent. An active context grown from {@link createInitialContext}
 * therefore uses the two below all the way down, while jsonld's own initial context (and every
 * context grown from it) keeps jsonld's. They differ from jsonld 9.0.0 (lib/context.js,
 * `_cloneActiveContext`, `_revertToPreviousContext`) in what they copy, not in what they compute:
 *
 * - reverting a type-scoped context returns the previous context itself, not a deep copy;
 * - a clone shares its parent's previous context, and copies the term map shallowly (the term
 *   definitions themselves are shared).
 *
 * Both are sound because jsonld never mutates an active context once context processing has
 * returned it (nor a term definition once created): every update goes to a fresh clone first.
 * test/jsonld/immutable-contexts.test.ts freezes every returned context to hold jsonld to that.
 */
import jsonldContext from 'jsonld/lib/context.js';

/** A jsonld.js active context (untyped upstream; only what this module touches is named). */
export interface ActiveContext {
  mappings: Map<string, unknown>;
  protected: Record<string, unknown>;
  previousContext?: ActiveContext;
  clone(this: ActiveContext): ActiveContext;
  revertToPreviousContext(this: ActiveContext): ActiveContext;
  [key: string]: unknown;
}

function clone(this: ActiveContext): ActiveContext {
  const child = {
    mappings: new Map(this.mappings),
    clone: this.clone,
    inverse: null,
    getInverse: this.getInverse,
    protected: { ...this.protected },
    revertToPreviousContext: this.revertToPreviousContext,
  } as ActiveContext;
  if (this.previousContext) child.previousContext = this.previousContext;
  if ('@base' in this) child['@base'] = this['@base'];
  if ('@language' in this) child['@language'] = this['@language'];
  if ('@vocab' in this) child['@vocab'] = this['@vocab'];
  return child;
}

function revertToPreviousContext(this: ActiveContext): ActiveContext {
  return this.previousContext ?? this;
}

/**
 * A fresh initial active context (no terms) for `processingMode`, equal to jsonld's
 * `getInitialContext` except for the two methods above. A new object each call, so callers can
 * key caches by its identity.
 */
export function createInitialContext(processingMode: unknown): ActiveContext {
  const pristine = jsonldContext.getInitialContext({ processingMode: processingMode as string | undefined });
  return {
    processingMode: pristine.processingMode,
    mappings: new Map(),
    inverse: null,
    getInverse: pristine.getInverse,
    clone,
    revertToPreviousContext,
    protected: {},
  };
}
