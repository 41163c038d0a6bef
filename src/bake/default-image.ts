/**
 * A badge image for `bake` when the issuer has none: a neutral rosette (PNG), or an SVG that
 * names the credential's title and issuer. Drawn in code (no Node built-ins, no image files), so
 * it works wherever the bake module does.
 */
import CRC32 from 'crc-32';
import { zlibSync } from 'fflate';

/** Side of the default PNG badge, in pixels. */
export const DEFAULT_BADGE_SIZE = 256;

const NAVY = [0x00, 0x33, 0x99] as const;
const GOLD = [0xff, 0xcc, 0x00] as const;

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, CRC32.buf(out.subarray(4, 8 + data.length)) >>> 0);
  return out;
}

/** Distance from point p to the segment a–b. */
function toSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Colour (RGBA) of one sample of the rosette: a navy disc, a gold ring, a gold tick; transparent outside. */
function sample(x: number, y: number, size: number): [number, number, number, number] {
  const c = size / 2;
  const r = Math.hypot(x - c, y - c) / c;
  if (r > 0.98) return [0, 0, 0, 0];
  if (r > 0.86) return [...NAVY, 255];
  if (r > 0.8) return [...GOLD, 255];
  const s = size / 256;
  const tick = Math.min(toSegment(x, y, 82 * s, 132 * s, 114 * s, 164 * s), toSegment(x, y, 114 * s, 164 * s, 178 * s, 96 * s));
  return tick < 11 * s ? [...GOLD, 255] : [...NAVY, 255];
}

/**
 * A neutral PNG badge (`size`×`size`, RGBA, anti-aliased): no institution's name or logo, so it
 * never passes for one. Deterministic: the same bytes every time.
 */
export function defaultBadgePng(size = DEFAULT_BADGE_SIZE): Uint8Array {
  const stride = 1 + size * 4;
  const raw = new Uint8Array(size * stride);
  const grid = 3; // 3×3 samples per pixel smooth the edges
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let i = 0; i < grid; i += 1) {
        for (let j = 0; j < grid; j += 1) {
          const [sr, sg, sb, sa] = sample(x + (i + 0.5) / grid, y + (j + 0.5) / grid, size);
          r += sr * sa;
          g += sg * sa;
          b += sb * sa;
          a += sa;
        }
      }
      const at = y * stride + 1 + x * 4;
      raw.set(a ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round(a / (grid * grid))] : [0, 0, 0, 0], at);
    }
  }
  const header = new Uint8Array(13);
  new DataView(header.buffer).setUint32(0, size);
  new DataView(header.buffer).setUint32(4, size);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const signature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  const parts = [signature, chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Up to `lines` lines of about `width` characters; a longer text ends in "…". */
function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length > lines) return [...out.slice(0, lines - 1), `${out[lines - 1]!.slice(0, width - 1)}…`];
  return out;
}

/** The credential's title and issuer name, from a credential object or a VC-JWT's payload. */
function describe(credential: object | string): { title?: string; issuer?: string } {
  let value: unknown = credential;
  if (typeof credential === 'string') {
    try {
      const payload = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob((credential.split('.')[1] ?? '').replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)))) as { vc?: unknown };
      value = payload.vc ?? payload;
    } catch {
      return {};
    }
  }
  const vc = value as { name?: unknown; issuer?: unknown; credentialSubject?: { achievement?: { name?: unknown } } };
  const text = (v: unknown) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (Object.values(v).find((x) => typeof x === 'string') as string | undefined) : undefined);
  return {
    title: text(vc.credentialSubject?.achievement?.name) ?? text(vc.name),
    issuer: vc.issuer && typeof vc.issuer === 'object' ? text((vc.issuer as { name?: unknown }).name) : undefined,
  };
}

/**
 * An SVG badge drawn from the credential: the neutral rosette with the title (up to three
 * lines) and the issuer's name under it, as the credential states them (bake it, and the
 * verifier checks them). Text is escaped; nothing from the credential becomes markup.
 */
export function defaultBadgeSvg(credential: object | string): string {
  const { title, issuer } = describe(credential);
  const lines = wrap(title ?? 'Micro-credential', 24, 3);
  const text = lines.map((line, i) => `<text x="160" y="${268 + i * 24}" font-size="19" font-weight="700">${escapeXml(line)}</text>`).join('');
  const by = issuer ? `<text x="160" y="${268 + lines.length * 24 + 8}" font-size="14" fill="#4a4a4a">${escapeXml(wrap(issuer, 34, 1)[0]!)}</text>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="360" viewBox="0 0 320 360" font-family="'Noto Sans','DejaVu Sans',sans-serif" text-anchor="middle" fill="#1a1a1a">` +
    `<title>${escapeXml(title ?? 'Micro-credential')}</title>` +
    `<circle cx="160" cy="120" r="110" fill="#003399"/><circle cx="160" cy="120" r="92" fill="none" stroke="#ffcc00" stroke-width="7"/>` +
    `<path d="m115 124 30 30 62-64" fill="none" stroke="#ffcc00" stroke-width="18" stroke-linecap="round" stroke-linejoin="round"/>` +
    `${text}${by}</svg>\n`
  );
}
