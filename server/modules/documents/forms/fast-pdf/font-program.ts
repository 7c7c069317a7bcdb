// The TrueType program embedded in each document keeps the outlines of the glyphs that document
// uses (with the components of accented letters); the other glyph slots stay, empty, so glyph ids
// do not move. A receipt then carries ~80 outlines a font instead of the ~420 prepared. What
// every document shares is compressed once, each outline alone (zlib-pieces.ts).
import { joinPieces, type Piece, piece } from "./zlib-pieces.ts";

export interface FontProgram {
  numGlyphs: number;
  /** head, set to long glyph locations (its checksum adjustment is written per document). */
  head: Buffer;
  /** The tables every document copies as they are (hhea, hmtx, maxp, hinting), compressed. */
  fixed: { tags: string[]; lengths: number[]; checksums: number[]; piece: Piece };
  /** Each glyph's outline padded to 4 bytes, compressed alone, and its checksum. */
  glyphs: { piece: Piece; checksum: number }[];
  /** Each glyph with the components it draws, transitively. */
  closure: number[][];
}

function checksum(b: Buffer): number {
  let sum = 0;
  const whole = b.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + b.readUInt32BE(i)) >>> 0;
  if (whole < b.length) {
    const tail = Buffer.alloc(4);
    b.copy(tail, 0, whole);
    sum = (sum + tail.readUInt32BE(0)) >>> 0;
  }
  return sum;
}

function components(glyph: Buffer): number[] {
  if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) return [];
  const out: number[] = [];
  let pos = 10;
  let flags: number;
  do {
    flags = glyph.readUInt16BE(pos);
    out.push(glyph.readUInt16BE(pos + 2));
    pos += 4 + (flags & 0x1 ? 4 : 2);
    if (flags & 0x8) pos += 2;
    else if (flags & 0x40) pos += 4;
    else if (flags & 0x80) pos += 8;
  } while (flags & 0x20);
  return out;
}

export function parseProgram(ttf: Buffer): FontProgram {
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < ttf.readUInt16BE(4); i++) {
    const at = 12 + 16 * i;
    const offset = ttf.readUInt32BE(at + 8);
    const length = ttf.readUInt32BE(at + 12);
    tables.set(ttf.toString("latin1", at, at + 4), ttf.subarray(offset, offset + length));
  }
  const head = Buffer.from(tables.get("head")!);
  const longLoca = head.readInt16BE(50) === 1;
  head.writeInt16BE(1, 50);
  head.writeUInt32BE(0, 8);
  const numGlyphs = tables.get("maxp")!.readUInt16BE(4);
  const loca = tables.get("loca")!;
  const glyf = tables.get("glyf")!;
  const at = (i: number) => (longLoca ? loca.readUInt32BE(4 * i) : 2 * loca.readUInt16BE(2 * i));
  const outlines: Buffer[] = [];
  for (let g = 0; g < numGlyphs; g++) {
    const data = glyf.subarray(at(g), at(g + 1));
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    outlines.push(padded);
  }
  const closure = outlines.map((_, g) => {
    const seen = new Set<number>();
    const visit = (id: number) => {
      if (seen.has(id) || id >= numGlyphs) return;
      seen.add(id);
      for (const c of components(outlines[id])) visit(c);
    };
    visit(g);
    return [...seen];
  });
  const tags = [...tables.keys()].filter((t) => !["head", "loca", "glyf"].includes(t));
  const padded = tags.map((t) => {
    const data = tables.get(t)!;
    const out = Buffer.alloc((data.length + 3) & ~3);
    data.copy(out);
    return out;
  });
  return {
    numGlyphs,
    head,
    fixed: {
      tags,
      lengths: tags.map((t) => tables.get(t)!.length),
      checksums: padded.map(checksum),
      piece: piece(Buffer.concat(padded)),
    },
    glyphs: outlines.map((o) => ({ piece: piece(o), checksum: checksum(o) })),
    closure,
  };
}

/**
 * The font file with the outlines of the used glyphs (and of glyph 0, the missing glyph), as a
 * FlateDecode stream: directory, head and locations compressed here, the rest copied.
 */
export function programFor(p: FontProgram, used: Uint8Array): { data: Buffer; length: number } {
  const keep = new Uint8Array(p.numGlyphs);
  keep[0] = 1;
  for (let g = 0; g < p.numGlyphs; g++) if (used[g]) for (const c of p.closure[g]) keep[c] = 1;
  const loca = Buffer.alloc(4 * (p.numGlyphs + 1));
  const glyphs: Piece[] = [];
  let glyfLength = 0;
  let glyfSum = 0;
  for (let g = 0; g < p.numGlyphs; g++) {
    loca.writeUInt32BE(glyfLength, 4 * g);
    if (!keep[g]) continue;
    glyphs.push(p.glyphs[g].piece);
    glyfLength += p.glyphs[g].piece.length;
    glyfSum = (glyfSum + p.glyphs[g].checksum) >>> 0;
  }
  loca.writeUInt32BE(glyfLength, 4 * p.numGlyphs);
  // File order: directory, head, loca, the fixed tables, glyf (each 4-byte aligned).
  const entries: { tag: string; length: number; sum: number; offset: number }[] = [];
  const count = p.fixed.tags.length + 3;
  let offset = 12 + 16 * count;
  const add = (tag: string, length: number, sum: number) => {
    entries.push({ tag, length, sum, offset });
    offset += (length + 3) & ~3;
  };
  add("head", p.head.length, checksum(p.head));
  add("loca", loca.length, checksum(loca));
  p.fixed.tags.forEach((t, i) => {
    add(t, p.fixed.lengths[i], p.fixed.checksums[i]);
  });
  add("glyf", glyfLength, glyfSum);
  entries.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const dir = Buffer.alloc(12 + 16 * count);
  const log2 = Math.floor(Math.log2(count));
  dir.writeUInt32BE(0x00010000, 0);
  dir.writeUInt16BE(count, 4);
  dir.writeUInt16BE(16 * 2 ** log2, 6);
  dir.writeUInt16BE(log2, 8);
  dir.writeUInt16BE(16 * count - 16 * 2 ** log2, 10);
  let total = 0;
  entries.forEach((e, i) => {
    const at = 12 + 16 * i;
    dir.write(e.tag, at, "latin1");
    dir.writeUInt32BE(e.sum, at + 4);
    dir.writeUInt32BE(e.offset, at + 8);
    dir.writeUInt32BE(e.length, at + 12);
    total = (total + e.sum) >>> 0;
  });
  const head = Buffer.alloc((p.head.length + 3) & ~3);
  p.head.copy(head);
  head.writeUInt32BE((0xb1b0afba - ((total + checksum(dir)) >>> 0)) >>> 0, 8);
  const first = piece(Buffer.concat([dir, head, loca]), 1);
  return joinPieces([first, p.fixed.piece, ...glyphs]);
}
