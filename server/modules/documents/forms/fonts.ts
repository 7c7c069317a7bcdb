// DejaVu Sans covers every Vietnamese precomposed letter; it is embedded subset so a form stays small.
// Administrative letters (Forms 04, 05) use a serif face metrically compatible with Times New
// Roman, as Decree 30/2020/NĐ-CP Appendix I asks ("phông chữ Times New Roman", 13–14 pt): Tinos
// (the Chrome OS core font made to Times New Roman's metrics, SIL OFL), which covers Vietnamese.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

const require = createRequire(import.meta.url);
const files = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
} as const;
const serifFiles = {
  regular: "400Regular/Tinos_400Regular.ttf",
  bold: "700Bold/Tinos_700Bold.ttf",
  italic: "400Regular_Italic/Tinos_400Regular_Italic.ttf",
} as const;
const cache = new Map<string, Uint8Array>();
// Parsing a font file is the costliest part of a form (DejaVu is ~700 KB): each file is parsed
// once per process and the parsed font is shared by every document (pdf-lib only reads it; the
// subset of the glyphs a document uses is still made per document).
const parsed = new Map<Uint8Array, ReturnType<typeof fontkit.create>>();
const sharedFontkit: typeof fontkit = {
  ...fontkit,
  create(bytes: Uint8Array, postscriptName?: string) {
    let font = parsed.get(bytes);
    if (!font) {
      font = fontkit.create(bytes, postscriptName);
      padSubsetGlyphs(font);
      keepCodePoints(font);
      memoizeLayout(font);
      parsed.set(bytes, font);
    }
    return font;
  },
};

export type FontFace = "sans" | "serif";

function fontBytes(path: string): Uint8Array {
  let bytes = cache.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    cache.set(path, bytes);
  }
  return bytes;
}

/**
 * A shared font keeps its glyph objects: one first made while a document's subset was encoded
 * (a component of an accented letter) has no code points, and the next document's text would
 * then miss it in its ToUnicode map (text not extractable). The code points are filled in when a
 * later look-up knows them.
 */
function keepCodePoints(font: ReturnType<typeof fontkit.create>): void {
  const f = font as unknown as {
    getGlyph(id: number, codePoints?: number[]): { codePoints: number[] };
  };
  const getGlyph = f.getGlyph.bind(f);
  f.getGlyph = (id, codePoints = []) => {
    const glyph = getGlyph(id, codePoints);
    if (codePoints.length && !glyph.codePoints.length) glyph.codePoints = codePoints;
    return glyph;
  };
}

/**
 * fontkit writes a subset's glyph locations in the short format (offset ÷ 2) without padding each
 * glyph to an even length: after the first odd-length glyph (Tinos has many) every location is
 * off by a byte and viewers drop or garble the glyphs. Each glyph is padded to an even length.
 */
export function padSubsetGlyphs(font: ReturnType<typeof fontkit.create>): void {
  type Subset = { glyf: Uint8Array[]; offset: number; _addGlyph(gid: number): number };
  const f = font as unknown as { createSubset(): Subset };
  const createSubset = f.createSubset.bind(f);
  f.createSubset = () => {
    const subset = createSubset();
    const addGlyph = subset._addGlyph.bind(subset);
    subset._addGlyph = (gid) => {
      const id = addGlyph(gid);
      const last = subset.glyf.length - 1;
      const glyph = subset.glyf[last];
      if (glyph.length % 2) {
        // fontkit's own Buffer class (its encoder refuses others), one zero byte longer.
        const padded = (glyph.constructor as unknown as { alloc(n: number): Uint8Array }).alloc(
          glyph.length + 1,
        );
        padded.set(glyph, 0);
        subset.glyf[last] = padded;
        subset.offset += 1;
      }
      return id;
    };
    return subset;
  };
}

/**
 * Shaping a string (fontkit's layout: GSUB/GPOS lookups) is the next cost: the labels of a form are
 * the same on every document, so the runs of glyphs are kept per string (a bounded map).
 */
function memoizeLayout(font: ReturnType<typeof fontkit.create>): void {
  const layout = font.layout.bind(font);
  const runs = new Map<string, ReturnType<typeof layout>>();
  font.layout = ((text: string, ...rest: unknown[]) => {
    if (rest.length && rest[0] !== undefined) return layout(text, ...(rest as []));
    let run = runs.get(text);
    if (!run) {
      if (runs.size >= 5000) runs.clear();
      run = layout(text);
      runs.set(text, run);
    }
    return run;
  }) as typeof font.layout;
}

export type FontKey = "regular" | "bold" | "italic";

/** The file of a face's font and the fixed name it is embedded under. */
export function fontSource(face: FontFace, key: FontKey): { bytes: Uint8Array; name: string } {
  const serif = face === "serif";
  const path = serif
    ? require.resolve(`@expo-google-fonts/tinos/${serifFiles[key]}`)
    : require.resolve(`dejavu-fonts-ttf/ttf/${files[key]}`);
  // A fixed name keeps the output deterministic (pdf-lib otherwise adds a random suffix).
  const name = serif
    ? `Tinos-${key[0].toUpperCase()}${key.slice(1)}`
    : files[key].replace(".ttf", "");
  return { bytes: fontBytes(path), name };
}

export async function embedFonts(doc: PDFDocument, face: FontFace = "sans"): Promise<Fonts> {
  doc.registerFontkit(sharedFontkit);
  const embed = (key: FontKey) => {
    const { bytes, name } = fontSource(face, key);
    return doc.embedFont(bytes, { subset: true, customName: name });
  };
  return {
    regular: await embed("regular"),
    bold: await embed("bold"),
    italic: await embed("italic"),
  };
}
