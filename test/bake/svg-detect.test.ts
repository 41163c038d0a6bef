import { describe, expect, it } from 'vitest';
import { SVG_PROLOG_MAX, isSvg } from '../../src/bake/svg.js';
import { verify } from '../../src/index.js';

// Regression (issue 10 item 1): the old detection regex backtracked exponentially on comments —
// 30 empty comments took seconds, each one more doubled it. At 200 it would never finish, so the
// test timeout is the proof; the assertions are on the result only.
describe('isSvg() is a linear scan', () => {
  const hostile = `${'<!---->'.repeat(200)}x`;

  it('answers on comment runs that made the old regex backtrack', async () => {
    expect(isSvg(hostile)).toBe(false);
    expect(isSvg(`${'<!-- a -->'.repeat(200)}<svg`)).toBe(false);
    const report = await verify(hostile);
    expect(report.verified).toBe(false);
    expect(report.checks[0]).toMatchObject({ id: 'parse', status: 'fail', code: 'ERR_INPUT_NOT_JSON' });
  });

  it('still recognizes SVG after a declaration, comments and a doctype', () => {
    expect(isSvg('<svg xmlns="http://www.w3.org/2000/svg"/>')).toBe(true);
    expect(isSvg('  <?xml version="1.0"?>\n<!-- c --><!---->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<SVG>')).toBe(true);
    expect(isSvg(`${'<!---->'.repeat(200)}<svg>`)).toBe(true);
    expect(isSvg('<svgx>')).toBe(false);
    expect(isSvg('<!-- unterminated <svg>')).toBe(false);
    expect(isSvg('{"@context": "<svg>"}')).toBe(false);
  });

  it(`looks no further than ${SVG_PROLOG_MAX} characters for the <svg> tag`, () => {
    expect(isSvg(`<!--${' '.repeat(SVG_PROLOG_MAX)}--><svg>`)).toBe(false);
    expect(isSvg(`<!--${' '.repeat(SVG_PROLOG_MAX - 100)}--><svg>`)).toBe(true);
  });
});
