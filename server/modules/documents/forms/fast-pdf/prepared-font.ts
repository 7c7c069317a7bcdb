// A font prepared once per process for the fast engine: subset to the prepared characters,
// compressed, with its widths, its code point → glyph map and its ToUnicode CMap (so copied text
// reads back as Vietnamese), all ready to be copied into every document.
import { deflateSync } from "node:zlib";
import fontkit from "@pdf-lib/fontkit";
import { type FontFace, type FontKey, fontSource, padSubsetGlyphs } from "../fonts.ts";
import { PREPARED_CODE_POINTS, TABLE_SIZE } from "./charset.ts";
import { type FontProgram, parseProgram } from "./font-program.ts";

type FontkitFont = ReturnType<typeof fontkit.create>;

export interface Ligature {
  text: string;
  gid: number;
  hex: string;
  width: number;
}

/** Sequences fontkit's shaping (so pdf-lib) joins into one glyph in some faces, longest first. */
const LIGATURE_CANDIDATES = ["ffi", "ffl", "ff", "fi", "fl"];

export interface PreparedFont {
  /** The BaseFont name, the same pdf-lib gives the font. */
  name: string;
  /** Advance per code point in 1/1000 em, as pdf-lib computes it; NaN outside the set. */
  widths: Float64Array;
  /** The subset's glyph id per code point, as 4 hex digits (Identity-H); undefined outside. */
  glyphHex: (string | undefined)[];
  /** The subset's glyph id per code point; -1 outside. */
  glyphIds: Int32Array;
  /** Advance per glyph of the subset in 1/1000 em (the W array's entries). */
  glyphWidths: Float64Array;
  /** The font's ligatures among the prepared characters (DejaVu: ff, fi, fl, ffi, ffl), longest first. */
  ligatures: Ligature[];
  /** The FontDescriptor's entries, without the font file reference. */
  descriptor: string;
  /** The subset font, from which each document takes the outlines it uses. */
  program: FontProgram;
  toUnicode: Buffer;
}

const n = (x: number) => String(Math.abs(x) < 1e-9 ? 0 : x);

/** The FontDescriptor flags as pdf-lib derives them (ISO 32000-1, 9.8.2). */
function flags(font: FontkitFont): number {
  const f = font as unknown as {
    "OS/2"?: { sFamilyClass: number };
    post: { isFixedPitch: number };
    head: { macStyle: { italic: boolean } };
  };
  const familyClass = f["OS/2"] ? f["OS/2"].sFamilyClass : 0;
  let bits = 1 << 2; // symbolic: the font is not in the standard Latin character set
  if (f.post.isFixedPitch) bits |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) bits |= 1 << 1;
  if (familyClass === 10) bits |= 1 << 3;
  if (f.head.macStyle.italic) bits |= 1 << 6;
  return bits;
}

function encodeSubset(subset: { encodeStream(): NodeJS.ReadableStream }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    subset
      .encodeStream()
      .on("data", (b: Buffer) => parts.push(Buffer.from(b)))
      .on("end", () => resolve(Buffer.concat(parts)))
      .on("error", reject);
  });
}

function toUnicodeCMap(pairs: [number, number | string][]): string {
  const hex = (x: number | string): string =>
    typeof x === "string"
      ? [...x].map((c) => hex(c.charCodeAt(0))).join("")
      : x.toString(16).padStart(4, "0");
  const blocks: string[] = [];
  for (let i = 0; i < pairs.length; i += 100) {
    const chunk = pairs.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar`);
    for (const [gid, cp] of chunk) blocks.push(`<${hex(gid)}> <${hex(cp)}>`);
    blocks.push("endbfchar");
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000><ffff>",
    "endcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}

/** The W array: runs of consecutive glyph ids, each "first [w w …]". */
export function widthsArray(entries: [number, number][]): string {
  const out: string[] = [];
  let run: string[] = [];
  entries.forEach(([id, width], i) => {
    if (i === 0 || id !== entries[i - 1][0] + 1) {
      if (run.length) out.push(`[${run.join(" ")}]`);
      out.push(String(id));
      run = [];
    }
    run.push(n(width));
  });
  if (run.length) out.push(`[${run.join(" ")}]`);
  return `[${out.join(" ")}]`;
}

export async function prepareFont(face: FontFace, key: FontKey): Promise<PreparedFont> {
  const { bytes, name } = fontSource(face, key);
  const font = fontkit.create(bytes);
  padSubsetGlyphs(font);
  const scale = 1000 / font.unitsPerEm;
  const subset = font.createSubset() as unknown as {
    includeGlyph(g: unknown): number;
    encodeStream(): NodeJS.ReadableStream;
  };
  const widths = new Float64Array(TABLE_SIZE).fill(Number.NaN);
  const glyphHex: (string | undefined)[] = new Array(TABLE_SIZE);
  const glyphIds = new Int32Array(TABLE_SIZE).fill(-1);
  const bySubsetId = new Map<number, { cp: number; text?: string; width: number }>();
  for (const cp of PREPARED_CODE_POINTS) {
    if (!font.hasGlyphForCodePoint(cp)) continue;
    const glyph = font.glyphForCodePoint(cp);
    const gid = subset.includeGlyph(glyph);
    // pdf-lib's widthOfTextAtSize sums advanceWidth × scale per glyph: the same numbers here.
    widths[cp] = glyph.advanceWidth * scale;
    glyphHex[cp] = gid.toString(16).padStart(4, "0");
    glyphIds[cp] = gid;
    if (!bySubsetId.has(gid)) bySubsetId.set(gid, { cp, width: widths[cp] });
  }
  const ligatures: Ligature[] = [];
  for (const text of LIGATURE_CANDIDATES) {
    const glyphs = font.layout(text).glyphs;
    if (glyphs.length !== 1) continue;
    const gid = subset.includeGlyph(glyphs[0]);
    const width = glyphs[0].advanceWidth * scale;
    ligatures.push({ text, gid, hex: gid.toString(16).padStart(4, "0"), width });
    bySubsetId.set(gid, { cp: -1, text, width });
  }
  const ids = [...bySubsetId.keys()].sort((a, b) => a - b);
  const ttf = await encodeSubset(subset);
  const { minX, minY, maxX, maxY } = font.bbox;
  const descriptor = [
    `/Type /FontDescriptor /FontName /${name} /Flags ${flags(font)}`,
    `/FontBBox [${[minX, minY, maxX, maxY].map((v) => n(v * scale)).join(" ")}]`,
    `/ItalicAngle ${n(font.italicAngle)} /Ascent ${n(font.ascent * scale)}`,
    `/Descent ${n(font.descent * scale)} /CapHeight ${n((font.capHeight || font.ascent) * scale)}`,
    `/XHeight ${n((font.xHeight || 0) * scale)} /StemV 0`,
  ].join(" ");
  return {
    name,
    widths,
    glyphHex,
    glyphIds,
    ligatures,
    glyphWidths: Float64Array.from({ length: Math.max(...ids) + 1 }, (_, id) =>
      bySubsetId.has(id) ? bySubsetId.get(id)!.width : 0,
    ),
    descriptor,
    program: parseProgram(ttf),
    toUnicode: deflateSync(
      Buffer.from(
        toUnicodeCMap(ids.map((id) => [id, bySubsetId.get(id)!.text ?? bySubsetId.get(id)!.cp])),
        "latin1",
      ),
    ),
  };
}
