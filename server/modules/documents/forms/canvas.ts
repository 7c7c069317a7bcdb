// What the forms draw on, whichever engine writes the PDF: a page that takes text, rules, boxes
// and filled rectangles (the QR symbol), fonts that measure text, and a document that adds pages
// and saves itself with its metadata. Two engines implement it: pdf-lib (any text) and the
// prepared-font writer (fast-pdf/: the Vietnamese and Latin letters a form needs, ~1 ms a form).
export interface MeasuredFont {
  widthOfTextAtSize(text: string, size: number): number;
}

export interface FormFonts {
  regular: MeasuredFont;
  bold: MeasuredFont;
  italic: MeasuredFont;
}

/** Coordinates in points from the page's bottom-left corner; everything is drawn in black. */
export interface Canvas {
  /** One line of text with its baseline at y. */
  text(text: string, x: number, y: number, size: number, font: MeasuredFont): void;
  line(x1: number, y1: number, x2: number, y2: number, thickness: number): void;
  /** A rectangle's outline. */
  box(x: number, y: number, width: number, height: number, thickness: number): void;
  /** Rectangles [x, y, width, height] filled as one path. */
  fillRects(rects: readonly (readonly [number, number, number, number])[]): void;
}

export interface DocMeta {
  title: string;
  subject: string;
  author: string;
  /** "vi-VN" or "en". */
  language: string;
  /** Creation and modification date. */
  date: Date;
}

export interface FormDoc {
  readonly fonts: FormFonts;
  addPage(width: number, height: number): Canvas;
  readonly pages: readonly Canvas[];
  save(meta: DocMeta): Promise<Uint8Array>;
}

/** Which writer renders a form: the prepared fonts (default), or pdf-lib for any other text. */
export type Engine = "fast" | "pdf-lib";
