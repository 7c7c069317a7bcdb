// Reconciliation of the gateway's payments per agency and day (Vietnam time): what the gateway
// confirmed, to match against the collecting account's statement.
import type { Sql } from "../../../platform/db.ts";
import { toXlsx } from "../../documents/index.ts";

export interface ReconciledPayment {
  paidAt: Date;
  dossierCode: string;
  agencyCode: string;
  reference: string;
  transactionNo: string;
  bankCode: string;
  amount: number;
}

/** Payments confirmed on the day (UTC+7) by agencies in the list. */
export async function paymentsOfDay(
  sql: Sql,
  agencies: string[],
  day: string,
): Promise<ReconciledPayment[]> {
  const from = new Date(`${day}T00:00:00+07:00`);
  const to = new Date(from.getTime() + 86_400_000);
  const r = await sql.query<{
    paid_at: Date | string;
    dossier_code: string;
    agency_code: string;
    reference: string;
    transaction_no: string | null;
    bank_code: string | null;
    amount: number;
  }>(
    `SELECT paid_at, dossier_code, agency_code, reference, transaction_no, bank_code, amount
       FROM payments WHERE status = 'paid' AND agency_code = ANY($1::text[])
        AND paid_at >= $2 AND paid_at < $3 ORDER BY paid_at, reference`,
    [agencies, from, to],
  );
  return r.rows.map((x) => ({
    paidAt: new Date(x.paid_at),
    dossierCode: x.dossier_code,
    agencyCode: x.agency_code,
    reference: x.reference,
    transactionNo: x.transaction_no ?? "",
    bankCode: x.bank_code ?? "",
    amount: Number(x.amount),
  }));
}

export async function reconciliationXlsx(
  rows: ReconciledPayment[],
  agencyName: string,
  day: string,
): Promise<Uint8Array> {
  const total = rows.reduce((s, r) => s + r.amount, 0);
  return new Uint8Array(
    await toXlsx([
      {
        name: `Đối soát ${day}`,
        columns: [
          { header: "STT", key: "n", width: 6, type: "number" },
          {
            header: "Thời điểm thanh toán (giờ Việt Nam)",
            key: "paidAt",
            width: 22,
            type: "datetime",
          },
          { header: "Mã hồ sơ", key: "dossierCode", width: 24 },
          { header: "Đơn vị", key: "agencyCode", width: 14 },
          { header: "Mã giao dịch của đơn vị", key: "reference", width: 30 },
          { header: "Mã giao dịch cổng thanh toán", key: "transactionNo", width: 18 },
          { header: "Ngân hàng", key: "bankCode", width: 10 },
          { header: "Số tiền (đồng)", key: "amount", width: 16, type: "number", format: "#,##0" },
        ],
        rows: [
          ...rows.map((r, i) => ({ ...r, n: i + 1 })),
          { dossierCode: `Tổng cộng — ${agencyName}`, amount: total },
        ],
      },
    ]),
  );
}
