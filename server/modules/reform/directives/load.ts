// Loads tasks with their assigned units and the units' reports, for the monitor, the late flags,
// the reform index (tasks done on time) and the periodic report.
import type { Sql } from "../../../platform/db.ts";
import type { Cycle } from "../periods.ts";
import type { UnitReport } from "./status.ts";

export interface TaskRow {
  id: string;
  directiveId: string;
  directiveNumber: string;
  /** "conclusion": a remediation item of an inspection. */
  directiveKind: string;
  ref: string;
  text: string;
  startsOn: string;
  deadline: string | null;
  cycle: Cycle | null;
  lead: string | null;
  monitors: string[];
  units: string[];
}

export interface ReportRow extends UnitReport {
  taskId: string;
  agency: string;
  text: string;
  evidence: string[];
  reportedBy: string;
}

const day = (v: unknown) =>
  v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);

/** Tasks (of a directive, or all), each with its units (restricted to `agencies` when given). */
export async function loadTasks(
  sql: Sql,
  f: { directiveId?: string; agencies?: string[] | null },
): Promise<TaskRow[]> {
  const r = await sql.query<Record<string, unknown>>(
    `SELECT t.id, t.directive_id, d.number, d.kind, t.ref, t.text, t.starts_on, t.deadline, t.cycle, t.lead_code, t.monitors,
            array_agg(u.agency_code ORDER BY u.agency_code) AS units
       FROM reform_tasks t JOIN reform_directives d ON d.id = t.directive_id
       JOIN reform_task_units u ON u.task_id = t.id
      WHERE ($1::uuid IS NULL OR t.directive_id = $1) AND ($2::text[] IS NULL OR u.agency_code = ANY($2::text[]))
      GROUP BY t.id, d.number, d.kind, d.issued_on ORDER BY d.issued_on, d.number, t.ref`,
    [f.directiveId ?? null, f.agencies ?? null],
  );
  return r.rows.map((x) => ({
    id: x.id as string,
    directiveId: x.directive_id as string,
    directiveNumber: x.number as string,
    directiveKind: x.kind as string,
    ref: x.ref as string,
    text: x.text as string,
    startsOn: day(x.starts_on)!,
    deadline: day(x.deadline),
    cycle: (x.cycle as Cycle | null) ?? null,
    lead: (x.lead_code as string | null) ?? null,
    monitors: x.monitors as string[],
    units: x.units as string[],
  }));
}

/** The reports of the tasks, oldest first, keyed `${taskId}|${agency}`. */
export async function loadReports(sql: Sql, taskIds: string[]): Promise<Map<string, ReportRow[]>> {
  const out = new Map<string, ReportRow[]>();
  if (!taskIds.length) return out;
  const r = await sql.query<Record<string, unknown>>(
    `SELECT task_id, agency_code, status, text, evidence, reported_on, reported_by
       FROM reform_task_reports WHERE task_id = ANY($1::uuid[]) ORDER BY reported_at, id`,
    [taskIds],
  );
  for (const x of r.rows) {
    const key = `${x.task_id}|${x.agency_code}`;
    const list = out.get(key) ?? [];
    list.push({
      taskId: x.task_id as string,
      agency: x.agency_code as string,
      status: x.status as UnitReport["status"],
      text: x.text as string,
      evidence: x.evidence as string[],
      reportedOn: day(x.reported_on)!,
      reportedBy: x.reported_by as string,
    });
    out.set(key, list);
  }
  return out;
}

/** Only the status and day of each report (no text): what the status rules need, keyed as above. */
export async function loadReportDays(
  sql: Sql,
  taskIds: string[],
): Promise<Map<string, UnitReport[]>> {
  const out = new Map<string, UnitReport[]>();
  if (!taskIds.length) return out;
  const r = await sql.query<{ k: string; s: string[]; d: string[] }>(
    `SELECT task_id || '|' || agency_code AS k, array_agg(status ORDER BY reported_on) AS s,
            array_agg(reported_on::text ORDER BY reported_on) AS d
       FROM reform_task_reports WHERE task_id = ANY($1::uuid[]) GROUP BY task_id, agency_code`,
    [taskIds],
  );
  for (const x of r.rows)
    out.set(
      x.k,
      x.s.map((status, i) => ({ status: status as UnitReport["status"], reportedOn: x.d[i] })),
    );
  return out;
}
