// Creates a form's PDF document and finishes it: page numbers when it runs over one page,
// metadata dated from the form, classic cross-reference table (so it can be signed in place).
import { PDFDocument } from "pdf-lib";
import { Flow, type PageFormat } from "./flow.ts";
import { embedFonts, type FontFace } from "./fonts.ts";
import type { FormBase, Lang } from "./schemas.ts";
import { tr } from "./schemas.ts";
import { drawLines, wrapRuns } from "./text.ts";

export async function startForm(
  format: PageFormat,
  baseSize: number,
  face: FontFace = "sans",
): Promise<Flow> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc, face);
  return new Flow(doc, fonts, format, baseSize);
}

function issuedInstant(d: FormBase["issuedAt"]): Date {
  return typeof d === "string" ? new Date(`${d}T00:00:00+07:00`) : d;
}

export interface FormMeta {
  unit: FormBase["unit"];
  issuedAt: FormBase["issuedAt"];
  /** Printed in the page footer and the document subject: the dossier code or the register book. */
  reference: string;
}

export async function finishForm(
  flow: Flow,
  base: FormMeta,
  title: string,
  lang: Lang,
): Promise<Uint8Array> {
  const t = tr(lang);
  const pages = flow.doc.getPages();
  if (pages.length > 1) {
    const size = flow.baseSize - 2;
    pages.forEach((page, i) => {
      const text = `${base.reference} — ${t("Trang", "Page")} ${i + 1}/${pages.length}`;
      const lines = wrapRuns([{ text, font: flow.fonts.italic }], size, flow.contentWidth);
      drawLines(page, lines, {
        x: flow.left,
        y: flow.margin.bottom - 4,
        width: flow.contentWidth,
        size,
        align: "right",
      });
    });
  }
  const doc = flow.doc;
  const when = issuedInstant(base.issuedAt);
  doc.setTitle(`${title} — ${base.reference}`);
  doc.setSubject(base.reference);
  doc.setAuthor(base.unit.name);
  doc.setCreator("Motcua");
  doc.setProducer("Motcua (pdf-lib)");
  doc.setLanguage(lang === "vi" ? "vi-VN" : "en");
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  return doc.save({ useObjectStreams: false });
}
