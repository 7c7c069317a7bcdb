// Paying through the province's payment gateway: an attempt is recorded and the citizen is sent
// to the gateway; the gateway's signed IPN callback confirms it — checked for signature and
// amount, applied once in one transaction (payment row, dossier event, index), repeated
// callbacks answered "already confirmed".
import { randomBytes } from "node:crypto";
import { AppError } from "../../../platform/errors.ts";
import { amountDue, getDossier, recordOnlinePayment } from "../../dossiers/index.ts";
import { type Actor, SYSTEM_ACTOR } from "../../identity/index.ts";
import { IPN } from "../../integrations/index.ts";
import type { CitizenDeps } from "../deps.ts";
import { lookupRefused, sameSecret } from "../secret.ts";
import { nothingDue, payable } from "./request.ts";

const GATEWAY_ACTOR: Actor = {
  ...SYSTEM_ACTOR,
  username: "cong-thanh-toan",
  fullName: "Cổng thanh toán",
};

export function gatewayUnavailable() {
  return new AppError("citizen.gateway_unavailable", "conflict", {
    vi: "Chưa kết nối cổng thanh toán; hãy thanh toán bằng mã VietQR.",
    en: "No payment gateway is connected; pay with the VietQR code.",
  });
}

export async function startGatewayPayment(
  deps: CitizenDeps,
  code: string,
  secret: string,
  clientIp: string,
  returnUrl: string,
): Promise<{ redirectUrl: string; reference: string; amount: number }> {
  const { db, clock, paygate } = deps;
  if (!paygate) throw gatewayUnavailable();
  const d = await getDossier(db, code);
  if (!sameSecret(secret, d)) throw lookupRefused(code);
  if (!payable(d)) throw nothingDue(d.code);
  const amount = amountDue(d);
  const now = clock.now();
  const reference = `${d.code}-${randomBytes(3).toString("hex").toUpperCase()}`;
  await db.query(
    `INSERT INTO payments (reference, dossier_id, dossier_code, agency_code, amount, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [reference, d.id, d.code, d.agencyCode, amount, now],
  );
  const redirectUrl = paygate.paymentUrl({
    txnRef: reference,
    amount,
    info: `Nop phi le phi ho so ${d.code}`,
    returnUrl,
    clientIp,
    at: now,
  });
  return { redirectUrl, reference, amount };
}

interface PaymentRow {
  reference: string;
  dossier_code: string;
  amount: number;
  status: "pending" | "paid" | "failed";
}

/** The answer to the gateway's IPN callback. */
export async function confirmFromGateway(
  deps: CitizenDeps,
  params: Record<string, string>,
): Promise<{ RspCode: string; Message: string }> {
  const { db, clock, paygate } = deps;
  if (!paygate) return IPN.error;
  const r = paygate.verify(params);
  if (!r) return IPN.badSignature;
  return db.transaction(async (tx) => {
    const row = (
      await tx.query<PaymentRow>(
        "SELECT reference, dossier_code, amount, status FROM payments WHERE reference = $1 FOR UPDATE",
        [r.txnRef],
      )
    ).rows[0];
    if (!row) return IPN.notFound;
    if (Number(row.amount) !== r.amount) return IPN.badAmount;
    if (row.status !== "pending") return IPN.alreadyConfirmed;
    const now = clock.now();
    if (!r.paid) {
      await tx.query(
        "UPDATE payments SET status = 'failed', response_code = $2 WHERE reference = $1",
        [row.reference, r.responseCode],
      );
      return IPN.ok;
    }
    await tx.query(
      `UPDATE payments SET status = 'paid', paid_at = $2, response_code = $3, transaction_no = $4, bank_code = $5
       WHERE reference = $1`,
      [row.reference, now, r.responseCode, r.transactionNo, r.bankCode],
    );
    const d = await getDossier(tx, row.dossier_code);
    // A second attempt paid after the first: the money is recorded (the reconciliation shows
    // it for refund), the dossier keeps its one payment event.
    if (!d.paidOnline)
      await recordOnlinePayment(tx, GATEWAY_ACTOR, now, deps, row.dossier_code, {
        amount: r.amount,
        reference: row.reference,
        transactionNo: r.transactionNo,
      });
    return IPN.ok;
  });
}

/** Where the browser lands back: the signature decides what the page may say. */
export async function gatewayReturn(
  deps: CitizenDeps,
  params: Record<string, string>,
): Promise<{ code: string | null; outcome: "paid" | "failed" | "invalid" }> {
  const r = deps.paygate?.verify(params);
  if (!r) return { code: null, outcome: "invalid" };
  const row = (
    await deps.db.query<{ dossier_code: string }>(
      "SELECT dossier_code FROM payments WHERE reference = $1",
      [r.txnRef],
    )
  ).rows[0];
  return { code: row?.dossier_code ?? null, outcome: r.paid ? "paid" : "failed" };
}
