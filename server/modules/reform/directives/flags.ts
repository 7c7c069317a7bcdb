// Late tasks are flagged to the unit's head once per (task, unit, due day), as an in-app
// notification addressed to the head role of the unit (reform spec, "Directives and tasks").
// An overdue remediation item of an inspection is flagged to the inspected unit's head and to the
// inspecting office (its monitors: their inspectors and Home Affairs officers), reform spec,
// "Inspections".
import type { Sql } from "../../../platform/db.ts";
import { type NewNotification, notify } from "../../accountability/index.ts";
import { loadReportDays, loadTasks } from "./load.ts";
import { taskStatus } from "./status.ts";

/** The reference a task notification carries (in the notification's subject code). */
export const taskSubject = (directiveNumber: string, ref: string) => `${directiveNumber} §${ref}`;

export async function flagLateTasks(tx: Sql, now: Date, today: string): Promise<number> {
  const tasks = await loadTasks(tx, {});
  const reports = await loadReportDays(
    tx,
    tasks.map((t) => t.id),
  );
  const late: {
    taskId: string;
    agency: string;
    dueOn: string;
    subject: string;
    text: string;
    remediation: boolean;
    monitors: string[];
  }[] = [];
  for (const t of tasks)
    for (const agency of t.units) {
      const s = taskStatus(t, reports.get(`${t.id}|${agency}`) ?? [], today);
      if (s.status === "late" && s.dueOn)
        late.push({
          taskId: t.id,
          agency,
          dueOn: s.dueOn,
          subject: taskSubject(t.directiveNumber, t.ref),
          text: t.text.slice(0, 120),
          remediation: t.directiveKind === "conclusion",
          monitors: t.monitors,
        });
    }
  if (!late.length) return 0;
  const fresh = await tx.query<{ task_id: string; agency_code: string; due_on: unknown }>(
    `INSERT INTO reform_task_flags (task_id, agency_code, due_on, flagged_at)
     SELECT * , $4::timestamptz FROM unnest($1::uuid[], $2::text[], $3::date[])
     ON CONFLICT DO NOTHING RETURNING task_id, agency_code`,
    [late.map((l) => l.taskId), late.map((l) => l.agency), late.map((l) => l.dueOn), now],
  );
  const isFresh = new Set(fresh.rows.map((r) => `${r.task_id}|${r.agency_code}`));
  const list = late.filter((l) => isFresh.has(`${l.taskId}|${l.agency}`));
  await notify(
    tx,
    now,
    list.flatMap((l): NewNotification[] => {
      if (!l.remediation)
        return [
          {
            audience: "role" as const,
            role: "head",
            agencyCode: l.agency,
            dossierCode: l.subject,
            kind: "task_late" as const,
            vi: `Nhiệm vụ ${l.subject} trễ hạn báo cáo (hạn ${vn(l.dueOn)}): ${l.text}`,
            en: `Task ${l.subject} is late (report due ${l.dueOn}): ${l.text}`,
          },
        ];
      const message = {
        dossierCode: l.subject,
        kind: "remediation_overdue" as const,
        vi: `Nội dung khắc phục ${l.subject} của ${l.agency} quá hạn (hạn ${vn(l.dueOn)}): ${l.text}`,
        en: `Remediation item ${l.subject} of ${l.agency} is overdue (due ${l.dueOn}): ${l.text}`,
      };
      return [
        { audience: "role" as const, role: "head", agencyCode: l.agency, ...message },
        ...l.monitors.flatMap((office) =>
          ["inspector", "home_affairs"].map((role) => ({
            audience: "role" as const,
            role,
            agencyCode: office,
            ...message,
          })),
        ),
      ];
    }),
  );
  return list.length;
}

const vn = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
