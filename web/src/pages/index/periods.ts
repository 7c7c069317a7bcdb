// Running periods in Vietnam time: this month, this quarter, this year (up to today).
export type PeriodKind = "month" | "quarter" | "year";

export function runningPeriod(kind: PeriodKind, now = Date.now()): { from: string; to: string } {
  const vn = new Date(now + 7 * 3_600_000);
  const y = vn.getUTCFullYear();
  const m = vn.getUTCMonth();
  const startMonth = kind === "year" ? 0 : kind === "quarter" ? m - (m % 3) : m;
  const from = `${y}-${String(startMonth + 1).padStart(2, "0")}-01`;
  return { from, to: vn.toISOString().slice(0, 10) };
}
