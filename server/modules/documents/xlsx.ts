// Excel workbooks for compliance views and index exports: one sheet per table, bold frozen header.
import ExcelJS from "exceljs";
import { docError } from "./errors.ts";

export interface XlsxColumn {
  header: string;
  key: string;
  /** Width in characters. */
  width?: number;
  /**
   * The cell type. "number": numbers only (anything else, "N/A" included, is left empty so the
   * column sums and sorts); "date" / "datetime": real Excel dates shown dd/mm/yyyy [hh:mm] in
   * Vietnam time (an ISO string or a Date is accepted); "text" (default): as given.
   */
  type?: "text" | "number" | "date" | "datetime";
  /** Excel number format for "number" columns, e.g. "0.00" or "#,##0". */
  format?: string;
}

export interface XlsxSheet {
  name: string;
  columns: XlsxColumn[];
  /** Plain objects read by the columns' keys. */
  rows: readonly object[];
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string, taken: Set<string>): string {
  let n =
    name
      .replace(/[:\\/?*[\]]/g, "-")
      .trim()
      .slice(0, 31) || "Sheet";
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${n.slice(0, 28)} ${i}`;
  taken.add(n.toLowerCase());
  return n;
}

const VN_OFFSET_MS = 7 * 3_600_000;
const FORMATS = { date: "dd/mm/yyyy", datetime: "dd/mm/yyyy hh:mm" } as const;

/**
 * Excel dates carry no time zone: the cell holds the Vietnam wall-clock time (UTC+7), so the
 * reader sees the date and hour the official saw on screen.
 */
export function vnExcelDate(v: Date | string): Date | null {
  const ms = v instanceof Date ? v.getTime() : Date.parse(v);
  return Number.isNaN(ms) ? null : new Date(ms + VN_OFFSET_MS);
}

function typed(c: XlsxColumn, v: unknown): ExcelJS.CellValue {
  if (v === undefined || v === null || v === "") return null;
  if (c.type === "number") return typeof v === "number" && Number.isFinite(v) ? v : null;
  if (c.type === "date" || c.type === "datetime")
    return v instanceof Date || typeof v === "string" ? vnExcelDate(v) : null;
  return cell(v);
}

function cell(v: unknown): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (v instanceof Date || typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return v;
  return JSON.stringify(v);
}

export async function toXlsx(sheets: XlsxSheet[]): Promise<Buffer> {
  if (!sheets.length)
    throw docError(
      "empty_workbook",
      "bad_input",
      "Bảng tính cần ít nhất một trang",
      "A workbook needs one sheet at least",
    );
  const wb = new ExcelJS.Workbook();
  wb.creator = "Motcua";
  // Fixed dates keep the bytes a function of the data.
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const taken = new Set<string>();
  for (const s of sheets) {
    const ws = wb.addWorksheet(sheetName(s.name, taken), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    ws.columns = s.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width ?? Math.max(c.type === "datetime" ? 17 : 10, c.header.length + 2),
      style:
        c.type === "date" || c.type === "datetime"
          ? { numFmt: FORMATS[c.type] }
          : c.type === "number" && c.format
            ? { numFmt: c.format }
            : {},
    }));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { vertical: "middle", wrapText: true };
    for (const row of s.rows)
      ws.addRow(
        Object.fromEntries(
          s.columns.map((c) => [c.key, typed(c, (row as Record<string, unknown>)[c.key])]),
        ),
      );
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
