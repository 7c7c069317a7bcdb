// The work queue: dossiers in the actor's scope (competent agency OR receiving unit), filtered,
// due soonest first, with keyset pagination on (sort_due, code) so every page is an index range.

import type { z } from "zod";
import type { listQuery } from "../../../shared/contracts/dossiers.ts";
import type { Timeliness } from "../../../shared/timeliness.ts";
import { decodeCursor as decodeCursor_, isInstant } from "../../platform/cursor.ts";
import type { Sql } from "../../platform/db.ts";
import type { Scope } from "../identity/index.ts";
import { timeliness } from "./timeliness.ts";

export type ListQuery = z.infer<typeof listQuery>;

const COLS =
  "code, procedure_code, agency_code, receiving_unit, channel, status, state, submitted_at, received_at, due_at, extended_due_at, finished_at, version, current_step, supplement_requests, sort_due";

export interface QueueItem {
  code: string;
  procedure: string;
  /** The procedure's current name, so a list shows it without a call per row. */
  procedureName: string | null;
  agency: string;
  receivingUnit: string;
  channel: number;
  status: number;
  state: string;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  version: number;
  currentStep: number | null;
  supplementRequests: number;
  extendedDueAt: string | null;
  /** The server's one verdict on timeliness. */
  timeliness: Timeliness;
}

/** Scopes with at most this many agencies use one index range per agency (merged). */
const PER_AGENCY_MAX = 8;

function decodeCursor(c: string): [string, string] {
  const [due, code] = decodeCursor_(c, "dossiers.bad_cursor", [isInstant, (x) => x.length > 0]);
  return [due, code];
}

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

export async function listDossiers(sql: Sql, scope: Scope, q: ListQuery, now: Date) {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  if (q.status) where.push(`status = ANY(${p(q.status.split(",").map(Number))}::smallint[])`);
  if (q.procedure) where.push(`procedure_code = ${p(q.procedure)}`);
  if (q.dueBefore) where.push(`sort_due < ${p(q.dueBefore)}::timestamptz`);
  if (q.late === "true") {
    // Late ⇒ due before now (finished_at ≤ now): the bound on sort_due ends the index range early.
    const n = p(now);
    where.push(
      `sort_due < ${n}::timestamptz AND COALESCE(finished_at, ${n}::timestamptz) > due_at`,
    );
  }
  if (q.late === "false")
    where.push(`(due_at IS NULL OR COALESCE(finished_at, ${p(now)}::timestamptz) <= due_at)`);
  if (q.q) where.push(`code LIKE ${p(`${q.q.replace(/[\\%_]/g, "\\$&")}%`)}`);
  if (q.cursor) {
    const [due, code] = decodeCursor(q.cursor);
    where.push(`(sort_due, code) > (${p(due)}::timestamptz, ${p(code)})`);
  }
  let agencies: string[] | null = scope.all ? null : scope.agencies;
  if (q.agency) {
    if (agencies && !agencies.includes(q.agency)) return { items: [], nextCursor: null };
    agencies = [q.agency];
  }
  const limit = p(q.limit + 1);
  const cond = where.length ? ` AND ${where.join(" AND ")}` : "";
  let text: string;
  if (agencies === null)
    text = `SELECT ${COLS} FROM dossiers WHERE TRUE${cond} ORDER BY sort_due, code LIMIT ${limit}`;
  else if (agencies.length === 0) return { items: [], nextCursor: null };
  else if (agencies.length <= PER_AGENCY_MAX) {
    const parts = agencies.flatMap((a) => {
      const ap = p(a);
      return [
        `(SELECT ${COLS} FROM dossiers WHERE agency_code = ${ap}${cond} ORDER BY sort_due, code LIMIT ${limit})`,
        `(SELECT ${COLS} FROM dossiers WHERE receiving_unit = ${ap}${cond} ORDER BY sort_due, code LIMIT ${limit})`,
      ];
    });
    text = `SELECT * FROM (${parts.join(" UNION ")}) q ORDER BY sort_due, code LIMIT ${limit}`;
  } else {
    const ap = p(agencies);
    text = `SELECT ${COLS} FROM dossiers WHERE (agency_code = ANY(${ap}::text[]) OR receiving_unit = ANY(${ap}::text[]))${cond} ORDER BY sort_due, code LIMIT ${limit}`;
  }
  // biome-ignore lint/suspicious/noExplicitAny: database rows mapped below.
  const r = await sql.query<any>(text, params);
  const rows = r.rows.slice(0, q.limit);
  const last = rows[rows.length - 1];
  const nextCursor =
    r.rows.length > q.limit && last
      ? Buffer.from(
          JSON.stringify([
            last.due_at ? new Date(last.due_at).toISOString() : "infinity",
            last.code,
          ]),
        ).toString("base64url")
      : null;
  const names = await procedureNames(
    sql,
    rows.map((x) => x.procedure_code as string),
  );
  const items: QueueItem[] = rows.map((x) => ({
    code: x.code,
    procedure: x.procedure_code,
    procedureName: names.get(x.procedure_code) ?? null,
    agency: x.agency_code,
    receivingUnit: x.receiving_unit,
    channel: x.channel,
    status: x.status,
    state: x.state,
    submittedAt: iso(x.submitted_at)!,
    receivedAt: iso(x.received_at),
    dueAt: iso(x.due_at),
    finishedAt: iso(x.finished_at),
    version: x.version,
    currentStep: x.current_step,
    supplementRequests: x.supplement_requests,
    extendedDueAt: iso(x.extended_due_at),
    timeliness: timeliness(
      {
        receivedAt: x.received_at ? new Date(x.received_at) : null,
        dueAt: x.due_at ? new Date(x.due_at) : null,
        extendedDueAt: x.extended_due_at ? new Date(x.extended_due_at) : null,
        finishedAt: x.finished_at ? new Date(x.finished_at) : null,
        status: x.status,
        supplementRequests: x.supplement_requests,
      },
      now,
    ),
  }));
  return { items, nextCursor };
}

/** The current names of the procedures on one page: rows ready to show, one query for the page. */
async function procedureNames(sql: Sql, codes: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const r = await sql.query<{ code: string; name: string }>(
    `SELECT v.code, v.name FROM procedures p
       JOIN procedure_versions v ON v.code = p.code AND v.version = p.current_version
      WHERE p.code = ANY($1::text[])`,
    [unique],
  );
  return new Map(r.rows.map((x) => [x.code, x.name]));
}
