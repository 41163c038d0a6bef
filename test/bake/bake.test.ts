import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bake, unbake } from '../../src/bake/index.js';
import { createMicroCredential, generateKey, verify } from '../../src/index.js';
import { example } from '../helpers/fixtures.js';
import { png } from '../helpers/png.js';

const SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 64 64" inkscape:version="1.3">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#003399"/></linearGradient></defs>
  <circle cx="32" cy="32" r="30" fill="url(#g)"/><use xlink:href="#g"/>
  <text x="8" y="36">ხელოვნური</text>
</svg>`;

describe('baked badges', () => {
  let signed: object;
  let jwt: string;
  beforeAll(async () => {
    signed = (await createMicroCredential(example('ge-ai-research'), { profile: 'ge', key: await generateKey({ suite: 'eddsa-rdfc-2022' }) })) as object;
    jwt = (await createMicroCredential(example('am-data-analytics'), { key: await generateKey({ suite: 'vc-jwt', alg: 'ES256' }) })) as string;
  });

  it('PNG: bakes an iTXt chunk after IHDR and unbakes the same credential, which verifies', async () => {
    const baked = bake(signed, png()) as Uint8Array;
    const text = Buffer.from(baked).toString('latin1');
    expect(text.indexOf('iTXtopenbadgecredential')).toBeGreaterThan(0);
    expect(text.indexOf('iTXt')).toBeLessThan(text.indexOf('IDAT'));
    expect(unbake(baked)).toEqual(signed);
    const report = await verify(unbake(baked));
    expect(report.verified).toBe(true);
    expect(report.microCredential?.title.ka).toBe(example('ge-ai-research').title.ka);
  });

  it('PNG: carries a VC-JWT as text, and rebaking replaces the earlier credential', async () => {
    const once = bake(signed, png()) as Uint8Array;
    const twice = bake(jwt, once) as Uint8Array;
    expect(unbake(twice)).toBe(jwt);
    expect((await verify(unbake(twice))).verified).toBe(true);
    expect(Buffer.from(twice).toString('latin1').split('openbadgecredential')).toHaveLength(2);
  });

  it('PNG: works with many other chunks and keeps them', () => {
    const base = png(8, 500);
    const baked = bake(signed, base) as Uint8Array;
    expect(unbake(baked)).toEqual(signed);
    expect(Buffer.from(baked).toString('latin1').split('tEXtComment')).toHaveLength(501);
  });

  it('PNG: refuses truncated, corrupted, compressed and doubly baked files with a code', () => {
    const baked = bake(signed, png()) as Uint8Array;
    expect(() => unbake(baked.subarray(0, baked.length - 20))).toThrow(expect.objectContaining({ code: 'ERR_PNG_INVALID' }));
    const flipped = Uint8Array.from(baked);
    flipped[60] = flipped[60]! ^ 0xff;
    expect(() => unbake(flipped)).toThrow(expect.objectContaining({ code: 'ERR_PNG_INVALID' }));
    expect(() => unbake(png())).toThrow(expect.objectContaining({ code: 'ERR_NOT_BAKED' }));
    expect(() => unbake(Uint8Array.of(1, 2, 3))).toThrow(expect.objectContaining({ code: 'ERR_IMAGE_UNSUPPORTED' }));
  });

  it('PNG: no random corruption of a baked file crashes or yields another credential', () => {
    const baked = bake(signed, png()) as Uint8Array;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: baked.length - 1 }), fc.integer({ min: 1, max: 255 }), (index, xor) => {
        const copy = Uint8Array.from(baked);
        copy[index] = copy[index]! ^ xor;
        try {
          expect(unbake(copy)).toEqual(signed); // only possible if the flipped byte was ignored padding
        } catch (error) {
          expect((error as { code?: string }).code).toMatch(/^ERR_/);
        }
      }),
      { numRuns: 300, seed: 1007 },
    );
  });

  it('SVG: bakes JSON in CDATA right after <svg>, keeps other namespaces, unbakes, verifies', async () => {
    const baked = bake(signed, SVG) as string;
    expect(baked).toMatch(/<svg [^>]*xmlns:openbadges="https:\/\/purl\.imsglobal\.org\/ob\/v3p0"[^>]*><openbadges:credential><!\[CDATA\[/);
    expect(baked).toContain('inkscape:version="1.3"');
    expect(baked).toContain('xlink:href="#g"');
    expect(baked).toContain('ხელოვნური');
    expect(unbake(baked)).toEqual(signed);
    expect((await verify(unbake(baked))).verified).toBe(true);
  });

  it('SVG: a JWT goes in the verify attribute; bytes in, bytes out; rebaking replaces', () => {
    const baked = bake(jwt, new TextEncoder().encode(bake(signed, SVG) as string)) as Uint8Array;
    const text = new TextDecoder().decode(baked);
    expect(text).toContain(`<openbadges:credential verify="${jwt}"/>`);
    expect(text.match(/openbadges:credential/g)).toHaveLength(1);
    expect(unbake(baked)).toBe(jwt);
  });

  it('SVG: survives "]]>" inside the credential text', () => {
    const tricky = { ...signed, name: 'a ]]> b' };
    expect(unbake(bake(tricky, SVG) as string)).toEqual(tricky);
  });

  it('SVG: refuses malformed XML, a non-SVG root, doubly baked files, and does not expand entities', () => {
    expect(() => unbake('<svg><unclosed></svg>')).toThrow(expect.objectContaining({ code: 'ERR_SVG_INVALID' }));
    expect(() => unbake('<html xmlns="http://www.w3.org/1999/xhtml"/>')).toThrow(expect.objectContaining({ code: 'ERR_SVG_INVALID' }));
    const two = (bake(signed, SVG) as string).replace('</svg>', `<o:credential xmlns:o="https://purl.imsglobal.org/ob/v3p0" verify="${jwt}"/></svg>`);
    expect(() => unbake(two)).toThrow(expect.objectContaining({ code: 'ERR_BAKED_AMBIGUOUS' }));
    const laughs = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><svg xmlns="http://www.w3.org/2000/svg"><openbadges:credential xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" verify="&c;"/></svg>`;
    // Bounded by what comes out (entities are not expanded), not by time.
    try {
      const out = unbake(laughs);
      expect(typeof out === 'string' ? out.length : 0).toBeLessThan(1000);
    } catch (error) {
      expect((error as { code?: string }).code).toMatch(/^ERR_/);
    }
  });
});
