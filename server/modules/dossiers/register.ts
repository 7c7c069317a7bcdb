// The dossier register (Sổ theo dõi hồ sơ, Form 07 of Circular 03/2025/TT-VPCP): each one-stop
// unit keeps one book a year; every dossier it receives is entered under the next number, which
// Form 01 prints (Quyển số, Số thứ tự). The number is taken inside the reception's transaction
// from a counter row whose lock orders concurrent receptions until commit, so two receptions at
// once never share a number (the table's primary key would refuse it anyway).
import type { Sql } from "../../platform/db.ts";
import type { AgencyTree } from "../identity/index.ts";
import { vnDate } from "./code.ts";
import type { ProcedureInfo, ProcedureLookup } from "./ports.ts";
import type { Dossier } from "./types.ts";

export interface RegisterEntry {
  /** Quyển số: the unit's book of the Vietnam-time year, "01/2026". */
  book: string;
  /** Số thứ tự: the entry number within the book, from 1. */
  seq: number;
}

export const bookOf = (at: Date): string => `01/${vnDate(at).slice(0, 4)}`;

/** Enters a received dossier in its receiving unit's register, inside the caller's transaction. */
export async function enterRegister(tx: Sql, d: Dossier, at: Date): Promise<RegisterEntry> {
  const book = bookOf(at);
  // The book's next number and the entry under it, in one statement.
  const r = await tx.query<{ seq: number }>(
    `WITH c AS (
       INSERT INTO register_counters (unit_code, book, last) VALUES ($1, $2, 1)
       ON CONFLICT (unit_code, book) DO UPDATE SET last = register_counters.last + 1 RETURNING last)
     INSERT INTO dossier_register (unit_code, book, seq, dossier_id, entered_at)
     SELECT $1, $2, c.last, $3, $4 FROM c RETURNING seq`,
    [d.receivingUnit, book, d.id, at],
  );
  return { book, seq: r.rows[0].seq };
}

/** One line of the register, as Form 07 prints it and the Excel export types it. */
export interface RegisterLine {
  book: string;
  seq: number;
  dossierCode: string;
  procedure: string;
  sets: number;
  applicant: string;
  contact?: string;
  leadAgency: string;
  receivedAt: Date;
  appointmentAt: Date;
  transferredAt?: Date;
  resultReceivedAt?: Date;
  returnedAt?: Date;
  note?: string;
}

interface Row {
  book: string;
  seq: number;
  code: string;
  procedure_code: string;
  procedure_version: number | null;
  agency_code: string;
  applicant: { name?: string; address?: string; phone?: string } | null;
  received_at: Date;
  due_at: Date | null;
  extended_due_at: Date | null;
  state: string;
  transferred_at: Date | null;
  handled_at: Date | null;
  returned_at: Date | null;
}

const NOTES: Record<string, string> = {
  withdrawn: "Đã rút hồ sơ",
  refused: "Từ chối giải quyết",
  stopped: "Dừng giải quyết",
  "supplement-requested": "Chờ bổ sung hồ sơ",
  "payment-requested": "Chờ nộp phí, lệ phí",
};

const MAX_LINES = 20_000;
const DAY = 86_400_000;

/**
 * The lines of a unit's register for the dossiers entered from `from` to `to` (Vietnam dates,
 * both included), in book and entry order. The handing-over, result and return columns come from
 * the dossier's hand-overs and events.
 */
export async function registerLines(
  sql: Sql,
  procedures: ProcedureLookup,
  tree: AgencyTree,
  unit: string,
  from: string,
  to: string,
): Promise<RegisterLine[]> {
  const r = await sql.query<Row>(
    `SELECT g.book, g.seq, d.code, d.procedure_code, d.procedure_version, d.agency_code,
            d.applicant, d.received_at, d.due_at, d.extended_due_at, d.state,
            (SELECT min(s.received_at) FROM dossier_steps s
              WHERE s.dossier_id = d.id AND s.role <> 'reception') AS transferred_at,
            (SELECT max(e.at) FROM dossier_events e
              WHERE e.dossier_id = d.id AND e.type = 'handled') AS handled_at,
            (SELECT max(e.at) FROM dossier_events e
              WHERE e.dossier_id = d.id AND e.type = 'result-returned') AS returned_at
       FROM dossier_register g JOIN dossiers d ON d.id = g.dossier_id
      WHERE g.unit_code = $1
        AND g.entered_at >= $2 AND g.entered_at < $3
      ORDER BY g.book, g.seq
      LIMIT ${MAX_LINES}`,
    [unit, new Date(`${from}T00:00:00+07:00`), new Date(Date.parse(`${to}T00:00:00+07:00`) + DAY)],
  );
  const procs = new Map<string, ProcedureInfo | null>();
  const procName = async (x: Row) => {
    const key = `${x.procedure_code}@${x.procedure_version}`;
    if (!procs.has(key))
      procs.set(
        key,
        await procedures(
          sql,
          x.procedure_code,
          x.procedure_version != null ? { version: x.procedure_version } : { at: x.received_at },
        ),
      );
    return procs.get(key)?.name ?? x.procedure_code;
  };
  const lines: RegisterLine[] = [];
  for (const x of r.rows) {
    const a = x.applicant ?? {};
    const contact = [a.address, a.phone].filter(Boolean).join(" — ");
    const note = [
      NOTES[x.state],
      x.extended_due_at ? "Đã gia hạn (xin lỗi, hẹn lại)" : undefined,
    ].filter(Boolean);
    lines.push({
      book: x.book,
      seq: x.seq,
      dossierCode: x.code,
      procedure: await procName(x),
      sets: 1,
      applicant: a.name ?? "—",
      ...(contact ? { contact } : {}),
      leadAgency: tree.byCode.get(x.agency_code)?.name ?? x.agency_code,
      receivedAt: new Date(x.received_at),
      appointmentAt: new Date(x.extended_due_at ?? x.due_at ?? x.received_at),
      ...(x.transferred_at ? { transferredAt: new Date(x.transferred_at) } : {}),
      ...(x.handled_at ? { resultReceivedAt: new Date(x.handled_at) } : {}),
      ...(x.returned_at ? { returnedAt: new Date(x.returned_at) } : {}),
      ...(note.length ? { note: note.join("; ") } : {}),
    });
  }
  return lines;
}
