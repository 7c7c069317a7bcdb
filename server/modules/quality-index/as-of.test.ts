// "Reports that do not move under your feet": a March dossier whose synchronisation, payment,
// result, evaluation… changes in April leaves March's index as it was read at the end of March,
// whenever it is asked for; `asOf` gives the figures as they stood at that instant. Every
// indicator of the rules is either driven here by a later change, or read from dated records of
// its own (the catalogue's versions, the complaints' steps) as the list below says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DossierRecord } from "../../../shared/sync-record.ts";
import type { Db } from "../../platform/db.ts";
import { testDb } from "../../platform/testing.ts";
import type { Dossier } from "../dossiers/index.ts";
import { inferredHistory, recordAsOf } from "./as-of.ts";
import { JudgeCache } from "./calendar-judge.ts";
import { computeIndex } from "./compute.ts";
import { procedureFigures } from "./procedure-view.ts";
import { projector } from "./projector.ts";
import { rulesFor } from "./rules.ts";
import type { IndexResult } from "./score.ts";
import { indexOf, type ReadCtx, unitData } from "./service.ts";
import { procedure, vn, withEvents } from "./test-fixtures.ts";

const MARCH = { from: "2026-03-01", to: "2026-03-31" };
const END_OF_MARCH = new Date(vn("2026-03-31 23:00"));
const APRIL_CHANGE = new Date(vn("2026-04-10 10:00"));
const DECEMBER = new Date(vn("2026-12-05 09:00"));

const PROC = procedure({
  code: "P1",
  fees: [{ name: "Lệ phí", amount: 50_000 }],
  resultIsDocument: true,
  fullOnlineEligible: true,
  applicantTypes: ["citizen"],
  duration: { value: 3, unit: "working-days" },
});

type Case = {
  /** The indicators the April change moves (today's state differs from March's). */
  ids: string[];
  what: string;
  /** The dossier as received on 2 March (online, fee-bearing, nothing yet flagged). */
  march?: Partial<DossierRecord>;
  /** Its handling in March (4 March), then what changes on 10 April. */
  handled?: (r: DossierRecord) => DossierRecord;
  april: (r: DossierRecord) => DossierRecord;
};

const handledInMarch = (r: DossierRecord): DossierRecord => ({
  ...r,
  status: 9,
  events: [...r.events, { type: "handled", at: vn("2026-03-04 10:00") }],
});
const returned = (r: DossierRecord): DossierRecord => ({
  ...r,
  status: 10,
  events: [...r.events, { type: "result-returned", at: vn("2026-04-10 10:00") }],
});

const CASES: Case[] = [
  {
    ids: ["1.4", "3.3"],
    what: "the portal acknowledges the dossier in April",
    march: { result: { code: "KQ1", file: "f" } },
    april: (r) => ({ ...r, syncedToPortal: true }),
  },
  {
    ids: ["2.1", "5.4"],
    what: "an extension granted in April moves the appointment past the end of March",
    march: { dueAt: vn("2026-03-03 09:00") },
    handled: (r) => r,
    april: (r) => ({ ...r, dueAt: vn("2026-04-20 09:00") }),
  },
  {
    ids: ["2.2"],
    what: "the dossier is handled in April",
    handled: (r) => r,
    april: (r) => ({
      ...r,
      status: 9,
      events: [...r.events, { type: "handled", at: vn("2026-04-10 10:00") }],
    }),
  },
  {
    ids: ["3.3", "4.1", "4.2"],
    what: "the electronic result is attached when the result is returned in April",
    march: { syncedToPortal: true },
    april: (r) => ({ ...returned(r), result: { code: "KQ1", file: "f" } }),
  },
  {
    ids: ["3.4"],
    what: "the dossier is marked handled fully online in April",
    april: (r) => ({ ...returned(r), fullOnline: true }),
  },
  {
    ids: ["3.5b", "3.6"],
    what: "the fee is paid online in April",
    april: (r) => ({ ...r, paidOnline: 1 }),
  },
  {
    ids: ["4.2"],
    what: "the component is digitised in April",
    march: {
      components: [{ name: "Tờ khai", digitized: 0, fromPersonalStore: false }],
      result: { code: "KQ1", file: "f" },
    },
    april: (r) => ({ ...r, components: [{ ...r.components[0], digitized: 1 }] }),
  },
  {
    ids: ["4.3"],
    what: "the component is flagged as reused digitised data in April",
    april: (r) => ({ ...r, components: [{ ...r.components[0], digitized: 2 }] }),
  },
  {
    ids: ["4.4"],
    what: "the result is pushed to the citizen's personal data store in April",
    april: (r) => ({ ...r, resultPushedToPersonalStore: true }),
  },
  {
    ids: ["4.5a", "4.5b"],
    what: "the applicant's data is checked against the population database in April",
    april: (r) => ({ ...r, populationDb: true }),
  },
  {
    ids: ["5.4"],
    what: "the citizen evaluates with a dislike in April",
    april: (r) => ({ ...returned(r), feedback: { complaint: false, reaction: "dislike" } }),
  },
  {
    ids: ["5.4"],
    what: "a complaint about the dossier arrives in April",
    april: (r) => ({ ...r, feedback: { complaint: true, reaction: null } }),
  },
];

