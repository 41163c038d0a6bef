/**
 * A small, strict DER reader and writer: just what JAdES needs (certificates, the `kid`
 * IssuerSerial, RFC 3161 time-stamp tokens). Portable (no Buffer, no node:crypto).
 *
 * The reader refuses BER leniencies — indefinite lengths, non-minimal lengths, high tag numbers,
 * trailing bytes — so a changed byte never parses into "the same" structure.
 */
import { concatBytes } from '../bytes.js';

/** Malformed or unsupported DER. Internal: callers turn it into a failed check or a typed error. */
export class DerError extends Error {}

/** One TLV of a DER encoding. `tlv` and `value` are views into the source bytes. */
export interface DerNode {
  /** The identifier octet, e.g. `0x30` for SEQUENCE, `0xa0` for `[0]` constructed. */
  readonly tag: number;
  readonly constructed: boolean;
  /** 0 universal, 1 application, 2 context-specific, 3 private. */
  readonly tagClass: number;
  readonly tagNumber: number;
  /** The whole encoding (identifier, length and contents). */
  readonly tlv: Uint8Array;
  /** The contents octets. */
  readonly value: Uint8Array;
}

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8_STRING: 0x0c,
  SEQUENCE: 0x30,
  SET: 0x31,
  NUMERIC_STRING: 0x12,
  PRINTABLE_STRING: 0x13,
  TELETEX_STRING: 0x14,
  IA5_STRING: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  VISIBLE_STRING: 0x1a,
  UNIVERSAL_STRING: 0x1c,
  BMP_STRING: 0x1e,
} as const;

/** Reads one TLV starting at `offset` and ending no later than `limit`. */
export function readNode(bytes: Uint8Array, offset = 0, limit = bytes.length): DerNode & { end: number } {
  if (offset >= limit) throw new DerError('Unexpected end of DER data.');
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('High tag numbers are not supported.');
  if (tag === 0) throw new DerError('Tag 0 (end-of-contents) is not DER.');
  let pos = offset + 1;
  if (pos >= limit) throw new DerError('Truncated DER length.');
  const first = bytes[pos++]!;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else {
    const count = first & 0x7f;
    if (count === 0) throw new DerError('Indefinite lengths are not DER.');
    if (count > 4) throw new DerError('DER length too large.');
    if (pos + count > limit) throw new DerError('Truncated DER length.');
    if (bytes[pos] === 0) throw new DerError('Non-minimal DER length.');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[pos++]!;
    if (length < 0x80) throw new DerError('Non-minimal DER length.');
  }
  const end = pos + length;
  if (end > limit) throw new DerError('DER contents run past the end of their container.');
  return {
    tag,
    constructed: (tag & 0x20) !== 0,
    tagClass: tag >> 6,
    tagNumber: tag & 0x1f,
    tlv: bytes.subarray(offset, end),
    value: bytes.subarray(pos, end),
    end,
  };
}

/** Decodes bytes that must hold exactly one TLV (no trailing data). */
export function decodeDer(bytes: Uint8Array): DerNode {
  const node = readNode(bytes, 0, bytes.length);
  if (node.end !== bytes.length) throw new DerError('Trailing bytes after the DER value.');
  return node;
}

/** The TLVs inside a constructed node. */
export function childrenOf(node: DerNode): DerNode[] {
  if (!node.constructed) throw new DerError('Expected a constructed DER value.');
  const out: DerNode[] = [];
  const { value } = node;
  let offset = 0;
  while (offset < value.length) {
    const child = readNode(value, offset, value.length);
    out.push(child);
    offset = child.end;
  }
  return out;
}

/** Asserts a node's tag and returns it. */
export function expectTag(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (node === undefined) throw new DerError(`Missing ${what}.`);
  if (node.tag !== tag) throw new DerError(`Expected ${what} (tag 0x${tag.toString(16)}), found tag 0x${node.tag.toString(16)}.`);
  return node;
}

/** Children of a SEQUENCE / SET with the expected tag. */
export function sequence(node: DerNode | undefined, what: string, tag: number = TAG.SEQUENCE): DerNode[] {
  return childrenOf(expectTag(node, tag, what));
}

/** Decodes an OBJECT IDENTIFIER's contents to dotted form (strict: minimal sub-identifiers). */
export function decodeOid(node: DerNode): string {
  expectTag(node, TAG.OID, 'OBJECT IDENTIFIER');
  const bytes = node.value;
  if (bytes.length === 0) throw new DerError('Empty OBJECT IDENTIFIER.');
  const arcs: number[] = [];
  let value = 0;
  let started = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (!started && b === 0x80) throw new DerError('Non-minimal OBJECT IDENTIFIER arc.');
    started = true;
    value = value * 128 + (b & 0x7f);
    if (value > Number.MAX_SAFE_INTEGER / 256) throw new DerError('OBJECT IDENTIFIER arc too large.');
    if ((b & 0x80) === 0) {
      arcs.push(value);
      value = 0;
      started = false;
    }
  }
  if (started) throw new DerError('Truncated OBJECT IDENTIFIER.');
  const first = arcs.shift()!;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}

