// The demo province's dossier history, planned without the database: who filed which procedure
// where, on which channel, when it was received, paused, handled and returned — a seeded
// pseudo-random, realistic mix, dated relative to the clock. dossiers.ts stores it through the
// real code paths (intake and actions for open dossiers of the demo officers, import otherwise).
import type { DossierEventType, Fee } from "../../shared/sync-record.ts";
import type { Status, WorkCalendar } from "../modules/dossiers/index.ts";

export interface DemoProcedure {
  code: string;
  level: string;
  agencies: string[];
  duration: {
    value: number;
    unit: "working-days" | "working-hours" | "days" | "months" | "same-day";
  };
  onlineLevel: "full" | "partial" | "none";
  fullOnlineEligible: boolean;
  resultIsDocument: boolean;
  fees: Fee[];
  components: { name: string; required: boolean }[];
}

export interface PlanInput {
  now: Date;
  procedures: DemoProcedure[];
  communes: string[];
  /** The provincial one-stop centre: receives department procedures at its counter. */
  center: string;
  /**
   * The one-stop unit that receives an agency's dossiers at the counter and by post: a commune
   * its own, a commune police unit its commune's, a department the provincial centre.
   */
  counterOf(agency: string): string;
  calendarOf(agency: string): WorkCalendar;
  /** Earliest submission per procedure (when its catalogue version came into force). */
  validFrom(code: string): Date;
  count?: number;
  days?: number;
  seed?: number;
}

export interface PlannedEvent {
  type: DossierEventType;
  at: Date;
}

export interface PlannedDossier {
  n: number;
  procedure: DemoProcedure;
  agency: string;
  /** Receiving unit: its code prefixes the dossier code. */
  unit: string;
  channel: 1 | 2 | 3;
  submittedAt: Date;
  receivedAt: Date | null;
  /** The appointment, moved later by completed supplement pauses (as complete-supplement does). */
  dueAt: Date | null;
  /** Events up to now, in time order (national types). */
  events: PlannedEvent[];
  status: Status;
  /** Handed on to the leader's approval step at this moment (still open). */
  forwardedAt: Date | null;
  paymentConfirmedAt: Date | null;
  late: boolean;
  paidOnline: 0 | 1 | 2;
  vneidVerified: boolean;
  populationDb: boolean;
  syncedToPortal: boolean;
  fullOnline: boolean;
  result: { code: string; file: string } | null;
  resultPushedToPersonalStore: boolean;
  components: { name: string; digitized: 0 | 1 | 2 | 3; fromPersonalStore: boolean }[];
  feedback: { complaint: boolean; reaction: "like" | "dislike" | null };
}

/** Mulberry32: a small, fast, seeded generator (deterministic demo data). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Relative yearly volume of each demo procedure (commune civil status and copies dominate). */
const WEIGHTS: Record<string, number> = {
  "1.001193": 12,
  "1.000894": 5,
  "1.000656": 4,
  "1.001022": 0.5,
  "1.004859": 2,
  "1.004873": 6,
  "2.000635": 5,
  "2.000815": 16,
  "2.000884": 4,
  "2.001035": 4,
  "1.004194": 5,
  "1.004222": 4,
  "1.004221": 4,
  "2.000720": 2.5,
  "2.000575": 1.5,
  "2.001610": 2.5,
  "2.000633": 0.5,
  "1.002809": 6,
  "1.002804": 1,
  "1.012756": 3,
  "1.012766": 3,
  "1.009972": 0.8,
  "1.010009": 2,
  "1.009940": 0.5,
  "2.000488": 7,
  "1.008725": 0.4,
  "1.004616": 0.5,
  "2.000355": 0.8,
  "1.000105": 0.6,
  "1.001978": 2,
  "2.000286": 1.5,
  "1.001653": 0.5,
  "1.003605": 0.5,
  "1.000775": 0.2,
};

const DAY_MS = 86_400_000;
const WORKING_DAY_MIN = 8 * 60;

function pick<T>(r: () => number, items: readonly T[], weight: (t: T) => number): T {
  const total = items.reduce((s, t) => s + weight(t), 0);
  let x = r() * total;
  for (const t of items) {
    x -= weight(t);
    if (x < 0) return t;
  }
  return items[items.length - 1];
}