/**
 * Indicators read from dated records of their own, cut at the same instant: the catalogue's
 * versions in force then (proceduresOf), the complaints' received and step instants
 * (complaintIndicators; the complainant's reactions dated in complaint_reactions), and 4.6 (the
 * certified-copy register, dated once per entry).
 */
const OWN_DATES = ["1.1", "1.2", "1.3", "3.1", "3.2", "3.5a", "4.6", "5.1", "5.2", "5.3"];

let db: Db;
const judges = new JudgeCache(0);
const source = async () => PROC;
const project = projector({ judges, procedures: source });
const ctx = (now: Date): ReadCtx => ({ sql: db, judges, procedures: source, now: () => now });
const figures = (i: IndexResult) =>
  i.indicators.map((x) => ({ id: x.id, n: x.numerator, d: x.denominator, s: x.score }));
const change = (at: Date, created = false) => ({ dossier: { updatedAt: at } as Dossier, created });

beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await db?.close();
});

describe("the index of a past period, as things stood at its end", () => {
  it("classifies every indicator of the rules", () => {
    const driven = new Set(CASES.flatMap((c) => c.ids));
    const all = rulesFor(MARCH.to).indicators.map((r) => r.id);
    expect(all.filter((id) => !driven.has(id) && !OWN_DATES.includes(id))).toEqual([]);
  });

  it.each(CASES.map((c, i) => [`${c.ids.join(", ")}: ${c.what}`, c, i] as const))(
    "%s",
    async (_name, c, i) => {
      const agency = `AS${i}`;
      const unit = { code: agency, name: "Xã thử", level: "commune" as const, agencies: [agency] };
      const received = withEvents("2026-03-02 09:00", "2026-03-05 09:00", [], {
        code: `${agency}-260302-0001`,
        agency,
        procedure: "P1",
        channel: 2,
        status: 4,
        syncedToPortal: false,
        fees: [{ name: "Lệ phí", amount: 50_000 }],
        ...c.march,
      });
      const inMarch = (c.handled ?? handledInMarch)(received);
      const inApril = c.april(inMarch);
      await db.transaction((tx) =>
        project(tx, null, received, change(new Date(vn("2026-03-02 09:00")), true)),
      );
      await db.transaction((tx) =>
        project(tx, received, inMarch, change(new Date(vn("2026-03-04 10:00")))),
      );
      // March's figures as the dashboard showed them at the end of March (live).
      const atEndOfMarch = figures(await indexOf(ctx(END_OF_MARCH), unit, MARCH));
      const perProcedure = await procedureFigures(ctx(END_OF_MARCH), unit, MARCH);
      await db.transaction((tx) => project(tx, inMarch, inApril, change(APRIL_CHANGE)));

      // In December, March reads the same, by the rollups and by the direct computation.
      const inDecember = await indexOf(ctx(DECEMBER), unit, MARCH);
      expect(figures(inDecember)).toEqual(atEndOfMarch);
      expect(await procedureFigures(ctx(DECEMBER), unit, MARCH)).toEqual(perProcedure);
      const direct = computeIndex(await unitData(ctx(DECEMBER), unit, MARCH));
      expect(figures(direct.index)).toEqual(atEndOfMarch);
      // As of an instant before the change: the same; as of today: the change shows.
      const before = await indexOf(
        ctx(DECEMBER),
        unit,
        MARCH,
        undefined,
        new Date(vn("2026-04-09 17:00")),
      );
      expect(figures(before)).toEqual(atEndOfMarch);
      const today = figures(await indexOf(ctx(DECEMBER), unit, MARCH, undefined, DECEMBER));
      for (const id of c.ids)
        expect(
          today.find((x) => x.id === id),
          id,
        ).not.toEqual(atEndOfMarch.find((x) => x.id === id));
    },
  );

  it("as of an instant inside the period: dossiers received later are not there yet", async () => {
    const agency = "ASMID";
    const unit = { code: agency, name: "Xã thử", level: "commune" as const, agencies: [agency] };
    for (const [n, day] of [
      [1, "2026-03-02"],
      [2, "2026-03-20"],
    ] as const) {
      const r = withEvents(`${day} 09:00`, null, [], {
        code: `${agency}-${day.slice(2).replaceAll("-", "")}-000${n}`,
        agency,
        procedure: "P1",
      });
      await db.transaction((tx) => project(tx, null, r, change(new Date(r.receivedAt!), true)));
    }
    const mid = await indexOf(
      ctx(DECEMBER),
      unit,
      MARCH,
      undefined,
      new Date(vn("2026-03-10 12:00")),
    );
    expect(mid.indicators.find((x) => x.id === "1.4")).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
    const end = await indexOf(ctx(DECEMBER), unit, MARCH);
    expect(end.indicators.find((x) => x.id === "1.4")).toMatchObject({
      numerator: 2,
      denominator: 2,
    });
  });
});

