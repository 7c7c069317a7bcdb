// DejaVu Sans covers every Vietnamese precomposed letter; it is embedded subset so a form stays small.
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
const cache = new Map<string, Uint8Array>();

function fontBytes(file: string): Uint8Array {
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    cache.set(file, bytes);
  }
  return bytes;
}

export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  doc.registerFontkit(fontkit);
  // A fixed customName keeps the output deterministic (pdf-lib otherwise adds a random suffix).
  const embed = (key: keyof typeof files) =>
    doc.embedFont(fontBytes(files[key]), {
      subset: true,
      customName: files[key].replace(".ttf", ""),
    });
  return {
    regular: await embed("regular"),
    bold: await embed("bold"),
    italic: await embed("italic"),
  };
}
