// The applicant's supplement arrives: the pause ends and the appointment (and the open step's
// due moment) move later by the working time paused (Decree 118/2025/NĐ-CP; docs calendar.md).
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { endPause } from "../pauses.ts";
import { toComponents } from "../schemas.ts";
import { extendOpenStep } from "../steps.ts";
import type { ActionDef } from "./context.ts";

export const completeSupplement: ActionDef<ActionBody<"complete-supplement">> = {
  body: ACTION_BODIES["complete-supplement"],
  async apply(ctx, d, b) {
    const cal = await ctx.calendar(d);
    const pause = await endPause(ctx.tx, d, ctx.now, cal);
    const minutes = pause?.minutes ?? 0;
    const dueAt = d.dueAt ? cal.addWorkingMinutes(d.dueAt, minutes) : null;
    await extendOpenStep(ctx.tx, d, minutes, cal);
    const proc = b.components.length ? await ctx.procedure(d) : null;
    const added = proc ? toComponents(b.components, proc.components) : [];
    const names = new Set(added.map((c) => c.name));
    const components = [...d.components.filter((c) => !names.has(c.name)), ...added];
    const state = d.resumeState ?? "handling";
    return {
      after: {
        ...d,
        state,
        status: 4,
        resumeState: null,
        dueAt,
        components,
        pausedMinutes: d.pausedMinutes + minutes,
      },
      events: [
        {
          type: "supplement-completed",
          at: ctx.now,
          data: {
            pausedWorkingMinutes: minutes,
            previousDueAt: d.dueAt?.toISOString() ?? null,
            dueAt: dueAt?.toISOString() ?? null,
            components: added.map((c) => c.name),
            note: b.note ?? null,
          },
        },
      ],
      audit: "dossier.supplement_completed",
      details: { pausedWorkingMinutes: minutes },
    };
  },
};
