/** The resolver's IP-literal recognition (written without node:net, for the runtime-agnostic core) agrees with node:net's isIP. */
import { isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIpLiteral, isNonPublicAddress } from '../../src/resolver/address.js';

const CASES = ['1.2.3.4', '01.2.3.4', '256.1.1.1', '1.2.3', '1.2.3.4.5', '::1', '::', '::ffff:1.2.3.4', '::ffff:999.1.1.1', 'fe80::1', 'fe80::1%eth0', '1::2::3',
  '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7::', 'abc', 'example.edu', '', '[::1]', '12345::', 'g::1', '0.0.0.0', '255.255.255.255', '1.2.3.04'];

describe('IP literals without node:net', () => {
  it.each(CASES)('%s', (text) => {
    const bare = text.startsWith('[') ? text.slice(1, -1) : text;
    expect(isIpLiteral(text)).toBe(isIP(bare.split('%')[0]!) !== 0);
  });

  it('agrees with isIP on generated addresses and near-misses (fixed seed)', () => {
    const v4 = fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(300)).map((p) => p.join('.'));
    const v6 = fc.array(fc.oneof(fc.constant(''), fc.nat(0x1ffff).map((n) => n.toString(16))), { minLength: 1, maxLength: 10 }).map((g) => g.join(':'));
    fc.assert(fc.property(fc.oneof(v4, v6, fc.ipV4(), fc.ipV6()), (text) => isIpLiteral(text) === (isIP(text) !== 0)), { seed: 1703, numRuns: 5000 });
  });

  it('still refuses private addresses and treats non-addresses as non-public', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '::1', '::ffff:127.0.0.1', '169.254.169.254', 'not-an-ip']) expect(isNonPublicAddress(address)).toBe(true);
    for (const address of ['8.8.8.8', '2001:4860:4860::8888']) expect(isNonPublicAddress(address)).toBe(false);
  });
});
