// The payment request of a dossier whose fees are due: the amount, the collecting account and
// the VietQR transfer with the dossier code in its purpose.
import type { Sql } from "../../../platform/db.ts";
import { AppError } from "../../../platform/errors.ts";
import { amountDue, type Dossier, getDossier } from "../../dossiers/index.ts";
import type { AgencyTree } from "../../identity/index.ts";
import { vietQr } from "../../integrations/index.ts";
import { type CollectingAccount, collectingAccount } from "./accounts.ts";

/** Finished or refused dossiers take no payment. */
const CLOSED = new Set([3, 7, 8, 9, 10]);

export interface PaymentRequest {
  code: string;
  amount: number;
  fees: { name: string; amount: number }[];
  paidOnline: 0 | 1 | 2;
  status: number;
  account: CollectingAccount | null;
  vietqr: string | null;
  gateway: boolean;
}

export async function paymentRequest(
  sql: Sql,
  tree: AgencyTree,
  code: string,
  gateway: boolean,
): Promise<PaymentRequest> {
  const d = await getDossier(sql, code);
  const amount = payable(d) ? amountDue(d) : 0;
  const base = {
    code: d.code,
    amount,
    fees: d.fees.map((f) => ({ name: f.name, amount: f.amount })),
    paidOnline: d.paidOnline,
    status: d.status,
  };
  if (!amount) return { ...base, account: null, vietqr: null, gateway: false };
  const account = await collectingAccount(sql, tree, d.agencyCode);
  return {
    ...base,
    account,
    vietqr: vietQr({
      bin: account.bankBin,
      account: account.accountNo,
      amount,
      purpose: `${d.code} LE PHI`,
    }),
    gateway,
  };
}

export function payable(d: Dossier): boolean {
  return !CLOSED.has(d.status) && amountDue(d) > 0;
}

export function nothingDue(code: string) {
  return new AppError("citizen.nothing_due", "conflict", {
    vi: `Hồ sơ ${code} không có phí, lệ phí phải nộp.`,
    en: `Dossier ${code} has no fee to pay.`,
  });
}
