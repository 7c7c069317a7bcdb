// A prepared font as the forms use it: measures text exactly as pdf-lib does (the same sum of
// the same advances, so lines break at the same words) and encodes it as Identity-H glyph ids.
import type { MeasuredFont } from "../canvas.ts";
import type { Ligature, PreparedFont } from "./prepared-font.ts";

/** A text has a character the fast engine did not prepare: the form renders with pdf-lib. */
export class OutsidePreparedSet extends Error {
  constructor(readonly codeUnit: number) {
    super(`U+${codeUnit.toString(16).toUpperCase().padStart(4, "0")} is not in the prepared set`);
  }
}

export class FastFont implements MeasuredFont {
  /** The glyphs this document's text uses (their outlines are embedded). */
  readonly used: Uint8Array;

  constructor(
    readonly prepared: PreparedFont,
    /** The font's resource name on the pages ("F0"…). */
    readonly resource: string,
  ) {
    this.used = new Uint8Array(prepared.program.numGlyphs);
  }

  /** The ligature that starts at text[i], when the font has one there (shaping takes it). */
  private ligatureAt(text: string, i: number): Ligature | undefined {
    if (text.charCodeAt(i) !== 0x66) return undefined; // every prepared ligature starts with "f"
    return this.prepared.ligatures.find((l) => text.startsWith(l.text, i));
  }

  widthOfTextAtSize(text: string, size: number): number {
    const widths = this.prepared.widths;
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      const lig = this.ligatureAt(text, i);
      if (lig) {
        total += lig.width;
        i += lig.text.length - 1;
        continue;
      }
      const w = widths[text.charCodeAt(i)];
      if (w === undefined || Number.isNaN(w)) throw new OutsidePreparedSet(text.charCodeAt(i));
      total += w;
    }
    return total * (size / 1000);
  }

  /** The text's glyph ids as a hex string (the operand of Tj). */
  encode(text: string): string {
    const { glyphHex, glyphIds } = this.prepared;
    let out = "";
    for (let i = 0; i < text.length; i++) {
      const lig = this.ligatureAt(text, i);
      if (lig) {
        this.used[lig.gid] = 1;
        out += lig.hex;
        i += lig.text.length - 1;
        continue;
      }
      const code = text.charCodeAt(i);
      const h = glyphHex[code];
      if (h === undefined) throw new OutsidePreparedSet(code);
      this.used[glyphIds[code]] = 1;
      out += h;
    }
    return out;
  }
}
