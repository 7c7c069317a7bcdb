// DejaVu Sans covers every Vietnamese precomposed letter; it is embedded subset so a form stays small.
// Administrative letters (Forms 04, 05) use a serif face (Decree 30/2020/NĐ-CP Appendix I asks
// for a Times-like font): DejaVu Serif from the same package. Liberation Serif (fonts-liberation)
// is metrically Times-compatible but its embedded subset lost Vietnamese letters in extraction.
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
  regular: "DejaVuSerif.ttf",
  bold: "DejaVuSerif-Bold.ttf",
  italic: "DejaVuSerif-Italic.ttf",
} as const;
const cache = new Map<string, Uint8Array>();

export type FontFace = "sans" | "serif";

function fontBytes(path: string): Uint8Array {
  let bytes = cache.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    cache.set(path, bytes);
  }
  return bytes;
}

export async function embedFonts(doc: PDFDocument, face: FontFace = "sans"): Promise<Fonts> {
  doc.registerFontkit(fontkit);
  const serif = face === "serif";
  const pathOf = (key: keyof typeof files) =>
    require.resolve(`dejavu-fonts-ttf/ttf/${(serif ? serifFiles : files)[key]}`);
  // A fixed customName keeps the output deterministic (pdf-lib otherwise adds a random suffix).
  const embed = (key: keyof typeof files) =>
    doc.embedFont(fontBytes(pathOf(key)), {
      subset: true,
      customName: (serif ? serifFiles : files)[key].replace(".ttf", ""),
    });
  return {
    regular: await embed("regular"),
    bold: await embed("bold"),
    italic: await embed("italic"),
  };
}
