/** Types of the vendored, patched jsonld 9.0.0 lib/expand.js (see that file's header). */
declare const api: {
  expand(args: { activeCtx: object; element: unknown; options: Record<string, unknown> }): Promise<unknown>;
};
export default api;
