// The fast engine: prepared fonts (once per process and face) and the documents written with them.
import type { FontFace, FontKey } from "../fonts.ts";
import { FastFont } from "./fast-font.ts";
import { type PreparedFont, prepareFont } from "./prepared-font.ts";
import { FastDoc } from "./writer.ts";

export { OutsidePreparedSet } from "./fast-font.ts";

const prepared = new Map<FontFace, Promise<Record<FontKey, PreparedFont>>>();

function preparedFonts(face: FontFace): Promise<Record<FontKey, PreparedFont>> {
  let fonts = prepared.get(face);
  if (!fonts) {
    fonts = (async () => ({
      regular: await prepareFont(face, "regular"),
      bold: await prepareFont(face, "bold"),
      italic: await prepareFont(face, "italic"),
    }))();
    prepared.set(face, fonts);
    fonts.catch(() => prepared.delete(face));
  }
  return fonts;
}

/**
 * Prepares the fonts of both faces ahead of the first form (each takes a fraction of a second to
 * a second or more of CPU): the sans of the counter's receipt first, then the serif of the A4
 * letters. The server calls it once it listens, without waiting for it.
 */
export async function warmFastFonts(): Promise<void> {
  await preparedFonts("sans");
  await preparedFonts("serif");
}

export async function fastDoc(face: FontFace): Promise<FastDoc> {
  const p = await preparedFonts(face);
  return new FastDoc({
    regular: new FastFont(p.regular, "F0"),
    bold: new FastFont(p.bold, "F1"),
    italic: new FastFont(p.italic, "F2"),
  });
}
