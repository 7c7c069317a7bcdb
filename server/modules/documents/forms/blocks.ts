// The fixed parts of an administrative document (Decree 30/2020 layout): heading with the
// issuing unit and the national motto, number, place and date, title, dossier code with its QR,
// and the signature blocks.
import type { MeasuredFont } from "./canvas.ts";
import type { Flow } from "./flow.ts";
import { drawQr } from "./qr.ts";
import type { FormBase, Lang, Signer } from "./schemas.ts";
import { tr } from "./schemas.ts";
import { balancedWidth, drawLines, LEADING, type Run, wrapRuns } from "./text.ts";
import { longDate } from "./vn-time.ts";

interface Piece {
  runs: Run[];
  size: number;
}

/** Largest size ≤ max at which text fits the width. */
export function fitSize(text: string, font: MeasuredFont, max: number, width: number): number {
  let size = max;
  while (size > 5 && font.widthOfTextAtSize(text, size) > width) size -= 0.25;
  return size;
}

/** Centred pieces stacked in a column; returns the y below the last one. */
function column(flow: Flow, x: number, width: number, top: number, pieces: Piece[]): number {
  let y = top;
  for (const p of pieces) {
    const lines = wrapRuns(p.runs, p.size, balancedWidth(p.runs, p.size, width));
    y -= drawLines(flow.page, lines, { x, y, width, size: p.size, align: "center" });
  }
  return y;
}

/** Short rule centred in a column, just below y. */
function underline(flow: Flow, x: number, width: number, y: number, length: number): number {
  const ly = y - 1;
  flow.hline(x + (width - length) / 2, x + (width + length) / 2, ly, 0.6);
  return ly - 5;
}

export type HeadingInput = Pick<FormBase, "unit" | "place" | "issuedAt"> & {
  number?: string;
  formNo?: string;
};

export function heading(flow: Flow, base: HeadingInput, lang: Lang, leftRatio = 0.44): void {
  const t = tr(lang);
  const { regular, bold, italic } = flow.fonts;
  const s = flow.baseSize;
  const leftW = flow.contentWidth * leftRatio;
  const rightW = flow.contentWidth - leftW;
  const lx = flow.left;
  const rx = flow.left + leftW;
  // "Mẫu số 0x" above the heading, where the Circular prints it (Circular 03/2025, Appendix I).
  if (base.formNo)
    flow.paragraph([flow.b(`${t("Mẫu số", "Form")} ${base.formNo}`)], { align: "right", after: 2 });
  const top = flow.y;

  const unitPieces: Piece[] = [];
  if (base.unit.parent)
    unitPieces.push({ runs: [{ text: base.unit.parent.toUpperCase(), font: regular }], size: s });
  unitPieces.push({ runs: [{ text: base.unit.name.toUpperCase(), font: bold }], size: s });
  let ly = column(flow, lx, leftW, top, unitPieces);
  ly = underline(flow, lx, leftW, ly, leftW * 0.3);

  const nation = t("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM");
  const motto = t("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness");
  const nSize = fitSize(nation, bold, s, rightW - 4);
  let ry = column(flow, rx, rightW, top, [
    { runs: [{ text: nation, font: bold }], size: nSize },
    {
      runs: [{ text: motto, font: bold }],
      size: Math.min(s + 0.5, fitSize(motto, bold, s + 0.5, rightW)),
    },
  ]);
  ry = underline(flow, rx, rightW, ry, bold.widthOfTextAtSize(motto, Math.min(s + 0.5, nSize + 1)));

  const y = Math.min(ly, ry) - 2;
  if (base.number)
    column(flow, lx, leftW, y, [
      { runs: [{ text: `${t("Số", "No.")}: ${base.number}`, font: regular }], size: s },
    ]);
  const dateLine = `${base.place}, ${longDate(base.issuedAt, lang)}`;
  const dy = column(flow, rx, rightW, y, [{ runs: [{ text: dateLine, font: italic }], size: s }]);
  flow.y = dy - 6;
}

export function title(flow: Flow, text: string, subtitle?: string): void {
  const runs = [flow.b(text.toUpperCase())];
  const size = fitSize(text.toUpperCase(), flow.fonts.bold, flow.baseSize + 2, flow.contentWidth);
  // Shrink a little to stay on one line; past that, wrap into even lines.
  const s = size >= flow.baseSize + 0.5 ? size : flow.baseSize + 2;
  const width = balancedWidth(runs, s, flow.contentWidth);
  flow.paragraph(runs, {
    size: s,
    align: "center",
    indent: (flow.contentWidth - width) / 2,
    width,
    after: 2,
  });
  if (subtitle) flow.paragraph([flow.i(subtitle)], { align: "center" });
  flow.gap(4);
}

