/**
 * A compact string-keyed map for a batch's bookkeeping (ids and file names seen in this run):
 * each key is kept as a 96-bit SHA-256 fingerprint in typed arrays, about 32 bytes an entry
 * however long the key, so 100,000 rows cost ~3 MiB instead of ~50 MiB of strings in a Map.
 * Two different keys share a fingerprint with probability ~n²/2⁹⁷ (≈ 6·10⁻²⁰ for 100,000 keys).
 */
import { createHash } from 'node:crypto';

export class FingerprintMap {
  // Three 32-bit words of fingerprint per slot; value + 1 per slot (0: empty). Open addressing, linear probing.
  #words = new Uint32Array(3 * 1024);
  #values = new Uint32Array(1024);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** The value stored for `key`, or undefined. */
  get(key: string): number | undefined {
    const [a, b, c] = fingerprint(key);
    const slot = this.#find(a, b, c);
    const stored = this.#values[slot]!;
    return stored === 0 ? undefined : stored - 1;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** Stores `value` (a whole number from 0 to 2³² − 2) for `key`. */
  set(key: string, value: number): this {
    if (!Number.isInteger(value) || value < 0 || value >= 0xffffffff) throw new RangeError('FingerprintMap values are whole numbers from 0 to 2³² − 2');
    const [a, b, c] = fingerprint(key);
    let slot = this.#find(a, b, c);
    if (this.#values[slot] === 0) {
      // Kept at most half full, so probes stay short.
      if ((this.#size + 1) * 2 > this.#values.length) {
        this.#grow();
        slot = this.#find(a, b, c);
      }
      this.#words.set([a, b, c], slot * 3);
      this.#size += 1;
    }
    this.#values[slot] = value + 1;
    return this;
  }

  /** The slot holding this fingerprint, or the empty slot where it would go. */
  #find(a: number, b: number, c: number): number {
    const mask = this.#values.length - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      if (this.#values[slot] === 0) return slot;
      const at = slot * 3;
      if (this.#words[at] === a && this.#words[at + 1] === b && this.#words[at + 2] === c) return slot;
    }
  }

  #grow(): void {
    const words = this.#words;
    const values = this.#values;
    this.#words = new Uint32Array(words.length * 2);
    this.#values = new Uint32Array(values.length * 2);
    for (let slot = 0; slot < values.length; slot += 1) {
      if (values[slot] === 0) continue;
      const at = slot * 3;
      const to = this.#find(words[at]!, words[at + 1]!, words[at + 2]!);
      this.#words.set(words.subarray(at, at + 3), to * 3);
      this.#values[to] = values[slot]!;
    }
  }
}

function fingerprint(key: string): [number, number, number] {
  const digest = createHash('sha256').update(key, 'utf8').digest();
  return [digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8)];
}
