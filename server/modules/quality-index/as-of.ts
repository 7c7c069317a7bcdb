// A dossier record as it stood at an instant, so that a period's index reads the same whatever
// day it is asked for ("Dossier-based indicators, precisely": every indicator is computed as
// things stood at the end of the period; an event after it counts for no indicator of that period).
//
// Events carry their instants. The other facts the index reads (synchronised, paid online, the
// electronic result, the evaluation, digitised components, the appointment date…) do not, so the
// index keeps a history of them (qi_dossier_facts, migration 0220):
//   - observed: when a change of the running system alters a fact, the change's instant is
//     written with the new facts (the instant the system learnt it: the portal's acknowledgement,
//     the payment's confirmation, the citizen's evaluation);
//   - inferred, for a record that arrives whole (history import, or before any observed change):
//     each fact holds from the event that produces it (see FACT_RULES). An imported record is the
//     authority on its own history, so importing it again drops what was observed.
// Before its instant a fact is at its initial value: not synchronised, not paid, no electronic
// result, no evaluation, nothing digitised.
import type { DossierEventType, DossierRecord } from "../../../shared/sync-record.ts";

/** The facts of a record that are not events (what the index reads besides them). */
export const FACT_FIELDS = [
  "dueAt",
  "fees",
  "components",
  "vneidVerified",
  "populationDb",
  "paidOnline",
  "result",
  "resultPushedToPersonalStore",
  "syncedToPortal",
  "fullOnline",
  "feedback",
] as const;
type FactField = (typeof FACT_FIELDS)[number];
export type Facts = Pick<DossierRecord, FactField>;

/** The facts as they stood from `at` (ISO instant) on, until the next snapshot. */
export interface FactSnapshot {
  at: string;
  facts: Facts;
}
export type FactHistory = FactSnapshot[];

/**
 * When a fact recorded without its own instant holds from, in a record that arrives whole.
 * - reception: what the applicant brought and the officer checked at reception (components and
 *   their digitisation, VNeID, population data, fees, appointment date) — NgayTiepNhan;
 *   synchronisation too: the portal receives every change as it happens (portal-sync.md), so a
 *   record marked synchronised was first synchronised with its reception.
 * - payment: fees are paid when asked for (the payment-requested event), else at reception.
 * - result: the electronic result, its push to the personal data store and "handled fully online"
 *   exist when handling ends (handled, else result-returned; Decree 45/2020/NĐ-CP art. 25–26).
 * - evaluation: the citizen evaluates (like/dislike, complaint) on receiving the result: the
 *   record's last event (Decision 766/QĐ-TTg, 5.4 counts it once the dossier is handled).
 */
const FACT_RULES: Record<FactField, "reception" | "payment" | "result" | "evaluation"> = {
  dueAt: "reception",
  fees: "reception",
  components: "reception",
  vneidVerified: "reception",
  populationDb: "reception",
  syncedToPortal: "reception",
  paidOnline: "payment",
  result: "result",
  resultPushedToPersonalStore: "result",
  fullOnline: "result",
  feedback: "evaluation",
};

export function factsOf(r: DossierRecord): Facts {
  return {
    dueAt: r.dueAt,
    fees: r.fees,
    components: r.components,
    vneidVerified: r.vneidVerified,
    populationDb: r.populationDb,
    paidOnline: r.paidOnline,
    result: r.result,
    resultPushedToPersonalStore: r.resultPushedToPersonalStore,
    syncedToPortal: r.syncedToPortal,
    fullOnline: r.fullOnline,
    feedback: r.feedback,
  };
}

/** The initial value of each fact (before its instant). */
function initial(r: DossierRecord): Facts {
  return {
    ...factsOf(r),
    components: r.components.map((c) => ({ ...c, digitized: 0, fromPersonalStore: false })),
    vneidVerified: false,
    populationDb: false,
    paidOnline: 0,
    result: null,
    resultPushedToPersonalStore: false,
    syncedToPortal: false,
    fullOnline: false,
    feedback: { complaint: false, reaction: null },
  };
}

const ms = (s: string) => Date.parse(s);

/** The instant each rule's facts hold from, in a record that arrives whole (null: never received). */
function ruleInstants(r: DossierRecord): Record<string, number> | null {
  if (r.receivedAt === null) return null;
  const received = ms(r.receivedAt);
  const first = (types: DossierEventType[]) => {
    const e = r.events.find((x) => types.includes(x.type));
    return e ? ms(e.at) : null;
  };
  const last = r.events.length ? ms(r.events[r.events.length - 1].at) : received;
  const at = (t: number | null) => Math.max(received, t ?? last);
  return {
    reception: received,
    payment: at(first(["payment-requested"]) ?? received),
    result: at(first(["handled", "result-returned"])),
    evaluation: at(last),
  };
}

/** The history a whole record implies (empty when never received). */
export function inferredHistory(r: DossierRecord): FactHistory {
  const when = ruleInstants(r);
  if (!when) return [];
  const now = factsOf(r);
  const start = initial(r);
  const instants = [...new Set(Object.values(when))].sort((a, b) => a - b);
  return instants.map((t) => {
    const facts = { ...start };
    for (const f of FACT_FIELDS)
      if (when[FACT_RULES[f]] <= t) (facts as Record<string, unknown>)[f] = now[f];
    return { at: new Date(t).toISOString(), facts };
  });
}

const same = (a: Facts, b: Facts) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The history to store after a change of the running system at `at`: null when nothing needs
 * storing (the dossier is new to the index, or its facts did not change).
 */
export function observe(
  stored: FactHistory | null,
  old: DossierRecord | null,
  after: DossierRecord,
  at: Date,
): FactHistory | null {
  if (!old) return null;
  const prev = stored ?? inferredHistory(old);
  const now = factsOf(after);
  const last = prev[prev.length - 1];
  if (last && same(last.facts, now)) return null;
  const t = last && ms(last.at) > at.getTime() ? last.at : at.toISOString();
  return [...prev, { at: t, facts: now }];
}

/** The last instant a history or a record's events moved (what may differ after a cut-off). */
export function lastInstant(r: DossierRecord, history?: FactHistory | null): number | null {
  if (r.receivedAt === null) return null;
  let t = ms(r.receivedAt);
  for (const e of r.events) t = Math.max(t, ms(e.at));
  const h = history?.[history.length - 1];
  if (h) t = Math.max(t, ms(h.at));
  return t;
}

const STATUS_AFTER: Record<DossierEventType, number> = {
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

/**
 * The record as it stood at `cutoff` (ms): events after it dropped, the status they left, and
 * each fact as the history says. Null when it was not yet received then (in no indicator).
 */
export function recordAsOf(
  r: DossierRecord,
  history: FactHistory | null,
  cutoff: number,
): DossierRecord | null {
  if (r.receivedAt === null || ms(r.receivedAt) > cutoff) return null;
  const events = r.events.filter((e) => ms(e.at) <= cutoff);
  const status =
    events.length === r.events.length
      ? r.status
      : events.length
        ? STATUS_AFTER[events[events.length - 1].type]
        : 2;
  const h = history ?? inferredHistory(r);
  let facts = initial(r);
  for (const s of h) if (ms(s.at) <= cutoff) facts = s.facts;
  return { ...r, ...facts, events, status };
}
