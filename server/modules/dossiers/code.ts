// Dossier codes: {receiving unit's electronic identifier}-{yyMMdd}-{NNNN}, a 4-digit sequence
// per unit and Vietnam date (Circular 03/2025/TT-VPCP). Assigned once, never changed.
import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";

/** Highest sequence of a unit and day: the format has four digits (no 5-digit overflow). */
export const MAX_SEQ = 9999;

/** The Vietnam date (UTC+7, no daylight saving) of an instant: YYYY-MM-DD. */
export function vnDate(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Takes the next code of the unit for the day of `at`, inside the caller's transaction. */
export async function nextCode(tx: Sql, unitCode: string, at: Date): Promise<string> {
  const day = vnDate(at);
  // The row lock on the counter orders concurrent intakes of one unit and day until commit.
  const r = await tx.query<{ last: number }>(
    `INSERT INTO dossier_counters (unit_code, day, last) VALUES ($1, $2, 1)
     ON CONFLICT (unit_code, day) DO UPDATE SET last = dossier_counters.last + 1 RETURNING last`,
    [unitCode, day],
  );
  const seq = r.rows[0].last;
  if (seq > MAX_SEQ)
    throw new AppError("dossiers.code_overflow", "conflict", {
      vi: `Đơn vị ${unitCode} đã dùng hết ${MAX_SEQ} số hồ sơ của ngày ${day} (mã hồ sơ có 4 chữ số). Liên hệ quản trị viên.`,
      en: `Unit ${unitCode} has used all ${MAX_SEQ} dossier numbers of ${day} (the code has 4 digits). Contact the administrator.`,
    });
  return `${unitCode}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(seq).padStart(4, "0")}`;
}

/** After importing codes, moves each counter past the highest sequence seen (never back). */
export async function bumpCounters(tx: Sql, seen: Map<string, number>): Promise<void> {
  if (!seen.size) return;
  const units: string[] = [];
  const days: string[] = [];
  const lasts: number[] = [];
  for (const [k, v] of seen) {
    const [unit, day] = k.split("|");
    units.push(unit);
    days.push(day);
    lasts.push(v);
  }
  await tx.query(
    `INSERT INTO dossier_counters (unit_code, day, last)
     SELECT * FROM unnest($1::text[], $2::date[], $3::int[])
     ON CONFLICT (unit_code, day) DO UPDATE SET last = GREATEST(dossier_counters.last, EXCLUDED.last)`,
    [units, days, lasts],
  );
}
