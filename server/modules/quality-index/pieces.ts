// A dossier's indicator-2.1 state as a function of the period's last day E, cut into pieces of
// days with a constant (mu, onTime): mu is the day from which the dossier stops being carried
// over (max of its reception day and its terminal day as seen at E; null while unfinished).
// Membership of handled([F, E]) is then "F ≤ mu" (always, when mu is null).
import type { ProcedureRecord } from "../../../shared/sync-record.ts";
import { type DayNo, dayEndMs, vnDay } from "./days.ts";
import type { DurationJudge } from "./judge.ts";
import { handlingAt, type Prepared } from "./timeline.ts";

export interface Piece {
  a: DayNo;
  /** Last day of the piece; null = for ever. */
  b: DayNo | null;
  mu: DayNo | null;
  onTime: boolean;
}

/** Search horizon for "for ever" (a century): beyond it an unfinished dossier stays as it was. */
const HORIZON_DAYS = 36_525;

export function pieces(
  p: Prepared,
  proc: ProcedureRecord | undefined,
  judge: DurationJudge,
): Piece[] {
  const cuts = cutDays(p);
  const r = p.receivedDay;
  const out: Piece[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const s = cuts[i];
    const t = i + 1 < cuts.length ? cuts[i + 1] - 1 : null;
    const st = handlingAt(p, proc, judge, dayEndMs(s)); // the same for every E in [s, t]
    const mu = st.term === null ? null : Math.max(r, vnDay(st.term));
    if (st.fixed || !st.onTime) {
      push(out, { a: s, b: t, mu, onTime: st.onTime });
      continue;
    }
    // Unfinished and running: on time up to some last day L, late after (monotone in E).
    const L = lastOnTime(p, proc, judge, s, t);
    push(out, { a: s, b: L, mu, onTime: true });
    if (L !== null && L !== t) push(out, { a: L + 1, b: t, mu, onTime: false });
  }
  return out;
}

/** The reception day and every later day with an event, ascending, each once. */
function cutDays(p: Prepared): DayNo[] {
  const r = p.receivedDay;
  const days = [r];
  let sorted = true;
  for (const e of p.events) {
    const x = vnDay(e.at);
    if (!(x > r)) continue;
    if (x < days[days.length - 1]) sorted = false;
    days.push(x);
  }
  if (!sorted) days.sort((x, y) => x - y);
  let n = 1;
  for (let i = 1; i < days.length; i++) if (days[i] !== days[n - 1]) days[n++] = days[i];
  days.length = n;
  return days;
}

function push(out: Piece[], x: Piece): void {
  const last = out[out.length - 1];
  if (last && last.mu === x.mu && last.onTime === x.onTime && last.b !== null && last.b + 1 === x.a)
    last.b = x.b;
  else out.push(x);
}

/** Last day in [s, t] on time at its end, given on time at s and true-then-false; null = for ever. */
function lastOnTime(
  p: Prepared,
  proc: ProcedureRecord | undefined,
  judge: DurationJudge,
  s: DayNo,
  t: DayNo | null,
): DayNo | null {
  const pred = (E: DayNo) => handlingAt(p, proc, judge, dayEndMs(E)).onTime;
  let lo = s;
  let hi: DayNo;
  if (t !== null) {
    if (pred(t)) return t;
    hi = t;
  } else {
    let step = 1;
    for (;;) {
      if (step > HORIZON_DAYS) return null;
      if (!pred(s + step)) {
        hi = s + step;
        break;
      }
      lo = s + step;
      step *= 2;
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (pred(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