/** Contents of an INTEGER, checked minimal. */
export function integerBytes(node: DerNode): Uint8Array {
  expectTag(node, TAG.INTEGER, 'INTEGER');
  const v = node.value;
  if (v.length === 0) throw new DerError('Empty INTEGER.');
  if (v.length > 1 && ((v[0] === 0 && (v[1]! & 0x80) === 0) || (v[0] === 0xff && (v[1]! & 0x80) !== 0))) {
    throw new DerError('Non-minimal INTEGER.');
  }
  return v;
}

/** A BOOLEAN, DER-strict (X.690 §11.1): exactly one content byte, 0x00 or 0xFF. */
export function decodeBoolean(node: DerNode): boolean {
  expectTag(node, TAG.BOOLEAN, 'BOOLEAN');
  const v = node.value;
  if (v.length !== 1 || (v[0] !== 0x00 && v[0] !== 0xff)) throw new DerError('Malformed BOOLEAN (DER needs one byte, 0x00 or 0xFF).');
  return v[0] === 0xff;
}

/** A small non-negative INTEGER as a number. */
export function smallInteger(node: DerNode): number {
  const v = integerBytes(node);
  if (v.length > 4 || (v[0]! & 0x80) !== 0) throw new DerError('INTEGER out of range.');
  let n = 0;
  for (const b of v) n = n * 256 + b;
  return n;
}

/** The bytes of a BIT STRING without unused bits (anything else is refused). */
export function bitStringBytes(node: DerNode): Uint8Array {
  expectTag(node, TAG.BIT_STRING, 'BIT STRING');
  if (node.value.length === 0) throw new DerError('Empty BIT STRING.');
  if (node.value[0] !== 0) throw new DerError('BIT STRING with unused bits where whole bytes are expected.');
  return node.value.subarray(1);
}

/** A BIT STRING as flags (bit 0 = most significant bit of the first byte), e.g. KeyUsage. */
export function bitStringFlags(node: DerNode): boolean[] {
  expectTag(node, TAG.BIT_STRING, 'BIT STRING');
  const v = node.value;
  if (v.length === 0 || v[0]! > 7 || (v.length === 1 && v[0] !== 0)) throw new DerError('Malformed BIT STRING.');
  const unused = v[0]!;
  const flags: boolean[] = [];
  const bits = (v.length - 1) * 8 - unused;
  for (let i = 0; i < bits; i++) flags.push((v[1 + (i >> 3)]! & (0x80 >> (i & 7))) !== 0);
  return flags;
}

/** Decodes the common ASN.1 string types. */
export function decodeString(node: DerNode): string {
  const v = node.value;
  switch (node.tag) {
    case TAG.UTF8_STRING:
      return new TextDecoder('utf-8', { fatal: true }).decode(v);
    case TAG.PRINTABLE_STRING:
    case TAG.IA5_STRING:
    case TAG.NUMERIC_STRING:
    case TAG.VISIBLE_STRING:
      for (const b of v) if (b > 0x7f) throw new DerError('Non-ASCII byte in an ASCII string type.');
      return String.fromCharCode(...v);
    case TAG.TELETEX_STRING:
      return String.fromCharCode(...v);
    case TAG.BMP_STRING: {
      if (v.length % 2 !== 0) throw new DerError('Odd-length BMPString.');
      let s = '';
      for (let i = 0; i < v.length; i += 2) s += String.fromCharCode((v[i]! << 8) | v[i + 1]!);
      return s;
    }
    case TAG.UNIVERSAL_STRING: {
      if (v.length % 4 !== 0) throw new DerError('Malformed UniversalString.');
      let s = '';
      for (let i = 0; i < v.length; i += 4) s += String.fromCodePoint(((v[i]! << 24) | (v[i + 1]! << 16) | (v[i + 2]! << 8) | v[i + 3]!) >>> 0);
      return s;
    }
    default:
      throw new DerError(`Unsupported string type 0x${node.tag.toString(16)}.`);
  }
}

