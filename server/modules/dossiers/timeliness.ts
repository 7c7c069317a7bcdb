// The server's one verdict on a dossier's timeliness (shared/timeliness.ts): the queue, the
// dossier page, the late-dossier list and the reports all read it from here.
import type { Timeliness, Verdict } from "../../../shared/timeliness.ts";

const DAY = 86_400_000;
/** "Soon": within two calendar days of the appointment (the queue's warning band). */
const SOON_DAYS = 2;
const vnDay = (t: number) => new Date(t + 7 * 3_600_000).toISOString().slice(0, 10);

export interface TimelinessInput {
  receivedAt: Date | null;
  dueAt: Date | null;
  extendedDueAt: Date | null;
  finishedAt: Date | null;
  /** National status: 5 = waiting for the applicant's supplement (clock stopped). */
  status: number;
  supplementRequests: number;
  /** The end of handling as the index defines it, when the caller has the events (else finishedAt). */
  endAt?: Date | null;
}

export function timeliness(d: TimelinessInput, now: Date): Timeliness {
  const apologised = d.extendedDueAt !== null;
  const none: Timeliness = { verdict: "none", late: false, lateReason: null, apologised, days: 0 };
  if (!d.receivedAt || !d.dueAt) return none;
  const due = d.dueAt.getTime();
  const end = d.finishedAt?.getTime() ?? null;
  // Decision 766/QĐ-TTg 2.1: a second supplement request makes the dossier late.
  const second = d.supplementRequests > 1;
  // While the applicant has the dossier (status 5) the clock is stopped at the request.
  const judgedAt = d.endAt !== undefined ? (d.endAt?.getTime() ?? null) : end;
  const pastDue = judgedAt !== null || d.status !== 5 ? (judgedAt ?? now.getTime()) > due : false;
  const late = second || pastDue;
  const lateReason = pastDue ? "past-due" : second ? "second-supplement" : null;
  const lateDays = (t: number, against: number) => Math.max(1, Math.ceil((t - against) / DAY));
  const v = (verdict: Verdict, days = 0): Timeliness => ({
    verdict,
    late,
    lateReason,
    apologised,
    days,
  });
  if (end !== null) {
    if (!late) return v("on-time");
    if (apologised && end <= d.extendedDueAt!.getTime()) return v("finished-late-apologised");
    return v("finished-late", pastDue ? lateDays(end, due) : 0);
  }
  const t = now.getTime();
  if (apologised) {
    const newDue = d.extendedDueAt!.getTime();
    // Past the new appointment too: late again, the apology no longer covers it.
    if (t > newDue) return v("late", lateDays(t, newDue));
    return v("late-apologised", Math.ceil((newDue - t) / DAY));
  }
  if (d.status === 5) return late ? v("late") : v("paused");
  if (late) return v("late", pastDue ? lateDays(t, due) : 0);
  if (vnDay(t) === vnDay(due)) return v("due-today");
  const left = Math.ceil((due - t) / DAY);
  return v(left <= SOON_DAYS ? "due-soon" : "in-time", left);
}
