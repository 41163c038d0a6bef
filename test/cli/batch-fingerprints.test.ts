import { describe, expect, it } from 'vitest';
import { FingerprintMap } from '../../src/batch/fingerprints.js';

describe('batch bookkeeping: FingerprintMap', () => {
  it('keeps the value of every key through growth, and knows no other key', () => {
    const map = new FingerprintMap();
    for (let i = 0; i < 20_000; i += 1) map.set(`urn:uuid:${i}`, i);
    map.set('urn:uuid:7', 70); // overwrite keeps the size
    expect(map.size).toBe(20_000);
    expect(map.get('urn:uuid:0')).toBe(0);
    expect(map.get('urn:uuid:7')).toBe(70);
    expect(map.get('urn:uuid:19999')).toBe(19_999);
    expect(map.has('urn:uuid:20000')).toBe(false);
    expect(map.get('')).toBeUndefined();
    expect(map.set('', 0).has('')).toBe(true);
    expect(() => map.set('x', -1)).toThrow(RangeError);
  });
});
