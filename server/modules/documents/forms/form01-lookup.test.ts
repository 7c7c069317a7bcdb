// The receipt as the applicant holds it: the look-up secret is printed on their copy, and the QR
// symbol, read back from the PDF's drawing, carries the look-up page of the dossier by its code.
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from "pdf-lib";
import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { pdfText } from "./pdf-text.test-util.ts";
import { renderForm } from "./render.ts";
import { sample01 } from "./samples.ts";

const SECRET = "K7M2Q9XA";
const LOOKUP = `https://dichvucong.example.vn/tra-cuu?ma=${encodeURIComponent(sample01.dossierCode)}`;

/** The QR symbol's modules as drawn: one filled rectangle per horizontal run of dark modules. */
async function drawnQr(pdf: Uint8Array): Promise<boolean[][]> {
  const page = (await PDFDocument.load(pdf)).getPage(0);
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((r) => page.doc.context.lookup(r))
      : [contents];
  const ops = streams
    .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
    .map((s) => new TextDecoder().decode(decodePDFRawStream(s).decode()))
    .join("\n");
  // The symbol is the one black fill made of many rectangles.
  const group = /0 0 0 rg\s+((?:[-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ re\s+){20,})f/.exec(ops)?.[1];
  if (!group) throw new Error("no QR symbol drawn on the page");
  const rects = [...group.matchAll(/([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re/g)].map((m) =>
    m.slice(1, 5).map(Number),
  );
  // The top-left finder pattern: the first run, 7 modules wide, gives the module size.
  const cell = rects[0][2] / 7;
  const left = Math.min(...rects.map((r) => r[0]));
  const top = Math.max(...rects.map((r) => r[1] + cell));
  const n = Math.round((Math.max(...rects.map((r) => r[0] + r[2])) - left) / cell);
  const grid = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const [x, y, w] of rects) {
    const row = Math.round((top - (y + cell)) / cell);
    const from = Math.round((x - left) / cell);
    for (let c = from; c < from + Math.round(w / cell); c++) grid[row][c] = true;
  }
  return grid;
}

function symbolOf(text: string): boolean[][] {
  const q = QRCode.create(text, { errorCorrectionLevel: "M" });
  const n = q.modules.size;
  return Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) => Boolean(q.modules.get(r, c))),
  );
}

describe("the receipt's look-up (Form 01)", () => {
  it("prints the secret on the applicant's copy; the QR opens the dossier's look-up page", async () => {
    const pdf = await renderForm("01", { ...sample01, lookupSecret: SECRET, qrText: LOOKUP });
    const text = pdfText(pdf).replace(/\s+/g, " ");
    expect(text).toContain(`Mã tra cứu: ${SECRET}`);
    expect(text).toContain(`Mã hồ sơ: ${sample01.dossierCode}`);
    const grid = await drawnQr(pdf);
    expect(grid).toEqual(symbolOf(LOOKUP));
    expect(grid).not.toEqual(symbolOf(sample01.dossierCode));
  });

  it("keeps the secret off the file copy", async () => {
    const pdf = await renderForm("01", {
      ...sample01,
      copy: "archive",
      lookupSecret: SECRET,
      qrText: LOOKUP,
    });
    expect(pdfText(pdf)).not.toContain(SECRET);
  });
});