describe("a record that arrives whole (history import)", () => {
  it("takes each fact from the event that produces it", () => {
    const r = withEvents(
      "2026-03-30 09:00",
      "2026-04-03 09:00",
      ["handled@2026-04-02 10:00", "result-returned@2026-04-03 08:00"],
      {
        status: 10,
        result: { code: "KQ", file: "f" },
        paidOnline: 2,
        feedback: { complaint: false, reaction: "dislike" },
      },
    );
    const march = recordAsOf(r, null, Date.parse(vn("2026-03-31 23:59")))!;
    expect(march).toMatchObject({
      status: 4,
      syncedToPortal: true, // synchronised with its reception
      paidOnline: 2, // paid at reception (no payment was asked for later)
      result: null, // the result exists once handled (2 April)
      feedback: { complaint: false, reaction: null }, // evaluated on the result (3 April)
    });
    expect(march.events.map((e) => e.type)).toEqual(["received"]);
    expect(recordAsOf(r, null, Date.parse(vn("2026-04-02 12:00")))).toMatchObject({
      status: 9,
      result: { code: "KQ", file: "f" },
      feedback: { complaint: false, reaction: null },
    });
    expect(recordAsOf(r, null, Date.parse(vn("2026-04-03 08:00")))).toEqual(r);
    expect(recordAsOf(r, null, Date.parse(vn("2026-03-30 08:59")))).toBeNull();
    expect(inferredHistory(r).map((s) => s.at)).toEqual([
      new Date(vn("2026-03-30 09:00")).toISOString(),
      new Date(vn("2026-04-02 10:00")).toISOString(),
      new Date(vn("2026-04-03 08:00")).toISOString(),
    ]);
  });
});
