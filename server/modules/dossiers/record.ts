// Exchange records (docs: sync-record.md, Dossier): toRecord/fromRecord. Keys are written in the
// order of the spec and instants in Vietnam time, so export → import → export is byte-identical.
import { randomBytes, randomUUID } from "node:crypto";
import { type DossierEvent, type DossierRecord, EVENT_TYPES } from "../../../shared/sync-record.ts";
import { STATE_OF_STATUS } from "./rules.ts";
import type { Dossier, DossierEventRow, Status } from "./types.ts";

const NATIONAL = new Set<string>(EVENT_TYPES);
/** Appended when an import replaces a record's event history: earlier national events are superseded. */
export const REPLACED = "record-replaced";
const TERMINAL = new Set(["handled", "result-returned", "refused", "stopped", "withdrawn"]);

const VN_OFFSET_MS = 7 * 3_600_000;

/** An instant as ISO 8601 in Vietnam time: 2026-03-02T09:00:00+07:00 (milliseconds only when set). */
export function vnIso(d: Date): string {
  const s = new Date(d.getTime() + VN_OFFSET_MS).toISOString();
  const ms = d.getTime() % 1000 === 0 ? s.slice(0, 19) : s.slice(0, 23);
  return `${ms}+07:00`;
}

/** The events a record shows: national types, after the last replacement, in time order. */
export function recordEvents(
  events: readonly Pick<DossierEventRow, "type" | "at">[],
): DossierEvent[] {
  let from = 0;
  events.forEach((e, i) => {
    if (e.type === REPLACED) from = i + 1;
  });
  return events
    .slice(from)
    .filter((e) => NATIONAL.has(e.type))
    .map((e) => ({ type: e.type as DossierEvent["type"], at: vnIso(e.at) }));
}

export function toRecord(
  d: Dossier,
  events: readonly Pick<DossierEventRow, "type" | "at">[],
): DossierRecord {
  return {
    code: d.code,
    procedure: d.procedureCode,
    agency: d.agencyCode,
    channel: d.channel,
    submittedAt: vnIso(d.submittedAt),
    receivedAt: d.receivedAt ? vnIso(d.receivedAt) : null,
    dueAt: d.dueAt ? vnIso(d.dueAt) : null,
    status: d.status,
    events: recordEvents(events),
    paidOnline: d.paidOnline,
    fees: d.fees.map((f) => ({ name: f.name, amount: f.amount })),
    components: d.components.map((c) => ({
      name: c.name,
      digitized: c.digitized,
      fromPersonalStore: c.fromPersonalStore,
    })),
    vneidVerified: d.vneidVerified,
    populationDb: d.populationDb,
    result: d.result ? { code: d.result.code, file: d.result.file } : null,
    resultPushedToPersonalStore: d.resultPushedToPersonalStore,
    syncedToPortal: d.syncedToPortal,
    fullOnline: d.fullOnline,
    feedback: { complaint: d.feedback.complaint, reaction: d.feedback.reaction },
  };
}

const CODE = /^(.+)-(\d{2})(\d{2})(\d{2})-(\d{4,5})$/;

/** The parts of a dossier code, or null when it does not follow the national pattern. */
export function parseCode(code: string): { unit: string; day: string; seq: number } | null {
  const m = CODE.exec(code);
  if (!m) return null;
  return { unit: m[1], day: `20${m[2]}-${m[3]}-${m[4]}`, seq: Number(m[5]) };
}

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
let pool = randomBytes(0);
let at = 0;

/** 8 characters from an alphabet without look-alikes (0/O, 1/I/L): printed on the receipt. */
export function newSecret(): string {
  if (at + 8 > pool.length) {
    pool = randomBytes(8192);
    at = 0;
  }
  let s = "";
  for (let i = 0; i < 8; i++) s += ALPHABET[pool[at++] % ALPHABET.length];
  return s;
}

/**
 * The projection a record describes. `base` is the stored dossier when the code exists: its
 * internal fields (applicant, form data, steps, secret) are kept.
 */
export function fromRecord(
  r: DossierRecord,
  base: Dossier | null,
  at: Date,
  procedureVersion: number | null,
): Dossier {
  const status = r.status as Status;
  const events = r.events;
  const finished = events.find((e) => TERMINAL.has(e.type));
  const supplements = events.filter((e) => e.type === "supplement-requested").length;
  const byName = new Map(base?.components.map((c) => [c.name, c]) ?? []);
  return {
    id: base?.id ?? randomUUID(),
    code: r.code,
    procedureCode: r.procedure,
    procedureVersion:
      base?.procedureCode === r.procedure ? base.procedureVersion : procedureVersion,
    agencyCode: r.agency,
    receivingUnit: base?.receivingUnit ?? parseCode(r.code)?.unit ?? r.agency,
    channel: r.channel,
    applicant: base?.applicant ?? null,
    status,
    state: base && base.status === status ? base.state : STATE_OF_STATUS[status],
    resumeState: base && base.status === status ? base.resumeState : null,
    submittedAt: new Date(r.submittedAt),
    receivedAt: r.receivedAt ? new Date(r.receivedAt) : null,
    dueAt: r.dueAt ? new Date(r.dueAt) : null,
    extendedDueAt: base?.extendedDueAt ?? null,
    finishedAt: finished ? new Date(finished.at) : null,
    pausedMinutes: base?.pausedMinutes ?? 0,
    currentStep: base?.currentStep ?? null,
    supplementRequests: Math.max(supplements, base?.supplementRequests ?? 0),
    completionRequests: base?.completionRequests ?? 0,
    version: base ? base.version + 1 : 1,
    eventSeq: base?.eventSeq ?? 0,
    paidOnline: r.paidOnline,
    vneidVerified: r.vneidVerified,
    populationDb: r.populationDb,
    syncedToPortal: r.syncedToPortal,
    fullOnline: r.fullOnline,
    result: r.result ? { code: r.result.code, file: r.result.file } : null,
    resultPushedToPersonalStore: r.resultPushedToPersonalStore,
    components: r.components.map((c) => {
      const old = byName.get(c.name);
      return {
        name: c.name,
        required: old?.required ?? false,
        digitized: c.digitized,
        fromPersonalStore: c.fromPersonalStore,
        files: old?.files ?? [],
        ...(old?.fromPopulationData ? { fromPopulationData: true } : {}),
      };
    }),
    fees: r.fees.map((f) => ({ name: f.name, amount: f.amount })),
    formData: base?.formData ?? {},
    feedback: { complaint: r.feedback.complaint, reaction: r.feedback.reaction },
    secret: base?.secret ?? newSecret(),
    updatedAt: at,
  };
}
