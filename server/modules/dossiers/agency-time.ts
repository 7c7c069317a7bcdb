// Each agency's share of an inter-agency (liên thông) dossier's time: the working time its steps
// took against their quotas, in the order the dossier passed through them. Their time counts
// inside the one appointment date (Decree 118/2025/NĐ-CP); each agency answers for its share
// (the evaluation's criterion "each agency's time vs its quota"). The reception and return
// steps are the receiving unit's; a step without an agency is the competent agency's.
import type { WorkCalendar } from "./ports.ts";
import type { Dossier, StepRow } from "./types.ts";

export interface AgencyShare {
  agency: string;
  steps: number;
  workingMinutes: number;
  quotaMinutes: number;
  /** Over its quota in total. */
  over: boolean;
  /** A step of this agency is still open. */
  open: boolean;
}

export function agencyShares(
  d: Pick<Dossier, "agencyCode" | "receivingUnit">,
  steps: readonly StepRow[],
  cal: WorkCalendar,
  now: Date,
): AgencyShare[] {
  const by = new Map<string, AgencyShare>();
  for (const s of steps) {
    const agency =
      s.chargedTo ?? s.agencyCode ?? (s.role === "reception" ? d.receivingUnit : d.agencyCode);
    const share = by.get(agency) ?? {
      agency,
      steps: 0,
      workingMinutes: 0,
      quotaMinutes: 0,
      over: false,
      open: false,
    };
    share.steps++;
    share.workingMinutes += Math.max(
      0,
      Math.round(cal.workingMinutesBetween(s.receivedAt, s.doneAt ?? now)),
    );
    share.quotaMinutes += Math.round(s.quotaHours * 60);
    share.open ||= s.doneAt === null;
    share.over = share.workingMinutes > share.quotaMinutes;
    by.set(agency, share);
  }
  return [...by.values()];
}
