// Directive routes: issue a directive with its tasks, list directives, report progress, monitor.
import {
  directiveBody,
  directiveCreated,
  directiveList,
  flaggedView,
  monitorQuery,
  monitorView as monitorResponse,
  reportBody,
  reportCreated,
} from "../../../../shared/contracts/reform.ts";
import { commandsOn } from "../../../platform/command.ts";
import type { Api } from "../../../platform/http.ts";
import { param } from "../../../platform/http.ts";
import { authorize, requireUser, type WithCommands } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { vnDay } from "../periods.ts";
import { flagLateTasks } from "./flags.ts";
import { recordDirective } from "./issue.ts";
import { monitorView } from "./monitor.ts";
import { reportProgress } from "./report.ts";

export function directiveRoutes(api: Api, deps: ReformDeps & WithCommands) {
  const command = commandsOn(api, deps.commands);
  const tag = "reform";
  command(
    {
      method: "post",
      path: "/api/reform/directives",
      response: directiveCreated,
      summary: "Ban hành văn bản chỉ đạo và nhiệm vụ / Issue a directive with its tasks",
      tag,
      action: "reform.manage",
      body: directiveBody,
    },
    async ({ tx, actor, body, now }) =>
      recordDirective(deps, tx, actor, await deps.agencies.tree(tx), body, now),
  );

  api.route(
    {
      method: "get",
      path: "/api/reform/directives",
      response: directiveList,
      summary: "Danh sách văn bản chỉ đạo / Directives",
      tag,
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "reform.read", tree.subtreeOf);
      const r = await deps.db.query<Record<string, unknown>>(
        `SELECT d.id, d.number, d.kind, d.issued_on::text AS issued_on, d.issuer_code, d.signer, d.subject,
                d.file_sha256, (SELECT count(*) FROM reform_tasks t WHERE t.directive_id = d.id)::int AS tasks
           FROM reform_directives d ORDER BY d.issued_on DESC, d.number`,
      );
      return {
        directives: r.rows.map((x) => ({
          id: x.id,
          number: x.number,
          kind: x.kind,
          issuedOn: x.issued_on,
          issuer: x.issuer_code,
          signer: x.signer,
          subject: x.subject,
          fileSha256: x.file_sha256,
          tasks: x.tasks,
        })),
      };
    },
  );

  command(
    {
      method: "post",
      path: "/api/reform/tasks/:id/reports",
      response: reportCreated,
      summary: "Báo cáo tiến độ nhiệm vụ / Report progress on a task",
      tag,
      action: "reform.report",
      agency: ({ body }) => body.agency,
      body: reportBody,
    },
    ({ c, tx, actor, body, now }) => reportProgress(deps, tx, actor, param(c, "id"), body, now),
  );

  api.route(
    {
      method: "get",
      path: "/api/reform/monitor",
      response: monitorResponse,
      summary:
        "Theo dõi nhiệm vụ theo đơn vị: hoàn thành / đúng tiến độ / trễ hạn / chưa báo cáo / Task monitor per unit",
      tag,
      query: monitorQuery,
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      const scope = authorize(actor, "reform.read", tree.subtreeOf, query.agency);
      const agencies = query.agency
        ? tree.subtreeOf(query.agency)
        : scope.all
          ? null
          : scope.agencies;
      return monitorView(
        deps.db,
        tree,
        { directiveId: query.directive, agencies, status: query.status },
        vnDay(deps.clock.now()),
      );
    },
  );

  command(
    {
      method: "post",
      path: "/api/reform/tasks/flag-late",
      response: flaggedView,
      summary: "Báo nhiệm vụ trễ hạn cho thủ trưởng đơn vị / Flag late tasks to the units' heads",
      tag,
      action: "reform.manage",
    },
    async ({ tx, now }) => {
      const today = vnDay(now);
      const flagged = await flagLateTasks(tx, now, today);
      return {
        answer: { flagged },
        // Nothing newly late: nothing changed, no record (the hourly job does the same silently).
        audit: flagged
          ? {
              action: "reform.late_tasks_flagged",
              subjectType: "reform_tasks",
              subjectId: today,
              details: { flagged },
            }
          : null,
      };
    },
  );
}
