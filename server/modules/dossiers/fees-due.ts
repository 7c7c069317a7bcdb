// Fees still owed on a dossier. The result is handed over only once the fees and charges of the
// procedure are paid (Decree 118/2025/NĐ-CP: the One-Stop Unit collects fees and charges and
// returns the result; Law on Fees and Charges No. 97/2015/QH13). A fee is owed when the dossier lists an amount, it was not paid online,
// and no payment has been confirmed since the last request for payment.
import type { Sql } from "../../platform/db.ts";
import { conflict } from "../../platform/errors.ts";
import type { Dossier } from "./types.ts";

/** The amount (VND) still to pay before the result may be returned; 0 when nothing is owed. */
export async function feesOwed(sql: Sql, d: Dossier): Promise<number> {
  const total = d.fees.reduce((s, f) => s + f.amount, 0);
  if (total <= 0) return 0;
  const last = await sql.query<{ type: string }>(
    `SELECT type FROM dossier_events WHERE dossier_id = $1
       AND type IN ('payment-requested', 'payment-confirmed') ORDER BY seq DESC LIMIT 1`,
    [d.id],
  );
  const type = last.rows[0]?.type;
  if (type === "payment-confirmed") return 0;
  if (type === "payment-requested") return total;
  return d.paidOnline ? 0 : total;
}

export function feesUnpaid(code: string, owed: number) {
  const vnd = owed.toLocaleString("vi-VN");
  return conflict(
    "dossiers.fees_unpaid",
    {
      vi: `Hồ sơ ${code} còn ${vnd} đồng phí, lệ phí chưa nộp: xác nhận đã nộp phí, lệ phí trước khi trả kết quả.`,
      en: `Dossier ${code} still owes ${vnd} VND in fees and charges: confirm the payment before returning the result.`,
    },
    { owed },
  );
}

export function nothingOwed(code: string) {
  return conflict("dossiers.nothing_owed", {
    vi: `Hồ sơ ${code} không còn phí, lệ phí phải nộp.`,
    en: `Dossier ${code} owes no fees or charges.`,
  });
}
