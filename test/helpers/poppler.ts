import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** Poppler's tools read the PDFs as a person's viewer would. CI installs them; locally the tests skip without them. */
export const poppler = spawnSync('pdftotext', ['-v']).status === 0;
if (!poppler && process.env.CI === 'true') throw new Error('pdftotext/pdftoppm (poppler-utils) are required when CI=true');

const dir = mkdtempSync(join(tmpdir(), 'microcred-render-'));
const run = (tool: string, args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** A line of text on a page, where pdftotext -bbox-layout found it. */
export interface TextLine {
  page: number;
  xMin: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Writes `bytes` to a temporary file and reads it back with poppler-utils. */
export function pdf(name: string, bytes: Uint8Array) {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  return {
    path,
    /** Text with layout; `page` limits it to one page. */
    text: (page?: number) => run('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), path, '-']),
    /** Text with all whitespace runs as one space. */
    flat: (page?: number) => run('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), path, '-']).replace(/\s+/g, ' '),
    info: () => run('pdfinfo', [path]),
    meta: () => run('pdfinfo', ['-meta', path]),
    struct: () => run('pdfinfo', ['-struct-text', path]),
    pages: () => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]))![1]),
    /** Images placed on the pages (soft masks not counted). */
    images: () => run('pdfimages', ['-list', path]).split('\n').slice(2).filter((l) => l.trim().split(/\s+/)[2] === 'image').length,
    attachments: () => run('pdfdetach', ['-list', path]),
    /** Saves embedded file `n` (1-based) and returns its bytes. */
    attachment: (n: number) => {
      const out = join(dir, `${name}-attachment-${n}`);
      run('pdfdetach', ['-save', String(n), '-o', out, path]);
      return readFileSync(out);
    },
    /** Every text line with its position (points, origin top left). */
    lines: (): TextLine[] => {
      const html = run('pdftotext', ['-bbox-layout', path, '-']);
      const lines: TextLine[] = [];
      html.split('<page ').slice(1).forEach((pageHtml, i) => {
        for (const m of pageHtml.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
          const words = [...m[4]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'));
          lines.push({ page: i + 1, xMin: Number(m[1]), yMin: Number(m[2]), yMax: Number(m[3]), text: words.join(' ') });
        }
      });
      return lines;
    },
    /** Page `page` (default 1) as an RGBA image at `dpi`, also kept as a PNG file to look at. */
    image: (dpi = 150, page = 1) => {
      run('pdftoppm', ['-r', String(dpi), '-png', '-f', String(page), '-l', String(page), '-singlefile', path, join(dir, `${name}-${page}`)]);
      return PNG.sync.read(readFileSync(join(dir, `${name}-${page}.png`)));
    },
  };
}
