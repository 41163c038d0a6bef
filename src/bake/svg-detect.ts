/** Telling an SVG document from other text without parsing it (no XML parser loaded). */

/** How far into a text {@link isSvg} looks for the `<svg` tag: the prolog (XML declaration, comments, doctype) must fit. */
export const SVG_PROLOG_MAX = 64 * 1024;

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/**
 * True when `text` looks like an SVG document (after an optional XML declaration, comments or
 * doctype). A single forward scan of at most {@link SVG_PROLOG_MAX} characters — no backtracking
 * regex, since every string given to `verify()` comes through here.
 */
export function isSvg(text: string): boolean {
  const head = text.slice(0, SVG_PROLOG_MAX);
  let i = 0;
  const skipSpace = () => {
    while (isSpace(head[i])) i++;
  };
  const startsHere = (word: string) => head.slice(i, i + word.length).toLowerCase() === word;
  skipSpace();
  if (startsHere('<?xml')) {
    const end = head.indexOf('>', i);
    if (end < 0) return false;
    i = end + 1;
  }
  for (;;) {
    skipSpace();
    if (startsHere('<!--')) {
      const end = head.indexOf('-->', i + 4);
      if (end < 0) return false;
      i = end + 3;
    } else if (startsHere('<!doctype')) {
      const end = head.indexOf('>', i);
      if (end < 0) return false;
      i = end + 1;
    } else {
      return startsHere('<svg') && (head[i + 4] === '>' || isSpace(head[i + 4]));
    }
  }
}
