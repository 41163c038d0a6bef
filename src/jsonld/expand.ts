/**
 * JSON-LD expansion with microcred's patch of jsonld.js (docs/jsonld-context-patch.md): jsonld
 * 9.0.0's own expansion algorithm (vendored, unchanged but for where context processing goes)
 * over active contexts that share instead of copy, with scoped-context processing memoised.
 * The result equals `jsonld.expand(input, options)`; the differential tests
 * (test/jsonld/differential.test.ts) hold it to that on generated and third-party credentials.
 *
 * The installed jsonld package is not modified: this module uses its other parts as they are,
 * and `jsonld.expand` itself stays pristine for everyone else in the process.
 */
import jsonld from 'jsonld';
import ContextResolver from 'jsonld/lib/ContextResolver.js';
import jsonldEvents from 'jsonld/lib/events.js';
import jsonldUtil from 'jsonld/lib/util.js';
import type { ActiveContext } from './active-context.js';
import { ContextMemo, memoisedProcess, type ProcessArgs } from './context-memo.js';
import vendoredExpand from './vendor/expand.js';

type Loader = (url: string, options?: unknown) => Promise<unknown>;

/** Where a document loader keeps its shared context memo (set by createDocumentLoader). */
export const CONTEXT_MEMO: unique symbol = Symbol('microcred.contextMemo');

/** A new shared memo, for a loader whose `static` documents never change. */
export function createSharedContextMemo(): ContextMemo {
  return new ContextMemo({ whenFull: 'reset' });
}

/** How {@link expand} runs beyond jsonld's options. */
export interface ExpandSettings {
  /**
   * The shared memo to use, for a caller that knows the loader behind the one in `options` (a
   * suite whose library wraps microcred's loader). Default: the loader's own, if any.
   */
  memo?: ContextMemo | undefined;
  /** For tests: gets every active context the expansion starts from or gets back from context processing. */
  seen?(context: ActiveContext): ActiveContext;
}

const isObject = (value: unknown): value is Record<string, unknown> => Object.prototype.toString.call(value) === '[object Object]';

/**
 * `jsonld.expand(input, options)`, faster. Inputs this path does not cover (a URL to fetch, an
 * `expandContext`) go to `jsonld.expand` itself. A shared memo (`settings.memo`, else the
 * loader's own, {@link CONTEXT_MEMO}) is used across calls; without one everything memoised
 * lives for this call only.
 */
export async function expand(input: unknown, options: Record<string, unknown>, settings: ExpandSettings = {}): Promise<unknown[]> {
  if (typeof input === 'string' || 'expandContext' in options || 'compactionMap' in options || 'expansionMap' in options) {
    return jsonld.expand(input, options);
  }
  // jsonld.expand's defaults (jsonld.js `_setDefaults`), then its event handler set-up.
  const merged: Record<string, unknown> = {
    documentLoader: (jsonld as unknown as { documentLoader: Loader }).documentLoader,
    keepFreeFloatingNodes: false,
    contextResolver: new ContextResolver({ sharedCache: new Map() }),
    ...options,
  };
  merged.eventHandler = jsonldEvents.setupEventHandler({ options: merged });
  if (!('base' in merged)) merged.base = '';

  const loader = merged.documentLoader as Loader & { [CONTEXT_MEMO]?: ContextMemo };
  const shared = settings.memo ?? loader[CONTEXT_MEMO];
  const local = new ContextMemo({ whenFull: 'stop' });
  // The shared memo takes only what was computed while every loaded document was `static`.
  let allStatic = true;
  merged.documentLoader = async (url: string, loaderOptions?: unknown) => {
    const document = await loader(url, loaderOptions);
    if (!isObject(document) || document.tag !== 'static') allStatic = false;
    return document;
  };
  const process = memoisedProcess(shared, local, () => allStatic);
  const { seen } = settings;
  merged.processContext = seen === undefined ? process : async (args: ProcessArgs) => seen(await process(args));

  const initial = (shared ?? local).initialContext(merged.processingMode);
  const activeCtx = seen === undefined ? initial : seen(initial);
  let expanded = await vendoredExpand.expand({ activeCtx, element: jsonldUtil.clone(input), options: merged });

  // jsonld.expand's post-processing.
  if (isObject(expanded) && '@graph' in expanded && Object.keys(expanded).length === 1) expanded = expanded['@graph'];
  else if (expanded === null) expanded = [];
  return Array.isArray(expanded) ? expanded : [expanded];
}
