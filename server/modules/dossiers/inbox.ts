// "Hồ sơ của tôi": the open steps handed to one officer, soonest step deadline first, with the
// counts an officer starts the day with (all, overdue, due within a day).
import type { Sql } from "../../platform/db.ts";
import { STATE_NAMES } from "./rules.ts";
import type { State } from "./types.ts";

const INBOX_LIMIT = 200;
const DAY = 24 * 3600_000;

export interface InboxItem {
  code: string;
  procedure: string;
  agency: string;
  state: State;
  stateName: { vi: string; en: string };
  step: { index: number; name: string; receivedAt: string; dueAt: string; handedBy: string | null };
  /** The dossier's appointment (the new one after an apology). */
  dueAt: string | null;
  overdue: boolean;
}

export async function myInbox(
  sql: Sql,
  userId: string,
  now: Date,
): Promise<{ counts: { total: number; overdue: number; dueSoon: number }; items: InboxItem[] }> {
  const counts = await sql.query<{ total: number; overdue: number; due_soon: number }>(
    `SELECT count(*)::int AS total,
            count(*) FILTER (WHERE due_at < $2)::int AS overdue,
            count(*) FILTER (WHERE due_at >= $2 AND due_at < $3)::int AS due_soon
       FROM dossier_steps WHERE assignee_id = $1 AND done_at IS NULL`,
    [userId, now, new Date(now.getTime() + DAY)],
  );
  const rows = await sql.query<{
    code: string;
    procedure_code: string;
    agency_code: string;
    state: State;
    d_due: Date | null;
    extended_due_at: Date | null;
    step_index: number;
    name: string;
    received_at: Date;
    due_at: Date;
    handed_by: string | null;
  }>(
    `SELECT d.code, d.procedure_code, d.agency_code, d.state, d.due_at AS d_due,
            d.extended_due_at, s.step_index, s.name, s.received_at, s.due_at, s.handed_by
       FROM dossier_steps s JOIN dossiers d ON d.id = s.dossier_id
      WHERE s.assignee_id = $1 AND s.done_at IS NULL
      ORDER BY s.due_at, d.code LIMIT ${INBOX_LIMIT}`,
    [userId],
  );
  const iso = (x: Date | null) => (x ? new Date(x).toISOString() : null);
  const c = counts.rows[0];
  return {
    counts: { total: c.total, overdue: c.overdue, dueSoon: c.due_soon },
    items: rows.rows.map((r) => ({
      code: r.code,
      procedure: r.procedure_code,
      agency: r.agency_code,
      state: r.state,
      stateName: STATE_NAMES[r.state],
      step: {
        index: r.step_index,
        name: r.name,
        receivedAt: iso(r.received_at)!,
        dueAt: iso(r.due_at)!,
        handedBy: r.handed_by,
      },
      dueAt: iso(r.extended_due_at ?? r.d_due),
      overdue: new Date(r.due_at).getTime() < now.getTime(),
    })),
  };
}
