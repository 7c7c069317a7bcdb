// Creates a form's PDF document and finishes it: page numbers when it runs over one page,
// metadata dated from the form, classic cross-reference table (so it can be signed in place).
import { PDFDocument } from "pdf-lib";
import type { Engine } from "./canvas.ts";
import { fastDoc, OutsidePreparedSet } from "./fast-pdf/index.ts";
import { Flow, type PageFormat } from "./flow.ts";
import { embedFonts, type FontFace } from "./fonts.ts";
import { pdfLibDoc } from "./pdflib-canvas.ts";
import type { FormBase, Lang } from "./schemas.ts";
import { tr } from "./schemas.ts";
import { drawLines, wrapRuns } from "./text.ts";

export async function startForm(
  format: PageFormat,
  baseSize: number,
  face: FontFace = "sans",
  engine: Engine = "fast",
): Promise<Flow> {
  if (engine === "fast") return new Flow(await fastDoc(face), format, baseSize);
  const doc = await PDFDocument.create({ updateMetadata: false });
  return new Flow(pdfLibDoc(doc, await embedFonts(doc, face)), format, baseSize);
}

/**
 * Renders with the fast engine; a text with a character outside its prepared set (a letter of
 * another script, a symbol) renders again, the same way, with pdf-lib.
 */
export async function withFallback(
  render: (engine: Engine) => Promise<Uint8Array>,
): Promise<Uint8Array> {
  try {
    return await render("fast");
  } catch (e) {
    if (e instanceof OutsidePreparedSet) return render("pdf-lib");
    throw e;
  }
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
  const pages = flow.doc.pages;
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
  return flow.doc.save({
    title: `${title} — ${base.reference}`,
    subject: base.reference,
    author: base.unit.name,
    language: lang === "vi" ? "vi-VN" : "en",
    date: issuedInstant(base.issuedAt),
  });
}
