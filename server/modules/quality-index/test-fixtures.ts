// Builders and random generators for this module's tests (not used in production code).
import fc from "fast-check";
import type {
  DossierEventType,
  DossierRecord,
  ProcedureRecord,
} from "../../../shared/sync-record.ts";

export function procedure(over: Partial<ProcedureRecord> = {}): ProcedureRecord {
  return {
    code: "P1",
    name: "Thủ tục thử",
    field: "Hộ tịch",
    agencies: ["A1"],
    level: "commune",
    duration: { value: 3, unit: "days" },
    onlineLevel: "full",
    fullOnlineEligible: true,
    fees: [{ name: "Lệ phí", amount: 50000 }],
    resultIsDocument: true,
    applicantTypes: ["citizen"],
    components: [{ name: "Tờ khai", required: true }],
    steps: [{ name: "Tiếp nhận", role: "reception", hours: 2 }],
    announcedAt: "2026-01-05",
    legalBasisEffectiveAt: "2026-01-15",
    publishedAt: "2026-01-08",
    ...over,
  };
}

/** "2026-03-02 09:00" → "2026-03-02T09:00:00+07:00". */
export const vn = (s: string) => `${s.replace(" ", "T")}:00+07:00`;

export function dossier(over: Partial<DossierRecord> = {}): DossierRecord {
  return {
    code: "A1-260302-0001",
    procedure: "P1",
    agency: "A1",
    channel: 1,
    submittedAt: vn("2026-03-02 08:00"),
    receivedAt: vn("2026-03-02 09:00"),
    dueAt: vn("2026-03-05 09:00"),
    status: 4,
    events: [{ type: "received", at: vn("2026-03-02 09:00") }],
    paidOnline: 0,
    fees: [],
    components: [{ name: "Tờ khai", digitized: 1, fromPersonalStore: false }],
    vneidVerified: false,
    populationDb: false,
    result: null,
    resultPushedToPersonalStore: false,
    syncedToPortal: true,
    fullOnline: false,
    feedback: { complaint: false, reaction: null },
    ...over,
  };
}

/** A dossier received at `received` with the given later events ("type@YYYY-MM-DD HH:mm"). */
export function withEvents(
  received: string,
  due: string | null,
  events: string[],
  over: Partial<DossierRecord> = {},
): DossierRecord {
  const evs = events.map((e) => {
    const [type, at] = e.split("@");
    return { type: type as DossierEventType, at: vn(at) };
  });
  return dossier({
    receivedAt: vn(received),
    dueAt: due === null ? null : vn(due),
    events: [{ type: "received", at: vn(received) }, ...evs],
    ...over,
  });
}

const HOUR = 3_600_000;
const EVENT_TYPES: DossierEventType[] = [
  "supplement-requested",
  "supplement-completed",
  "payment-requested",
  "handled",
  "result-returned",
  "refused",
  "stopped",
  "withdrawn",
];
const iso = (ms: number) => new Date(ms).toISOString();

export const procedureArb = (code: string) =>
  fc
    .record({
      unit: fc.constantFrom("days", "working-days", "working-hours", "months", "same-day" as const),
      value: fc.integer({ min: 0, max: 6 }),
      fees: fc.array(fc.constantFrom(0, 20000), { maxLength: 2 }),
      resultIsDocument: fc.boolean(),
      fullOnlineEligible: fc.boolean(),
      applicantTypes: fc.subarray(["citizen", "organisation", "foreigner"] as const),
    })
    .map((r) =>
      procedure({
        code,
        duration: { value: r.value, unit: r.unit },
        fees: r.fees.map((amount) => ({ name: "Phí", amount })),
        resultIsDocument: r.resultIsDocument,
        fullOnlineEligible: r.fullOnlineEligible,
        applicantTypes: [...r.applicantTypes],
      }),
    );

/** Random dossier histories over about 40 days from 1 March 2026, hours at random. */
export const dossierArb = (procCodes: string[], agencies: string[], base = "2026-03-01") =>
  fc
    .record({
      i: fc.nat(),
      procedure: fc.constantFrom(...procCodes, "UNKNOWN"),
      agency: fc.constantFrom(...agencies),
      receivedH: fc.option(fc.integer({ min: 0, max: 30 * 24 }), { freq: 8 }),
      dueAfterH: fc.option(fc.integer({ min: -24, max: 12 * 24 }), { freq: 3 }),
      events: fc.array(
        fc.record({
          type: fc.constantFrom(...EVENT_TYPES, "supplement-requested", "handled"),
          afterH: fc.integer({ min: -30, max: 20 * 24 }),
        }),
        { maxLength: 6 },
      ),
      channel: fc.constantFrom(1, 2, 3 as const),
      status: fc.integer({ min: 1, max: 10 }),
      paidOnline: fc.constantFrom(0, 1, 2 as const),
      fees: fc.array(fc.constantFrom(0, 10000), { maxLength: 2 }),
      digitized: fc.array(fc.constantFrom(0, 1, 2, 3 as const), { maxLength: 2 }),
      fromStore: fc.boolean(),
      flags: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      reaction: fc.constantFrom(null, "like", "dislike" as const),
    })
    .map((g): DossierRecord => {
      const BASE = Date.parse(`${base}T00:00:00+07:00`);
      const received = g.receivedH === null ? null : BASE + g.receivedH * HOUR;
      const start = received ?? BASE;
      const evs = g.events
        .map((e) => ({ type: e.type, at: start + e.afterH * HOUR }))
        .sort((a, b) => a.at - b.at);
      return dossier({
        code: `D${g.i}`,
        procedure: g.procedure,
        agency: g.agency,
        channel: g.channel,
        receivedAt: received === null ? null : iso(received),
        dueAt: g.dueAfterH === null ? null : iso(start + g.dueAfterH * HOUR),
        status: g.status,
        events: evs.map((e) => ({ type: e.type, at: iso(e.at) })),
        paidOnline: g.paidOnline,
        fees: g.fees.map((amount) => ({ name: "Phí", amount })),
        components: g.digitized.map((digitized, k) => ({
          name: `C${k}`,
          digitized,
          fromPersonalStore: g.fromStore && k === 0,
        })),
        vneidVerified: g.flags[0],
        populationDb: g.flags[1],
        result: g.flags[2] ? { code: "KQ", file: "kq.pdf" } : null,
        resultPushedToPersonalStore: g.flags[3],
        syncedToPortal: g.flags[4],
        fullOnline: g.flags[5],
        feedback: { complaint: g.flags[0] && g.flags[3], reaction: g.reaction },
      });
    });

/** A period of whole days within (and a little around) the generated window. */
export const periodArb = (base = "2026-03-01") =>
  fc
    .tuple(fc.integer({ min: -3, max: 45 }), fc.integer({ min: 0, max: 40 }))
    .map(([s, len]) => ({ from: day(base, s), to: day(base, s + len) }));

function day(base: string, offset: number): string {
  const t = Date.parse(`${base}T00:00:00Z`) + offset * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
