// End of handling of one dossier as seen at a cut-off instant (the period end): the rules of
// "Dossier-based indicators, precisely" (Decision 766/QĐ-TTg, indicator 2.1).
import type {
  DossierEventType,
  DossierRecord,
  ProcedureRecord,
} from "../../../shared/sync-record.ts";
import { instantMs, vnDay } from "./days.ts";
import type { DurationJudge } from "./judge.ts";

/** A dossier with its instants parsed once (ms since epoch). Only received dossiers are prepared. */
export interface Prepared {
  rec: DossierRecord;
  received: number;
  receivedDay: number;
  due: number | null;
  events: { type: DossierEventType; at: number }[];
}

export function prepare(rec: DossierRecord): Prepared | null {
  if (rec.receivedAt === null) return null; // never received: in no indicator
  const received = instantMs(rec.receivedAt);
  const events = new Array<{ type: DossierEventType; at: number }>(rec.events.length);
  for (let i = 0; i < events.length; i++) {
    const e = rec.events[i];
    events[i] = { type: e.type, at: instantMs(e.at) };
  }
  return {
    rec,
    received,
    receivedDay: vnDay(received),
    due: rec.dueAt === null ? null : instantMs(rec.dueAt),
    events,
  };
}

export interface HandlingState {
  /** Raw time of the terminal event chosen by precedence, or null when not finished. */
  term: number | null;
  /** end(d): terminal time, the lone uncompleted supplement request, or the cut-off; less the pause. */
  end: number;
  onTime: boolean;
  /** False when `end` still moves with the cut-off (unfinished, no pending lone supplement). */
  fixed: boolean;
  supplementRequests: number;
  /** Why the dossier is late, when it is. */
  lateReason: "supplements" | "after-due" | "over-duration" | "no-duration" | null;
}

const TERMINAL_RANK: Partial<Record<DossierEventType, number>> = {
  handled: 0,
  "result-returned": 1,
  stopped: 2,
  refused: 2,
  withdrawn: 2,
};

/** The dossier's handling state at `cutoff` (events after it are ignored). */
export function handlingAt(
  p: Prepared,
  proc: ProcedureRecord | undefined,
  judge: DurationJudge,
  cutoff: number,
): HandlingState {
  let term: number | null = null;
  let rank = 3;
  let requests = 0;
  let request = 0;
  let completed: number | null = null;
  for (const e of p.events) {
    if (e.at > cutoff) break; // events are in time order
    const r = TERMINAL_RANK[e.type];
    if (r !== undefined && r < rank) {
      rank = r;
      term = e.at;
    } else if (e.type === "supplement-requested") {
      requests++;
      request = e.at;
    } else if (e.type === "supplement-completed" && requests === 1 && completed === null) {
      completed = e.at;
    }
  }
  const pendingLone = requests === 1 && completed === null;
  const pause = requests === 1 && completed !== null ? completed - request : 0;
  const end = (pendingLone ? request : (term ?? cutoff)) - pause;
  const fixed = term !== null || pendingLone || requests > 1;
  let lateReason: HandlingState["lateReason"] = null;
  if (requests > 1) lateReason = "supplements";
  else if (p.due !== null) lateReason = end <= p.due ? null : "after-due";
  else if (!proc) lateReason = "no-duration";
  else if (judge.exceeds(new Date(p.received), new Date(end), proc.duration))
    lateReason = "over-duration";
  return {
    term,
    end,
    onTime: lateReason === null,
    fixed,
    supplementRequests: requests,
    lateReason,
  };
}

/** Member of handled(P) for P = [F, E]: received by E, and received in P or not finished before F. */
export function inHandled(p: Prepared, st: HandlingState, F: number, E: number): boolean {
  if (p.receivedDay > E) return false;
  return p.receivedDay >= F || st.term === null || vnDay(st.term) >= F;
}
