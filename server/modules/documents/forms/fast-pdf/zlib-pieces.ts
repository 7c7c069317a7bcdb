// A zlib stream assembled from pieces compressed ahead of time: each piece is raw deflate ended
// by a full flush (byte-aligned, no reference outside itself), so pieces concatenate; the stream
// ends with an empty final block and the Adler-32 of all the data, combined from the pieces'.
import { constants, deflateRawSync } from "node:zlib";

export interface Piece {
  deflated: Buffer;
  length: number;
  adler: number;
}

const BASE = 65521;

export function adler32(data: Buffer): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; ) {
    // 3800 bytes keep b below 2^31 before the modulo.
    const end = Math.min(data.length, i + 3800);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** Adler-32 of A then B, from theirs (zlib's adler32_combine). */
function combine(adler1: number, adler2: number, length2: number): number {
  const rem = length2 % BASE;
  let sum1 = adler1 & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (adler2 & 0xffff) + BASE - 1;
  sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + BASE - rem;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum2 >= BASE * 2) sum2 -= BASE * 2;
  if (sum2 >= BASE) sum2 -= BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

export function piece(data: Buffer, level = 6): Piece {
  return {
    deflated: deflateRawSync(data, { level, finishFlush: constants.Z_FULL_FLUSH }),
    length: data.length,
    adler: adler32(data),
  };
}

const HEADER = Buffer.from([0x78, 0x01]);
const FINAL = deflateRawSync(Buffer.alloc(0));

/** The zlib stream (FlateDecode) of the pieces' data in order, and that data's length. */
export function joinPieces(pieces: Piece[]): { data: Buffer; length: number } {
  let adler = 1;
  let length = 0;
  const parts: Buffer[] = [HEADER];
  for (const p of pieces) {
    if (!p.length) continue;
    parts.push(p.deflated);
    adler = combine(adler, p.adler, p.length);
    length += p.length;
  }
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(adler, 0);
  parts.push(FINAL, tail);
  return { data: Buffer.concat(parts), length };
}
