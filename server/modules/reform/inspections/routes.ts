// Inspection routes: proposed targets, the year's plan, findings, the conclusion with its
// remediation items. Remediation is reported on through the task routes (closing needs evidence).
import {
  conclusionBody,
  conclusionSaved,
  createdId,
  findingsBody,
  findingsSaved,
  inspectionList,
  inspectionView,
  inspectionListQuery as listQuery,
  planBody,
  proposalQuery,
  proposalsView,
} from "../../../../shared/contracts/reform.ts";
import { commandsOn } from "../../../platform/command.ts";
import type { Api, Ctx } from "../../../platform/http.ts";
import { param } from "../../../platform/http.ts";
import { authorize, requireUser, scopeFor, type WithCommands } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { inspectionNotFound } from "../errors.ts";
import { vnDay } from "../periods.ts";
import { conclude, planInspection, recordFindings } from "./lifecycle.ts";
import { proposeTargets } from "./propose.ts";
import { listInspections } from "./view.ts";

export function inspectionRoutes(api: Api, deps: ReformDeps & WithCommands) {
  const command = commandsOn(api, deps.commands);
  const tag = "reform";
  const base = "/api/reform/inspections";

  api.route(
    {
      method: "get",
      path: `${base}/proposals`,
      response: proposalsView,
      summary:
        "Đề xuất đơn vị cần kiểm tra: Chỉ số CCHC thấp, trễ hạn, phản ánh nhiều / Proposed inspection targets",
      tag,
      query: proposalQuery,
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "inspection.manage", tree.subtreeOf);
      return proposeTargets(deps, deps.db, tree, query.year, query.per);
    },
  );

  command(
    {
      method: "post",
      path: base,
      response: createdId,
      summary: "Đưa một cuộc kiểm tra vào kế hoạch năm / Plan an inspection",
      tag,
      action: "inspection.manage",
      agency: ({ body }) => body.inspector,
      body: planBody,
    },
    async ({ tx, actor, body, now }) =>
      planInspection(tx, actor, await deps.agencies.tree(tx), body, now),
  );

  const visible = async (c: Ctx) => {
    const actor = requireUser(c);
    const tree = await deps.agencies.tree();
    const scope = authorize(actor, "reform.read", tree.subtreeOf);
    const manage = scopeFor(actor, "inspection.manage", tree.subtreeOf);
    return {
      tree,
      targets: scope.all ? null : scope.agencies,
      seesUnannounced: manage.all || manage.agencies.length > 0,
    };
  };

  api.route(
    {
      method: "get",
      path: base,
      response: inspectionList,
      summary: "Kế hoạch và kết quả kiểm tra CCHC / The inspection plan and results",
      tag,
      query: listQuery,
    },
    async (c, { query }) => {
      const v = await visible(c);
      const targets = query.target
        ? v.targets === null || v.targets.includes(query.target)
          ? [query.target]
          : []
        : v.targets;
      return {
        inspections: await listInspections(
          deps.db,
          v.tree,
          { year: query.year, targets, seesUnannounced: v.seesUnannounced },
          vnDay(deps.clock.now()),
        ),
      };
    },
  );

  api.route(
    {
      method: "get",
      path: `${base}/:id`,
      summary: "Một cuộc kiểm tra / One inspection",
      tag,
      response: inspectionView,
    },
    async (c) => {
      const v = await visible(c);
      const id = param(c, "id");
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw inspectionNotFound(id);
      const [one] = await listInspections(
        deps.db,
        v.tree,
        { id, targets: v.targets, seesUnannounced: v.seesUnannounced },
        vnDay(deps.clock.now()),
      );
      if (!one) throw inspectionNotFound(id);
      return one;
    },
  );

  command(
    {
      method: "put",
      path: `${base}/:id/findings`,
      response: findingsSaved,
      summary: "Ghi nhận kết quả kiểm tra / Record what the inspection found",
      tag,
      action: "inspection.manage",
      body: findingsBody,
    },
    ({ c, tx, body }) => recordFindings(tx, param(c, "id"), body),
  );

  command(
    {
      method: "post",
      path: `${base}/:id/conclusion`,
      response: conclusionSaved,
      summary:
        "Thông báo kết luận kiểm tra và các nội dung phải khắc phục / Conclude with remediation items",
      tag,
      action: "inspection.manage",
      body: conclusionBody,
    },
    async ({ c, tx, actor, body, now }) =>
      conclude(deps, tx, actor, await deps.agencies.tree(tx), param(c, "id"), body, now),
  );
}
