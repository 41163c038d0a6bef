/**
 * `microcred/bake`: baked badges — a credential carried inside its badge image (PNG or SVG), as
 * Open Badges 3.0 and 2.0 define. Runtime-agnostic. `verify()` unbakes by itself; import this to
 * bake, or to read a badge without verifying it.
 *
 * @packageDocumentation
 */
export { bake, unbake, isPng, isSvg, BAKE_KEYWORD, OB_NAMESPACE, OB2_BAKE_KEYWORD, OB2_NAMESPACE, DEFAULT_BADGE_SIZE, defaultBadgePng, defaultBadgeSvg } from './bake/index.js';
