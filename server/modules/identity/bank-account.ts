// The account an agency collects fees into (migration 0140), as exchange records carry it.
import type { Sql } from "../../platform/db.ts";

export interface BankAccount {
  /** The bank's identifier in the NAPAS network (6 digits). */
  bin: string;
  number: string;
  name: string;
}

export async function getBankAccount(sql: Sql, code: string): Promise<BankAccount | null> {
  const r = await sql.query<{ bank_account: BankAccount | string | null }>(
    "SELECT bank_account FROM agencies WHERE code = $1",
    [code],
  );
  const v = r.rows[0]?.bank_account ?? null;
  return typeof v === "string" ? (JSON.parse(v) as BankAccount) : v;
}

/** Sets (or clears, with null) the account; true when it changed. */
export async function setBankAccount(
  tx: Sql,
  code: string,
  account: BankAccount | null,
): Promise<boolean> {
  const r = await tx.query(
    `UPDATE agencies SET bank_account = $2::jsonb
     WHERE code = $1 AND bank_account IS DISTINCT FROM $2::jsonb`,
    [code, account === null ? null : JSON.stringify(account)],
  );
  return r.rowCount === 1;
}
