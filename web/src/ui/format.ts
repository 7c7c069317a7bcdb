// Cell values shown the way a Vietnamese reader writes them (English second): numbers and money
// with Intl vi-VN grouping, dates dd/mm/yyyy and instants in Vietnam time (UTC+7).
import { money, number } from "../i18n/format.ts";
import { formatDate, formatDateTime, type Lang } from "../i18n/index.tsx";
import { showVnDate } from "./vn-date.ts";

export type CellFormat = "text" | "number" | "money" | "date" | "datetime";

export type CellValue = string | number | null | undefined;

export function formatCell(format: CellFormat, v: CellValue, lang: Lang): string {
  if (v === null || v === undefined || v === "") return "—";
  switch (format) {
    case "number":
      return number(lang, Number(v));
    case "money":
      return money(lang, Number(v));
    case "date":
      // A calendar day (YYYY-MM-DD) is not an instant: shown as written, never shifted by a zone.
      return lang === "vi" && typeof v === "string" ? showVnDate(v) : formatDate(lang, String(v));
    case "datetime":
      return formatDateTime(lang, String(v));
    default:
      return String(v);
  }
}

/** Order of two cell values: numbers by size, text in Vietnamese alphabetical order, empty last. */
export function compareCells(a: CellValue, b: CellValue): number {
  const ea = a === null || a === undefined || a === "";
  const eb = b === null || b === undefined || b === "";
  if (ea || eb) return ea === eb ? 0 : ea ? 1 : -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), "vi", { numeric: true });
}

/** A share (0–1) as a percentage with one decimal; "—" when unknown. */
export const pct = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);
