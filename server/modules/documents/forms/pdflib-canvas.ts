// The pdf-lib engine: any Unicode text the fonts cover, subset per document (≈ 30 ms a form).
// Forms fall back to it when their text leaves the prepared set of the fast engine.
import {
  fill,
  type PDFDocument,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingRgbColor,
} from "pdf-lib";
import type { Canvas, DocMeta, FormDoc } from "./canvas.ts";
import type { Fonts } from "./fonts.ts";

const BLACK = rgb(0, 0, 0);

/** A pdf-lib page as a canvas (the text's font must be one embedded in the page's document). */
export function pageCanvas(page: PDFPage): Canvas {
  return {
    text(text, x, y, size, font) {
      page.drawText(text, { x, y, size, font: font as PDFFont, color: BLACK });
    },
    line(x1, y1, x2, y2, thickness) {
      page.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness, color: BLACK });
    },
    box(x, y, width, height, thickness) {
      page.drawRectangle({ x, y, width, height, borderColor: BLACK, borderWidth: thickness });
    },
    fillRects(rects) {
      page.pushOperators(
        pushGraphicsState(),
        setFillingRgbColor(0, 0, 0),
        ...rects.map(([x, y, w, h]) => rectangle(x, y, w, h)),
        fill(),
        popGraphicsState(),
      );
    },
  };
}

export function pdfLibDoc(doc: PDFDocument, fonts: Fonts): FormDoc {
  const pages: Canvas[] = [];
  return {
    fonts,
    pages,
    addPage(width, height) {
      const canvas = pageCanvas(doc.addPage([width, height]));
      pages.push(canvas);
      return canvas;
    },
    async save(meta: DocMeta) {
      doc.setTitle(meta.title);
      doc.setSubject(meta.subject);
      doc.setAuthor(meta.author);
      doc.setCreator("Motcua");
      doc.setProducer("Motcua (pdf-lib)");
      doc.setLanguage(meta.language);
      doc.setCreationDate(meta.date);
      doc.setModificationDate(meta.date);
      // Classic cross-reference table: a signature can be appended in place.
      return doc.save({ useObjectStreams: false });
    },
  };
}
