import { deflateSync } from 'node:zlib';
import CRC32 from 'crc-32';

/** A real PNG (RGBA, `size`×`size`) with optional extra tEXt chunks. */
export function png(size = 4, extraTextChunks = 0): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(CRC32.buf(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (1 + size * 4), 0x7f);
  for (let y = 0; y < size; y++) raw[y * (1 + size * 4)] = 0;
  const texts = Array.from({ length: extraTextChunks }, (_, i) => chunk('tEXt', Buffer.from(`Comment\0chunk ${i}`)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), ...texts, chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array())]);
}
