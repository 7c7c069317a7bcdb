// The unit's cycle of the reform index as commands (Decision 876/QĐ-BNV): self-assessment,
// appraisal by Home Affairs, the unit's one response, the final scores; and the recomputation of
// every unit. Each step is authorised on the unit, then the change, the recomputation it calls
// for and its audit record are one transaction.
//
// The recomputation stays in the step's transaction rather than running after the commit: the
// stored results (the ranking, each unit's stage in it) then change exactly when the scores do.
// An after-commit job that failed would only be logged, leaving a committed final score beside a
// ranking that does not show it until someone recomputes; in the transaction, a failed
// recomputation undoes the step and the user sees the error.
import {
  appraiseBody,
  recomputeView,
  respondBody,
  selfBody,
  stageView,
} from "../../../../shared/contracts/reform.ts";
import { commandsOn } from "../../../platform/command.ts";
import type { Sql } from "../../../platform/db.ts";
import type { Api, Ctx } from "../../../platform/http.ts";
import { param } from "../../../platform/http.ts";
import type { WithCommands } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { notAUnit } from "../errors.ts";
import { yearOf } from "../year.ts";
import { type CycleStep, recordAppraisal, recordResponse, recordSelfAssessment } from "./assess.ts";
import { recomputeYear, UNIT_LEVELS } from "./recompute.ts";

export function cycleRoutes(api: Api, deps: ReformDeps & WithCommands) {
  const command = commandsOn(api, deps.commands);
  const tag = "reform";
  const base = "/api/reform/index/:year";
  /** The policy checks the actor's scope on the unit named in the path. */
  const onUnit = ({ c }: { c: Ctx }) => param(c, "agency");

  /** The step's unit (a department or a commune: the index ranks only those) and year. */
  const stepOf = async (c: Ctx, tx: Sql, now: Date) => {
    const tree = await deps.agencies.tree(tx);
    const agency = param(c, "agency");
    const unit = tree.byCode.get(agency);
    if (!unit || !(UNIT_LEVELS as readonly string[]).includes(unit.level)) throw notAUnit(agency);
    const step: CycleStep = { deps, tx, year: yearOf(c), agency, now };
    return { tree, step };
  };

  command(
    {
      method: "put",
      path: `${base}/units/:agency/self`,
      response: stageView,
      summary: "Tự đánh giá, chấm điểm / Self-assessment",
      tag,
      action: "reform.report",
      agency: onUnit,
      body: selfBody,
    },
    async ({ c, tx, body, now }) => {
      const { step } = await stepOf(c, tx, now);
      return recordSelfAssessment(step, body);
    },
  );

  // Home Affairs' appraisal, then its final scores after the unit's response: the same scoring,
  // each followed by the year's recomputation in the same transaction.
  const appraisals = [
    {
      step: "appraisal",
      final: false,
      summary: "Thẩm định (Sở Nội vụ) / Appraisal by Home Affairs",
    },
    { step: "final", final: true, summary: "Điểm cuối cùng / Final scores" },
  ] as const;
  for (const { step: name, final, summary } of appraisals)
    command(
      {
        method: "post",
        path: `${base}/units/:agency/${name}`,
        response: stageView,
        summary,
        tag,
        action: "reform.appraise",
        agency: onUnit,
        body: appraiseBody,
      },
      async ({ c, tx, body, now }) => {
        const { tree, step } = await stepOf(c, tx, now);
        const outcome = await recordAppraisal(step, body, final);
        await recomputeYear(deps, tx, tree, step.year, now);
        return outcome;
      },
    );

  command(
    {
      method: "post",
      path: `${base}/units/:agency/response`,
      response: stageView,
      summary: "Phản hồi kết quả thẩm định (một lần) / The unit's one response",
      tag,
      action: "reform.report",
      agency: onUnit,
      body: respondBody,
    },
    async ({ c, tx, body, now }) => {
      const { step } = await stepOf(c, tx, now);
      return recordResponse(step, body);
    },
  );

  command(
    {
      method: "post",
      path: `${base}/recompute`,
      response: recomputeView,
      summary: "Tính lại Chỉ số CCHC mọi đơn vị / Recompute every unit",
      tag,
      action: "reform.manage",
    },
    async ({ c, tx, now }) => {
      const year = yearOf(c);
      const t0 = performance.now();
      const rows = await recomputeYear(deps, tx, await deps.agencies.tree(tx), year, now);
      return {
        answer: { year, units: rows.length, ms: Math.round(performance.now() - t0) },
        audit: {
          action: "reform.index_recomputed",
          subjectType: "reform_index_set",
          subjectId: String(year),
          details: { units: rows.length },
        },
      };
    },
  );
}