/** Dossier code as text on the left and as a QR symbol on the right. */
export function codeRow(flow: Flow, base: FormBase, lang: Lang, extra: Run[][] = []): void {
  const t = tr(lang);
  const qr = 54;
  const caption = t("Quét để tra cứu", "Scan to look up");
  const capSize = flow.baseSize - 2.5;
  flow.ensure(qr + capSize * LEADING);
  const top = flow.y;
  const textW = flow.contentWidth - qr - 8;
  const rows: Run[][] = [
    [flow.r(`${t("Mã hồ sơ", "Dossier code")}: `), flow.b(base.dossierCode)],
    ...extra,
  ];
  let y = top - 6;
  for (const runs of rows) {
    const lines = wrapRuns(runs, flow.baseSize, textW);
    y -= drawLines(flow.page, lines, { x: flow.left, y, width: textW, size: flow.baseSize });
  }
  const qx = flow.left + flow.contentWidth - qr;
  drawQr(flow.page, base.qrText ?? base.dossierCode, qx, top + 4, qr);
  const capLines = wrapRuns([flow.i(caption)], capSize, qr + 20);
  drawLines(flow.page, capLines, {
    x: qx - 10,
    y: top + 4 - qr,
    width: qr + 20,
    size: capSize,
    align: "center",
  });
  flow.y = Math.min(y, top + 4 - qr - capSize * LEADING) - 4;
}

/** A labelled line: "Label: value" with the value in bold. */
export function field(flow: Flow, label: string, value: string | undefined, indent = 0): void {
  if (value === undefined || value === "") return;
  flow.paragraph([flow.r(`${label}: `), flow.b(value)], { indent, after: 1 });
}

export type HintKind = "sign" | "sign_seal";

function signerPieces(
  flow: Flow,
  s: Signer,
  hint: HintKind,
  lang: Lang,
): { top: Piece[]; name: Piece } {
  const t = tr(lang);
  const { bold, italic } = flow.fonts;
  const size = flow.baseSize;
  const top: Piece[] = [];
  if (s.authority) top.push({ runs: [{ text: s.authority.toUpperCase(), font: bold }], size });
  top.push({ runs: [{ text: s.position.toUpperCase(), font: bold }], size });
  const hintText = s.digital
    ? t("(Đã ký số)", "(Digitally signed)")
    : hint === "sign_seal"
      ? t("(Ký, ghi rõ họ tên và đóng dấu)", "(Signature, full name and seal)")
      : t("(Ký và ghi rõ họ tên)", "(Signature and full name)");
  top.push({ runs: [{ text: hintText, font: italic }], size: size - 1 });
  return { top, name: { runs: [{ text: s.name, font: bold }], size } };
}

const SIGN_SPACE = 40;

function measure(pieces: Piece[], width: number): number {
  return pieces.reduce((h, p) => h + wrapRuns(p.runs, p.size, width).length * p.size * LEADING, 0);
}

/**
 * Signature area: up to two signer blocks side by side, or "Nơi nhận" (recipients) on the left
 * and one signer on the right. The whole area stays on one page.
 */
export function signatures(
  flow: Flow,
  signers: { signer: Signer; hint: HintKind }[],
  lang: Lang,
  recipients?: string[],
): void {
  const t = tr(lang);
  const half = flow.contentWidth / 2;
  const blocks = signers.map((s) => signerPieces(flow, s.signer, s.hint, lang));
  const recPieces: Piece[] = recipients?.length
    ? [
        { runs: [flow.b(t("Nơi nhận:", "Recipients:"))], size: flow.baseSize - 1 },
        ...recipients.map((r, i) => ({
          runs: [flow.r(`- ${r}${i === recipients.length - 1 ? "." : ";"}`)],
          size: flow.baseSize - 2,
        })),
      ]
    : [];
  const heights = blocks.map((b) => measure([...b.top, b.name], half) + SIGN_SPACE);
  flow.ensure(Math.max(measure(recPieces, half), ...heights) + 8);
  const top = flow.y - 4;
  let bottom = top;
  if (recPieces.length) {
    let y = top;
    for (const p of recPieces) {
      const lines = wrapRuns(p.runs, p.size, half - 6);
      y -= drawLines(flow.page, lines, { x: flow.left, y, width: half - 6, size: p.size });
    }
    bottom = Math.min(bottom, y);
  }
  blocks.forEach((b, i) => {
    const onRight = blocks.length === 1 || i === 1;
    const x = onRight ? flow.left + half : flow.left;
    let y = column(flow, x, half, top, b.top);
    y = column(flow, x, half, y - SIGN_SPACE, [b.name]);
    bottom = Math.min(bottom, y);
  });
  flow.y = bottom - 4;
}
