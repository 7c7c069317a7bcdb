// Reception (Decree 118/2025/NĐ-CP Art. 15): a complete dossier is received, gets its
// appointment date from the procedure's legal time, and goes to the first handling step.
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { resolveAssignee } from "../assignment.ts";
import { checkForm, incomplete, missingComponents } from "../completeness.ts";
import { keepPopulationData } from "../population-data.ts";
import { enterRegister } from "../register.ts";
import { toComponents } from "../schemas.ts";
import { actorLabel, openStep } from "../steps.ts";
import type { NewEvent } from "../types.ts";
import type { ActionDef } from "./context.ts";

export const receive: ActionDef<ActionBody<"receive">> = {
  body: ACTION_BODIES.receive,
  async apply(ctx, d, b) {
    const proc = await ctx.procedure(d);
    const components = b.components
      ? keepPopulationData(d.components, toComponents(b.components, proc.components))
      : d.components;
    const formData = b.formData ?? d.formData;
    const missing = missingComponents(proc, components);
    if (missing.length) throw incomplete(d.code, missing);
    checkForm(proc, formData);
    const cal = await ctx.calendar(d);
    const now = ctx.now;
    // Appointment date: the legal handling time from reception, in working time (calendar.md).
    const dueAt = cal.dueAt(now, proc.duration.value, proc.duration.unit);
    const base = { ...d, components, formData, receivedAt: now, dueAt, status: 2 as const };
    const by = actorLabel(ctx.actor);
    let first = 0;
    // The reception step itself is done at the moment of reception: the applicant (at the
    // counter, by post or online) hands the dossier to the officer who receives it.
    if (proc.steps[0]?.role === "reception") {
      const from = d.applicant?.name ?? by;
      await openStep(
        ctx.tx,
        base,
        proc,
        0,
        now,
        cal,
        from,
        { id: ctx.actor.userId, name: by },
        true,
      );
      first = 1;
    }
    // Entered in the receiving unit's register (Form 07); Form 01 prints the book and number.
    const register = await enterRegister(ctx.tx, base, now);
    const events: NewEvent[] = [
      {
        type: "received",
        at: now,
        data: {
          dueAt: dueAt.toISOString(),
          procedureVersion: proc.version,
          register,
          // An online dossier's wait for reception, in working minutes (reception-wait.ts).
          ...(d.channel === 2
            ? { waitedWorkingMinutes: Math.round(cal.workingMinutesBetween(d.submittedAt, now)) }
            : {}),
        },
      },
    ];
    let currentStep: number | null = null;
    if (proc.steps[first]) {
      const to = await resolveAssignee(ctx.tx, ctx.tree, base, proc, first, b.assignee);
      const s = await openStep(ctx.tx, base, proc, first, now, cal, by, to);
      currentStep = first;
      events.push({
        type: "step-started",
        at: now,
        data: {
          step: first,
          name: s.name,
          role: s.role,
          agency: s.agency,
          dueAt: s.dueAt.toISOString(),
          assignee: to.name,
          assigneeId: to.id,
        },
      });
    }
    return {
      after: {
        ...base,
        status: 4,
        state: "handling",
        currentStep,
        procedureVersion: proc.version ?? d.procedureVersion,
      },
      events,
      audit: "dossier.received",
      details: { dueAt: dueAt.toISOString(), register },
      // The receipt (Form 01) is rendered on demand from the stored dossier: receipt.ts.
    };
  },
};
