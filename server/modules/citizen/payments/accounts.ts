// The collecting account for a dossier's fees: the competent agency's own, or the nearest one
// above it (a commune without an account collects through the province's treasury account).
import type { Sql } from "../../../platform/db.ts";
import { AppError } from "../../../platform/errors.ts";
import type { AgencyTree } from "../../identity/index.ts";

export interface CollectingAccount {
  agencyCode: string;
  bankBin: string;
  accountNo: string;
  accountName: string;
  bankName: string;
}

export async function collectingAccount(
  sql: Sql,
  tree: AgencyTree,
  agencyCode: string,
): Promise<CollectingAccount> {
  const path = tree.ancestorsOf(agencyCode).map((a) => a.code);
  const r = await sql.query<{
    agency_code: string;
    bank_bin: string;
    account_no: string;
    account_name: string;
    bank_name: string;
  }>("SELECT * FROM payment_accounts WHERE agency_code = ANY($1::text[])", [path]);
  const byCode = new Map(r.rows.map((x) => [x.agency_code, x]));
  const nearest = [...path].reverse().find((c) => byCode.has(c));
  const a = nearest ? byCode.get(nearest) : undefined;
  if (!a)
    throw new AppError("citizen.no_collecting_account", "conflict", {
      vi: `Đơn vị ${agencyCode} và các đơn vị cấp trên chưa khai báo tài khoản thu phí, lệ phí.`,
      en: `Agency ${agencyCode} and the agencies above it have no fee-collecting account.`,
    });
  return {
    agencyCode: a.agency_code,
    bankBin: a.bank_bin,
    accountNo: a.account_no,
    accountName: a.account_name,
    bankName: a.bank_name,
  };
}

export async function setCollectingAccount(sql: Sql, a: CollectingAccount): Promise<void> {
  await sql.query(
    `INSERT INTO payment_accounts (agency_code, bank_bin, account_no, account_name, bank_name)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (agency_code) DO UPDATE SET bank_bin = $2, account_no = $3, account_name = $4, bank_name = $5`,
    [a.agencyCode, a.bankBin, a.accountNo, a.accountName, a.bankName],
  );
}
