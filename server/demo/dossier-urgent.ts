// Open dossiers placed on purpose in the demo officers' queues: some about to be late (due within
// the next working hours), some already late (due a little while ago), found by stepping the
// reception time back until the procedure's appointment falls where wanted.
import type { WorkCalendar } from "../modules/dossiers/index.ts";
import type { DemoProcedure, PlannedDossier } from "./dossier-plan.ts";

const STEP_MS = 30 * 60_000;

export function urgentDossier(o: {
  n: number;
  now: Date;
  procedure: DemoProcedure;
  agency: string;
  unit: string;
  cal: WorkCalendar;
  kind: "soon" | "late";
}): PlannedDossier | null {
  const { now, cal, procedure } = o;
  for (let k = 2; k < 2000; k++) {
    const receivedAt = cal.addWorkingMinutes(new Date(now.getTime() - k * STEP_MS), 1);
    if (receivedAt >= now) continue;
    const due = cal.dueAt(receivedAt, procedure.duration.value, procedure.duration.unit);
    const fits =
      o.kind === "soon"
        ? due > cal.addWorkingMinutes(now, 60) && due <= cal.addWorkingMinutes(now, 8 * 60)
        : cal.addWorkingMinutes(due, 60) <= now && cal.addWorkingMinutes(due, 2 * 8 * 60) > now;
    if (!fits) continue;
    return {
      n: o.n,
      procedure,
      agency: o.agency,
      unit: o.unit,
      channel: 1,
      submittedAt: receivedAt,
      receivedAt,
      dueAt: due,
      events: [{ type: "received", at: receivedAt }],
      status: 4,
      forwardedAt: null,
      paymentConfirmedAt: null,
      late: true,
      paidOnline: 0,
      vneidVerified: true,
      populationDb: true,
      syncedToPortal: true,
      fullOnline: false,
      result: null,
      resultPushedToPersonalStore: false,
      components: procedure.components
        .filter((c) => c.required)
        .map((c) => ({ name: c.name, digitized: 1 as const, fromPersonalStore: false })),
      feedback: { complaint: false, reaction: null },
    };
  }
  return null;
}