/** The whole plan, in submission order. */
export function planDossiers(input: PlanInput): PlannedDossier[] {
  const r = rng(input.seed ?? 20250701);
  const count = input.count ?? 3000;
  const start = new Date(input.now.getTime() - (input.days ?? 120) * DAY_MS);
  // The demo officers' communes (xuly.xa, xuly.xa2) see a busier counter than the average commune.
  const communeWeight = (c: string) =>
    c === input.communes[0] ? 10 : c === input.communes[1] ? 7 : 1;
  const out: PlannedDossier[] = [];
  for (let n = 0; n < count; n++) {
    const procedure = pick(r, input.procedures, (p) => WEIGHTS[p.code] ?? 1);
    // A commune-level procedure is done in every commune (by its People's Committee or police).
    const agency =
      procedure.agencies.length > 1
        ? pick(r, procedure.agencies, (a) => communeWeight(input.counterOf(a)))
        : (procedure.agencies[0] ?? input.center);
    const from = new Date(Math.max(start.getTime(), input.validFrom(procedure.code).getTime()));
    out.push(planOne(r, n, procedure, agency, from, input));
  }
  out.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.n - b.n);
  return out;
}

function planOne(
  r: () => number,
  n: number,
  procedure: DemoProcedure,
  agency: string,
  from: Date,
  input: PlanInput,
): PlannedDossier {
  const { now } = input;
  const cal = input.calendarOf(agency);
  const x = r();
  const channel: 1 | 2 | 3 =
    procedure.onlineLevel === "none"
      ? x < 0.9
        ? 1
        : 3
      : x < (procedure.onlineLevel === "full" ? 0.47 : 0.32)
        ? 2
        : x < 0.93
          ? 1
          : 3;
  const unit = channel === 2 ? agency : input.counterOf(agency);
  const span = cal.workingMinutesBetween(from, now);
  // Counter and post: office hours; online: any time of day, received on the next working hours.
  const submittedAt =
    channel === 2
      ? new Date(from.getTime() + r() * (now.getTime() - from.getTime()))
      : cal.addWorkingMinutes(from, Math.floor(r() * span));
  const receivedAt =
    channel === 1
      ? submittedAt
      : cal.addWorkingMinutes(submittedAt, 15 + Math.floor(r() * (channel === 2 ? 240 : 600)));
  const p: PlannedDossier = {
    n,
    procedure,
    agency,
    unit,
    channel,
    submittedAt,
    receivedAt: null,
    dueAt: null,
    events: [],
    status: 1,
    forwardedAt: null,
    paymentConfirmedAt: null,
    late: false,
    paidOnline: 0,
    vneidVerified: channel === 2 ? r() < 0.95 : r() < 0.3,
    populationDb: r() < 0.6,
    syncedToPortal: r() < 0.97,
    fullOnline: false,
    result: null,
    resultPushedToPersonalStore: false,
    components: components(r, procedure, channel),
    feedback: { complaint: r() < 0.005, reaction: feedback(r()) },
  };
  if (receivedAt > now) return p; // online, not received yet: status 1
  if (r() < 0.015) {
    // Refused at reception (Form 03): never received.
    return { ...p, status: 3, events: [{ type: "refused", at: receivedAt }] };
  }
  p.receivedAt = receivedAt;
  const due = cal.dueAt(receivedAt, procedure.duration.value, procedure.duration.unit);
  const legal = Math.max(60, cal.workingMinutesBetween(receivedAt, due));
  const y = r();
  const supplements = y < 0.015 ? 2 : y < 0.11 ? 1 : 0;
  // About 8% late: 6.5% handled after the appointment, 1.5% with a second supplement request.
  p.late = supplements === 2 || r() < 0.066;
  const f = p.late && supplements < 2 ? 1.05 + r() * 0.7 : 0.15 + r() * 0.8;
  const work = Math.round(f * legal);
  const plan: { type: DossierEventType; offset: number }[] = [];
  let paused = 0;
  for (let i = 0; i < supplements; i++) {
    const at = Math.round(work * (0.2 + 0.25 * i + r() * 0.15)) + paused;
    const pause = 60 + Math.floor(r() * 4 * WORKING_DAY_MIN);
    plan.push({ type: "supplement-requested", offset: at });
    plan.push({ type: "supplement-completed", offset: at + pause });
    paused += pause;
  }
  const fee = procedure.fees.some((x) => x.amount > 0);
  const payment = fee && r() < 0.06 ? Math.round(work * 0.7) + paused : null;
  if (payment !== null) plan.push({ type: "payment-requested", offset: payment });
  const end = work + paused;
  const stop = r();
  if (stop < 0.004) plan.push({ type: "withdrawn", offset: Math.round(end * 0.5) });
  else if (stop < 0.007) plan.push({ type: "stopped", offset: Math.round(end * 0.6) });
  else {
    plan.push({ type: "handled", offset: end });
    const back = legal <= WORKING_DAY_MIN ? 10 + r() * 90 : 30 + r() * 2 * WORKING_DAY_MIN;
    plan.push({ type: "result-returned", offset: end + Math.round(back) });
  }
  plan.sort((a, b) => a.offset - b.offset);
  const at = (offset: number) => cal.addWorkingMinutes(receivedAt, offset);
  const events: PlannedEvent[] = [{ type: "received", at: receivedAt }];
  let completedPause = 0;
  let lastRequest = 0;
  for (const e of plan) {
    const when = at(e.offset);
    if (when > now) break;
    events.push({ type: e.type, at: when });
    // Nothing happens after a withdrawal or a stop (a pending supplement is never completed).
    if (e.type === "withdrawn" || e.type === "stopped") break;
    if (e.type === "supplement-requested") lastRequest = e.offset;
    if (e.type === "supplement-completed") completedPause += e.offset - lastRequest;
  }
  p.events = events;
  p.dueAt = completedPause ? cal.addWorkingMinutes(due, completedPause) : due;
  if (payment !== null) p.paymentConfirmedAt = at(payment + 30 + Math.round(r() * 600));
  p.status = statusAfter(events);
  // Paid (payment-confirmed is not a national event): handling resumes.
  if (p.status === 6 && p.paymentConfirmedAt && p.paymentConfirmedAt <= now) p.status = 4;
  // Handed on to the leader (still open) past two thirds of the work, after the last pause.
  const paid = p.paymentConfirmedAt && p.paymentConfirmedAt <= now ? p.paymentConfirmedAt : null;
  const last = Math.max(events[events.length - 1].at.getTime(), paid?.getTime() ?? 0) + 1_800_000;
  const fwd = new Date(Math.max(at(Math.round(end * 0.65)).getTime(), last));
  if (p.status === 4 && fwd <= now) p.forwardedAt = fwd;
  const handled = events.some((e) => e.type === "handled");
  if (fee && (channel === 2 ? r() < 0.7 : r() < 0.12)) p.paidOnline = channel === 2 ? 1 : 2;
  if (handled && (!procedure.resultIsDocument || r() < 0.88)) {
    const year = receivedAt.getUTCFullYear();
    p.result = { code: `${100 + n}/${year}/KQ`, file: fakeSha(n) };
    p.resultPushedToPersonalStore = r() < (channel === 2 ? 0.6 : 0.25);
  }
  p.fullOnline =
    handled &&
    channel === 2 &&
    procedure.fullOnlineEligible &&
    p.result !== null &&
    (!fee || p.paidOnline > 0);
  return p;
}

