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
  const r = p.receivedDay;
  const cuts = [...new Set([r, ...p.events.map((e) => vnDay(e.at)).filter((x) => x > r)])].sort(
    (x, y) => x - y,
  );
  const out: Piece[] = [];
  const at = (E: DayNo) => handlingAt(p, proc, judge, dayEndMs(E));
  cuts.forEach((s, i) => {
    const t = i + 1 < cuts.length ? cuts[i + 1] - 1 : null;
    const st = at(s); // the visible events are the same for every E in [s, t]
    const mu = st.term === null ? null : Math.max(r, vnDay(st.term));
    if (st.fixed || !st.onTime) {
      push(out, { a: s, b: t, mu, onTime: st.onTime });
      return;
    }
    // Unfinished and running: on time up to some last day L, late after (monotone in E).
    const L = lastTrue(s, t, (E) => at(E).onTime);
    push(out, { a: s, b: L, mu, onTime: true });
    if (L !== null && L !== t) push(out, { a: L + 1, b: t, mu, onTime: false });
  });
  return out;
}

function push(out: Piece[], x: Piece): void {
  const last = out[out.length - 1];
  if (last && last.mu === x.mu && last.onTime === x.onTime && last.b !== null && last.b + 1 === x.a)
    last.b = x.b;
  else out.push(x);
}

/** Last day in [s, t] where pred holds, given pred(s) and pred true-then-false; null = for ever. */
function lastTrue(s: DayNo, t: DayNo | null, pred: (d: DayNo) => boolean): DayNo | null {
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
