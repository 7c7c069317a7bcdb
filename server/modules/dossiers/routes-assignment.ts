// HTTP API of hand-over by pick-list: who may take the step an action opens, the officer's own
// inbox ("Hồ sơ của tôi"), and the leader's reassignment of an open step (an audited event).
import {
  inbox,
  intakePickQuery,
  pickList as pickListAnswer,
  pickListQuery,
  reassignBody,
  reassigned,
} from "../../../shared/contracts/dossiers.ts";
import { commandsOn } from "../../platform/command.ts";
import { AppError } from "../../platform/errors.ts";
import { type Api, param } from "../../platform/http.ts";
import type { AuditEntry } from "../audit/index.ts";
import { type Actor, type AgencyTree, authorize, requireUser } from "../identity/index.ts";
import { ensureVisible } from "./access.ts";
import { makeCtx, preload, unknownProcedure } from "./actions/context.ts";
import {
  firstHandlingStep,
  pickList,
  resolveAssignee,
  stepUnit,
  targetStep,
} from "./assignment.ts";
import { checkVersion, commit } from "./commit.ts";
import { myInbox } from "./inbox.ts";
import { routeAgency } from "./intake.ts";
import type { DossierDeps } from "./ports.ts";
import { APPROVER_ROLES, openStepRow } from "./steps.ts";
import { getDossier, listSteps } from "./store.ts";

export function assignmentRoutes(api: Api, deps: DossierDeps) {
  const { db, clock } = deps;
  const command = commandsOn(api, deps.commands);

  api.route(
    {
      method: "get",
      path: "/api/dossiers/inbox",
      summary: "Hồ sơ của tôi / My assigned dossiers",
      tag: "dossiers",
      response: inbox,
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "dossier.read", tree.subtreeOf);
      return myInbox(db, actor.userId!, clock.now());
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/intake-assignees",
      summary:
        "Người nhận bước xử lý đầu tiên khi tiếp nhận tại quầy / Who may take the first handling step of a dossier received at the counter",
      tag: "dossiers",
      query: intakePickQuery,
      response: pickListAnswer,
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "dossier.intake", tree.subtreeOf);
      const proc = await deps.procedures(db, query.procedure, { at: clock.now() });
      if (!proc) throw unknownProcedure(query.procedure);
      const receivingUnit = query.receivingUnit ?? actor.activeAgency ?? undefined;
      const units = {
        agencyCode: routeAgency(
          proc,
          { agency: query.agency, receivingUnit, applicant: { communeCode: query.communeCode } },
          tree,
        ),
        receivingUnit: receivingUnit ?? "",
      };
      const index = firstHandlingStep(proc);
      if (index === null) return { action: "receive", step: null, people: [] };
      return pickList(db, tree, units, proc, index, "receive");
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code/assignees",
      summary:
        "Người nhận bước tiếp theo / Who may take the step an action opens (the unit's holders of its role)",
      tag: "dossiers",
      // "reassign": the open step's list, for a leader of its unit only.
      query: pickListQuery,
      response: pickListAnswer,
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      const d = await getDossier(db, param(c, "code"));
      await ensureVisible(db, actor, tree.subtreeOf, d);
      const pre = await preload(deps, d.agencyCode);
      return db.transaction(async (tx) => {
        const proc = await makeCtx(tx, actor, clock.now(), deps, pre).procedure(d);
        const action = query.action;
        if (action === "reassign") {
          const open = await openStepRow(tx, d);
          const reassignable = open && ["handling", "approval"].includes(d.state);
          const unit = reassignable ? stepUnit(d, proc.steps[open.stepIndex]) : null;
          if (!open || !unit || !leads(actor, tree, unit))
            return { action, step: null, people: [] };
          return pickList(tx, tree, d, proc, open.stepIndex, action);
        }
        const index = targetStep(proc, d, action);
        return (
          (index === null ? null : await pickList(tx, tree, d, proc, index, action)) ?? {
            action,
            step: null,
            people: [],
          }
        );
      });
    },
  );

  // A command: leaders and heads hold "dossier.approve"; whether this one leads the unit holding
  // the step is checked on the dossier, in the command's transaction.
  command(
    {
      method: "post",
      path: "/api/dossiers/:code/reassign",
      summary: "Giao lại bước đang xử lý / Reassign the open step (the unit's leader)",
      tag: "dossiers",
      action: "dossier.approve",
      body: reassignBody,
      response: reassigned,
    },
    async ({ c, tx, now, actor, body }) => {
      const code = param(c, "code");
      const d = await getDossier(tx, code);
      const pre = await preload(deps, d.agencyCode, undefined, tx);
      const tree = pre.tree;
      await ensureVisible(tx, actor, tree.subtreeOf, d);
      checkVersion(d, body.version);
      const open = await openStepRow(tx, d);
      if (!open || !["handling", "approval"].includes(d.state)) throw nothingToReassign(code);
      const proc = await makeCtx(tx, actor, now, deps, pre).procedure(d);
      const step = proc.steps[open.stepIndex];
      const unit = stepUnit(d, step);
      if (!leads(actor, tree, unit)) throw leaderOnly(tree.byCode.get(unit)?.name ?? unit);
      const to = await resolveAssignee(tx, tree, d, proc, open.stepIndex, body.assignee);
      const before = (await listSteps(tx, d.id)).find((s) => s.seq === open.seq);
      await tx.query(
        "UPDATE dossier_steps SET assignee_id = $3, assignee_name = $4 WHERE dossier_id = $1 AND seq = $2",
        [d.id, open.seq, to.id, to.name],
      );
      const audits: AuditEntry[] = [];
      const change = {
        before: d,
        after: d,
        events: [
          {
            type: "reassigned",
            at: now,
            data: {
              step: open.stepIndex,
              name: step.name,
              from: before?.assigneeName ?? null,
              fromId: before?.assigneeId ?? null,
              assignee: to.name,
              assigneeId: to.id,
              reason: body.reason,
            },
          },
        ],
        audit: "dossier.reassigned",
        details: { step: open.stepIndex, from: before?.assigneeId ?? null, to: to.id },
      };
      const after = await commit(tx, actor, now, deps.projectors ?? [], change, { audits });
      return {
        answer: { code: after.code, version: after.version, step: open.stepIndex, assignee: to },
        audit: audits,
      };
    },
  );
}

/** Only a leader (or the head) of the unit holding the step reassigns its work. */
function leads(actor: Actor, tree: AgencyTree, unit: string): boolean {
  return actor.grants.some(
    (g) => APPROVER_ROLES.has(g.role) && tree.subtreeOf(g.agencyCode).includes(unit),
  );
}

function nothingToReassign(code: string): AppError {
  return new AppError("dossiers.nothing_to_reassign", "conflict", {
    vi: `Hồ sơ ${code} không có bước đang xử lý để giao lại.`,
    en: `Dossier ${code} has no step in progress to reassign.`,
  });
}

function leaderOnly(unitName: string): AppError {
  return new AppError("dossiers.reassign_leader_only", "forbidden", {
    vi: `Chỉ lãnh đạo của ${unitName} được giao lại bước đang xử lý.`,
    en: `Only a leader of ${unitName} may reassign the step in progress.`,
  });
}
