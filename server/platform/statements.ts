// Statements built now and sent later, several as one: a change that writes to several tables
// pays one round trip to the database instead of one per table.
import type { Sql } from "./db.ts";

/** One SQL statement with its parameters ($1, $2, … numbered from 1). */
export interface Statement {
  text: string;
  params: unknown[];
}

/**
 * Runs data-modifying statements (INSERT, UPDATE or DELETE, with no WITH of their own and no `$`
 * in their text but parameters) as one: all but the last become WITH clauses of the last. They
 * all see the transaction as it was before the statement, so none may read what another writes,
 * and no two may change the same row; each runs to completion, as it would alone.
 */
export async function runTogether(tx: Sql, statements: readonly Statement[]): Promise<void> {
  if (statements.length <= 1) {
    if (statements[0]) await tx.query(statements[0].text, statements[0].params);
    return;
  }
  const params: unknown[] = [];
  const texts = statements.map((s) => {
    const offset = params.length;
    params.push(...s.params);
    return s.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);
  });
  const last = texts.pop();
  await tx.query(`WITH ${texts.map((t, i) => `w${i} AS (${t})`).join(",\n")}\n${last}`, params);
}
