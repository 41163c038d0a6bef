/**
 * The display page image EDCs must carry for every display language (DisplayDetail.image):
 * what the Europass viewer shows. microcred renders it as SVG — text and vector shapes only,
 * so it is small, deterministic and legible in any script the viewer's fonts cover (Georgian,
 * Armenian, Greek, Cyrillic …). A PNG or JPEG page needs a rasteriser with fonts for those
 * scripts, which microcred does not ship: callers who need one pass `renderPage` to toElm.
 */
import type { ElmDisplayPage, ElmRenderedPage } from './types.js';
import { utf8ToBase64 } from './values.js';

const WIDTH = 1123; // A4 landscape at 96 dpi
const HEIGHT = 794;
const MARGIN = 80;
const FONTS = "'Noto Sans','Noto Sans Georgian','Noto Sans Armenian','DejaVu Sans',Arial,sans-serif";
const BLUE = '#003399';

/** Characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF) are dropped. */
function clean(text: string): string {
  return Array.from(text)
    .filter((ch) => {
      const code = ch.codePointAt(0)!;
      if (code === 0x9 || code === 0xa || code === 0xd) return true;
      if (code < 0x20 || code === 0xfffe || code === 0xffff) return false;
      return !(ch.length === 1 && code >= 0xd800 && code <= 0xdfff);
    })
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap by code points, at most `maxLines` lines (the last one ellipsised). */
function wrap(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  for (const word of clean(text).split(' ')) {
    const chars = Array.from(word);
    const candidate = line.length ? [...line, ' ', ...chars] : chars;
    if (candidate.length <= maxChars) {
      line = candidate;
      continue;
    }
    if (line.length) lines.push(line.join(''));
    line = chars;
    while (line.length > maxChars) {
      lines.push(line.slice(0, maxChars).join(''));
      line = line.slice(maxChars);
    }
  }
  if (line.length) lines.push(line.join(''));
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${Array.from(kept[maxLines - 1]!).slice(0, maxChars - 1).join('')}…`;
    return kept;
  }
  return lines;
}

function textBlock(lines: string[], x: number, y: number, size: number, attrs = ''): string {
  return lines.map((line, i) => `<text x="${x}" y="${y + i * Math.round(size * 1.25)}" font-size="${size}"${attrs}>${escape(line)}</text>`).join('');
}

/** The page as SVG markup. */
export function renderSvg(page: ElmDisplayPage): string {
  const parts: string[] = [];
  const titleLines = wrap(page.title, 44, 3);
  let y = 190;
  parts.push(textBlock(titleLines, MARGIN, y, 40, ` font-weight="bold" fill="${BLUE}"`));
  y += titleLines.length * 50 + 40;
  if (page.learner) {
    parts.push(textBlock(['Awarded to'], MARGIN, y, 18, ' fill="#555555"'));
    parts.push(textBlock(wrap(page.learner, 50, 1), MARGIN, y + 40, 32, ' font-weight="bold"'));
    y += 100;
  }
  const bodies = wrap(page.awardingBodies.join(' · '), 80, 2);
  parts.push(textBlock(['Awarded by'], MARGIN, y, 18, ' fill="#555555"'));
  parts.push(textBlock(bodies, MARGIN, y + 34, 24));
  const facts: Array<[string, string]> = [['Date of issuing', page.dateOfIssuing.slice(0, 10)]];
  if (page.ects !== undefined) facts.push(['ECTS credits', String(page.ects)]);
  if (page.hours !== undefined) facts.push(['Notional workload', `${page.hours} h`]);
  if (page.eqfLevel !== undefined) facts.push(['EQF level', page.eqfLevel === 'not-applicable' ? 'not applicable' : String(page.eqfLevel)]);
  const column = (WIDTH - 2 * MARGIN) / facts.length;
  facts.forEach(([label, value], i) => {
    const x = Math.round(MARGIN + i * column);
    parts.push(textBlock([label], x, HEIGHT - 130, 16, ' fill="#555555"'));
    parts.push(textBlock([value], x, HEIGHT - 96, 26, ' font-weight="bold"'));
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xml:lang="${escape(page.language)}" font-family="${FONTS}">` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>` +
    `<rect x="20" y="20" width="${WIDTH - 40}" height="${HEIGHT - 40}" fill="none" stroke="${BLUE}" stroke-width="4"/>` +
    `<rect x="20" y="20" width="${WIDTH - 40}" height="70" fill="${BLUE}"/>` +
    `<text x="${MARGIN}" y="66" font-size="26" fill="#ffffff" letter-spacing="3">MICRO-CREDENTIAL</text>` +
    `<line x1="${MARGIN}" y1="${HEIGHT - 170}" x2="${WIDTH - MARGIN}" y2="${HEIGHT - 170}" stroke="${BLUE}" stroke-width="1"/>` +
    parts.join('') +
    '</svg>'
  );
}

/** The default page renderer of toElm: SVG, base64. */
export function renderSvgPage(page: ElmDisplayPage): ElmRenderedPage {
  return { mediaType: 'image/svg+xml', base64: utf8ToBase64(renderSvg(page)) };
}
