// Where a dossier stands against its appointment: the colours of the work queue. Finished
// dossiers are judged on their finish; open ones on now. "Soon" is within two days.
export type Tone = "late" | "today" | "soon" | "early" | "none" | "onTime" | "finishedLate";

const DAY = 86_400_000;
/** The calendar day in Vietnam (UTC+7, no daylight saving). */
const vnDay = (t: number) => new Date(t + 7 * 3_600_000).toISOString().slice(0, 10);

export function deadline(
  d: { dueAt: string | null; finishedAt: string | null },
  now: number,
): { tone: Tone; days: number } {
  if (!d.dueAt) return { tone: "none", days: 0 };
  const due = Date.parse(d.dueAt);
  if (d.finishedAt) {
    const done = Date.parse(d.finishedAt);
    return done <= due
      ? { tone: "onTime", days: 0 }
      : { tone: "finishedLate", days: Math.ceil((done - due) / DAY) };
  }
  if (now > due) return { tone: "late", days: Math.max(1, Math.ceil((now - due) / DAY)) };
  if (vnDay(now) === vnDay(due)) return { tone: "today", days: 0 };
  const left = Math.ceil((due - now) / DAY);
  return { tone: left <= 2 ? "soon" : "early", days: left };
}

export const TONE_CLASS: Record<Tone, string> = {
  late: "tone-late",
  today: "tone-today",
  soon: "tone-soon",
  early: "tone-early",
  none: "tone-none",
  onTime: "tone-early",
  finishedLate: "tone-late",
};
