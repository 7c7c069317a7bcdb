// The signed result is issued with its result code and attached as an electronic result: status 9
// "handled" [NgayKetThucXuLy] (Decree 45/2020/NĐ-CP Art. 20; Circular 01/2023/TT-VPCP).
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { actorLabel, closeStep, openStep } from "../steps.ts";
import type { ActionDef } from "./context.ts";

export const issueResult: ActionDef<ActionBody<"issue-result">> = {
  body: ACTION_BODIES["issue-result"],
  async apply(ctx, d, b) {
    const proc = await ctx.procedure(d);
    await closeStep(ctx.tx, d, ctx.now, ctx.actor);
    // Open the return step (reception) when the process has one after the current step.
    let currentStep = d.currentStep;
    const last = proc.steps.length - 1;
    if (last >= 0 && proc.steps[last].role === "reception" && (d.currentStep ?? -1) < last) {
      await openStep(ctx.tx, d, proc, last, ctx.now, await ctx.calendar(d), actorLabel(ctx.actor));
      currentStep = last;
    }
    return {
      after: {
        ...d,
        state: "handled",
        status: 9,
        finishedAt: ctx.now,
        result: { code: b.resultCode, file: b.file },
        currentStep,
      },
      events: [{ type: "handled", at: ctx.now, data: { resultCode: b.resultCode, file: b.file } }],
      audit: "dossier.handled",
    };
  },
};