function statusAfter(events: PlannedEvent[]): Status {
  const last = events[events.length - 1].type;
  const byType: Partial<Record<DossierEventType, Status>> = {
    received: 4,
    "supplement-requested": 5,
    "supplement-completed": 4,
    "payment-requested": 6,
    handled: 9,
    "result-returned": 10,
    refused: 3,
    stopped: 8,
    withdrawn: 7,
  };
  return byType[last] ?? 4;
}

function feedback(x: number): "like" | "dislike" | null {
  return x < 0.22 ? "like" : x < 0.24 ? "dislike" : null;
}

function components(r: () => number, p: DemoProcedure, channel: 1 | 2 | 3) {
  return p.components
    .filter((c) => c.required || r() < 0.3)
    .map((c) => {
      const x = r();
      const fromPersonalStore = channel === 2 && x < 0.15;
      const digitized: 0 | 1 | 2 | 3 = fromPersonalStore
        ? 2
        : x < 0.06
          ? 3
          : x < 0.12
            ? 2
            : x < (channel === 2 ? 0.97 : 0.8)
              ? 1
              : 0;
      return { name: c.name, digitized, fromPersonalStore };
    });
}

/** A stable 64-hex stand-in for the signed result file's sha256. */
export function fakeSha(n: number): string {
  let h = "";
  let x = (n + 1) * 2654435761;
  while (h.length < 64) {
    x = Math.imul(x ^ (x >>> 13), 1597334677) >>> 0;
    h += x.toString(16).padStart(8, "0");
  }
  return h.slice(0, 64);
}
