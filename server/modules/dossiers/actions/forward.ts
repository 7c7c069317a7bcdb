// Hand-over to the next step of the internal process (Decree 118/2025/NĐ-CP Art. 18): the step
// handed on is judged against its quota, the next one gets its own due moment. A step held by
// another agency makes the dossier inter-agency (liên thông) for that step.
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { AppError } from "../../../platform/errors.ts";
import { resolveAssignee } from "../assignment.ts";
import { APPROVER_ROLES, actorLabel, closeStep, openHandOff, openStep } from "../steps.ts";
import type { State } from "../types.ts";
import type { ActionDef } from "./context.ts";

export const forward: ActionDef<ActionBody<"forward">> = {
  body: ACTION_BODIES.forward,
  async apply(ctx, d, b) {
    // A step handed to another agency is handed on only once that agency has acknowledged it.
    const handOff = await openHandOff(ctx.tx, d);
    if (handOff && handOff.acknowledgedAt === null)
      throw new AppError("dossiers.hand_off_unacknowledged", "conflict", {
        vi: `Bước liên thông của hồ sơ ${d.code} chưa được ${handOff.agency} xác nhận đã nhận.`,
        en: `The inter-agency step of dossier ${d.code} has not been acknowledged by ${handOff.agency}.`,
      });
    const proc = await ctx.procedure(d);
    const next = (d.currentStep ?? -1) + 1;
    const step = proc.steps[next];
    const hands = step && step.role !== "reception";
    // Refused before anything is written: the pick-list names who may take the next step.
    const to = hands
      ? await resolveAssignee(ctx.tx, ctx.tree, d, proc, next, b.assignee)
      : { id: null, name: null };
    const closed = await closeStep(ctx.tx, d, ctx.now, ctx.actor, b.note);
    // The return step belongs to reception after the result; without a leader step in between,
    // the dossier still goes to the leader for approval.
    if (!hands) {
      return {
        after: { ...d, state: "approval", currentStep: null },
        events: [
          {
            type: "step-done",
            at: ctx.now,
            data: {
              step: d.currentStep,
              result: closed?.result ?? null,
              next: null,
              note: b.note ?? null,
            },
          },
        ],
        audit: "dossier.forwarded",
      };
    }
    const cal = await ctx.calendar(d);
    const s = await openStep(ctx.tx, d, proc, next, ctx.now, cal, actorLabel(ctx.actor), to);
    const state: State = APPROVER_ROLES.has(step.role) ? "approval" : "handling";
    return {
      after: { ...d, state, currentStep: next },
      events: [
        {
          type: "step-done",
          at: ctx.now,
          data: {
            step: d.currentStep,
            result: closed?.result ?? null,
            next,
            name: s.name,
            role: s.role,
            agency: s.agency,
            dueAt: s.dueAt.toISOString(),
            assignee: to.name,
            assigneeId: to.id,
            note: b.note ?? null,
          },
        },
      ],
      audit: "dossier.forwarded",
      details: { step: next, interAgency: s.agency !== null && s.agency !== d.agencyCode },
    };
  },
};