/** Decodes UTCTime or GeneralizedTime (UTC, `Z`-terminated, as RFC 5280 requires). */
export function decodeTime(node: DerNode): Date {
  const text = String.fromCharCode(...node.value);
  let match: RegExpMatchArray | null;
  let year: number;
  if (node.tag === TAG.UTC_TIME) {
    match = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
    if (!match) throw new DerError(`Malformed UTCTime "${text}".`);
    const yy = Number(match[1]);
    year = yy < 50 ? 2000 + yy : 1900 + yy;
  } else if (node.tag === TAG.GENERALIZED_TIME) {
    match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d*[1-9]))?Z$/.exec(text);
    if (!match) throw new DerError(`Malformed GeneralizedTime "${text}".`);
    year = Number(match[1]);
  } else {
    throw new DerError('Expected a UTCTime or GeneralizedTime.');
  }
  const [month, day, hour, minute, second] = [2, 3, 4, 5, 6].map((i) => Number(match![i]));
  const fraction = match[7] === undefined ? 0 : Math.floor(Number(`0.${match[7]}`) * 1000);
  const ms = Date.UTC(year, month! - 1, day, hour, minute, second, fraction);
  const date = new Date(ms);
  if (Number.isNaN(ms) || date.getUTCMonth() !== month! - 1 || date.getUTCDate() !== day || hour! > 23 || minute! > 59 || second! > 59) {
    throw new DerError(`Invalid date "${text}".`);
  }
  return date;
}

// ---------------------------------------------------------------------------------------------
// Writer

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const out: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n & 0xff);
  return [0x80 | out.length, ...out];
}


/** One TLV. */
export function tlv(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const body = concatBytes(contents);
  return concatBytes([Uint8Array.from([tag, ...lengthBytes(body.length)]), body]);
}

export const seq = (...items: Uint8Array[]): Uint8Array => tlv(TAG.SEQUENCE, ...items);

/** SET OF: DER orders the encodings. */
export function setOf(...items: Uint8Array[]): Uint8Array {
  const sorted = [...items].sort(compareBytes);
  return tlv(TAG.SET, ...sorted);
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && compareBytes(a, b) === 0;
}

/** INTEGER from an unsigned big-endian magnitude (leading zeros trimmed, sign byte added). */
export function integer(value: Uint8Array | number): Uint8Array {
  let bytes: Uint8Array;
  if (typeof value === 'number') {
    const out: number[] = [];
    for (let n = value; n > 0; n = Math.floor(n / 256)) out.unshift(n & 0xff);
    bytes = Uint8Array.from(out.length ? out : [0]);
  } else {
    let start = 0;
    while (start < value.length - 1 && value[start] === 0) start++;
    bytes = value.length ? value.subarray(start) : Uint8Array.of(0);
  }
  if (bytes[0]! & 0x80) bytes = concatBytes([Uint8Array.of(0), bytes]);
  return tlv(TAG.INTEGER, bytes);
}

export function oid(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map(Number);
  if (arcs.length < 2 || arcs.some((a) => !Number.isSafeInteger(a) || a < 0)) throw new DerError(`Bad OID ${dotted}.`);
  const out: number[] = [];
  const push = (n: number) => {
    const chunk = [n & 0x7f];
    for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) chunk.unshift((v & 0x7f) | 0x80);
    out.push(...chunk);
  };
  push(arcs[0]! * 40 + arcs[1]!);
  for (const arc of arcs.slice(2)) push(arc);
  return tlv(TAG.OID, Uint8Array.from(out));
}

export const nullValue = (): Uint8Array => Uint8Array.of(TAG.NULL, 0);
export const octetString = (bytes: Uint8Array): Uint8Array => tlv(TAG.OCTET_STRING, bytes);
export const bitString = (bytes: Uint8Array, unusedBits = 0): Uint8Array => tlv(TAG.BIT_STRING, Uint8Array.of(unusedBits), bytes);
export const boolean = (value: boolean): Uint8Array => tlv(TAG.BOOLEAN, Uint8Array.of(value ? 0xff : 0));
export const utf8String = (text: string): Uint8Array => tlv(TAG.UTF8_STRING, new TextEncoder().encode(text));
export const printableString = (text: string): Uint8Array => tlv(TAG.PRINTABLE_STRING, new TextEncoder().encode(text));
export const ia5String = (text: string): Uint8Array => tlv(TAG.IA5_STRING, new TextEncoder().encode(text));
/** `[n]` EXPLICIT (constructed) wrapper. */
export const explicit = (n: number, ...inner: Uint8Array[]): Uint8Array => tlv(0xa0 | n, ...inner);
/** `[n]` IMPLICIT primitive. */
export const implicitPrimitive = (n: number, contents: Uint8Array): Uint8Array => tlv(0x80 | n, contents);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** RFC 5280 time: UTCTime for 1950–2049, GeneralizedTime otherwise (whole seconds). */
export function time(date: Date): Uint8Array {
  const y = date.getUTCFullYear();
  const rest = `${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
  if (y >= 1950 && y < 2050) return tlv(TAG.UTC_TIME, new TextEncoder().encode(`${pad(y % 100)}${rest}`));
  return generalizedTime(date);
}

export const generalizedTime = (date: Date): Uint8Array =>
  tlv(
    TAG.GENERALIZED_TIME,
    new TextEncoder().encode(
      `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`,
    ),
  );
