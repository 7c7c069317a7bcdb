// An electronic copy certified from its original (Decree 23/2015/NĐ-CP Art. 20; electronically,
// Decree 45/2020/NĐ-CP Art. 9): the scan of the original (PDF, or a PNG/JPEG page) followed by a
// page with the certification statement in the words of Circular 01/2020/TT-BTP ("Chứng thực
// bản sao đúng với bản chính", its number and the register's number "…-SCT/BS"), the place and
// date, and the certifier. The caller signs the result with the agency's digital signature.
import { PDFDocument } from "pdf-lib";
import { AppError } from "../../../platform/errors.ts";
import { detectMediaType, MEDIA } from "../storage/detect.ts";
import { embedFonts } from "./fonts.ts";
import { pageCanvas } from "./pdflib-canvas.ts";
import { drawLines, wrapRuns } from "./text.ts";
import { longDate } from "./vn-time.ts";

export interface CertificationWords {
  agencyName: string;
  /** The place name printed before the date (a commune or ward, not the committee). */
  place: string;
  number: number;
  /** "01/2026-SCT/BS": the register book of the year. */
  book: string;
  documentName: string;
  certifiedAt: Date;
  signerTitle: string;
  signerName: string;
}

const A4: [number, number] = [595.28, 841.89];

/** The original's pages as a PDF (a PNG or JPEG scan becomes one A4 page). */
async function originalPdf(scan: Uint8Array): Promise<PDFDocument> {
  const kind = detectMediaType(scan);
  if (kind === MEDIA.pdf) return PDFDocument.load(scan, { updateMetadata: false });
  if (kind !== MEDIA.png && kind !== MEDIA.jpeg)
    throw new AppError("documents.original_not_scan", "unsupported", {
      vi: `Bản chụp bản chính phải là PDF, PNG hoặc JPEG; nội dung tệp là ${kind}.`,
      en: `The scan of the original must be a PDF, PNG or JPEG; its content is ${kind}.`,
    });
  const doc = await PDFDocument.create({ updateMetadata: false });
  const image = kind === MEDIA.png ? await doc.embedPng(scan) : await doc.embedJpg(scan);
  const page = doc.addPage(A4);
  const scale = Math.min((A4[0] - 40) / image.width, (A4[1] - 40) / image.height, 1);
  const w = image.width * scale;
  const h = image.height * scale;
  page.drawImage(image, { x: (A4[0] - w) / 2, y: (A4[1] - h) / 2, width: w, height: h });
  return doc;
}

/** The certified copy (unsigned) and the number of pages of the original. */
export async function certifiedCopyPdf(
  scan: Uint8Array,
  words: CertificationWords,
): Promise<{ pdf: Uint8Array; pages: number }> {
  let doc: PDFDocument;
  try {
    doc = await originalPdf(scan);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError("documents.original_unreadable", "unprocessable", {
      vi: "Không đọc được tệp bản chụp bản chính (tệp hỏng hoặc được mã hóa).",
      en: "The scan of the original cannot be read (damaged or encrypted file).",
    });
  }
  const pages = doc.getPageCount();
  const fonts = await embedFonts(doc, "serif");
  const canvas = pageCanvas(doc.addPage(A4));
  const left = 70;
  const width = A4[0] - left - 50;
  let y = A4[1] - 80;
  const block = (
    text: string,
    font = fonts.regular,
    size = 13,
    align: "left" | "center" = "left",
  ) => {
    const lines = wrapRuns([{ text, font }], size, width);
    y -= drawLines(canvas, lines, { x: left, y, width, size, align }) + 6;
  };
  block(words.agencyName.toUpperCase(), fonts.bold, 13, "center");
  y -= 18;
  block("CHỨNG THỰC BẢN SAO ĐÚNG VỚI BẢN CHÍNH", fonts.bold, 14, "center");
  y -= 8;
  block(`Số chứng thực: ${words.number}   Quyển số: ${words.book}`);
  block(`Bản chính: ${words.documentName} (${pages} trang)`);
  block(`${words.place}, ${longDate(words.certifiedAt, "vi")}`, fonts.italic);
  y -= 14;
  block("NGƯỜI THỰC HIỆN CHỨNG THỰC", fonts.bold, 13, "center");
  block(words.signerTitle, fonts.regular, 13, "center");
  block("(Đã ký số)", fonts.italic, 12, "center");
  y -= 10;
  block(words.signerName, fonts.bold, 13, "center");
  doc.setTitle(`Bản sao chứng thực điện tử số ${words.number}, quyển ${words.book}`);
  doc.setCreator("Motcua");
  doc.setProducer("Motcua (pdf-lib)");
  doc.setLanguage("vi-VN");
  return { pdf: await doc.save({ useObjectStreams: false }), pages };
}
