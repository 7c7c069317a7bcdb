// A province moving from a legacy one-stop product (docs/MIGRATION.md): a generated year of
// history — agencies, procedures, dossiers — imports into an empty store with every record kept,
// and the index of last March equals what the records say, computed here from the records alone.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateHistory } from "../../scripts/history/generate.ts";
import { loadTree } from "../../server/modules/identity/index.ts";
import { recordAsOf } from "../../server/modules/quality-index/as-of.ts";
import {
  dossierRatios,
  dossierTotals,
  JudgeCache,
  lookupOf,
  queryTotals,
} from "../../server/modules/quality-index/index.ts";
import { indexOf } from "../../server/modules/quality-index/service.ts";
import { resolveUnit } from "../../server/modules/quality-index/units.ts";
import { systemClock } from "../../server/platform/clock.ts";
import type { Db } from "../../server/platform/db.ts";
import { testDb } from "../../server/platform/testing.ts";
import type { DossierRecord } from "../../shared/sync-record.ts";
import { cliModules } from "../modules.ts";
import { run as exportRun } from "./export-dossiers.ts";
import { run as agenciesRun } from "./import-agencies.ts";
import { run as dossiersRun } from "./import-dossiers.ts";
import { run as proceduresRun } from "./import-procedures.ts";

const dir = mkdtempSync(join(tmpdir(), "motcua-history-"));
const dbs: Db[] = [];
afterAll(() => Promise.all(dbs.map((d) => d.close())));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}
const jsonl = (xs: unknown[]) => xs.map((x) => `${JSON.stringify(x)}\n`).join("");

async function emptyStore() {
  const db = await testDb();
  dbs.push(db);
  const ctx = { db, clock: systemClock };
  return { ...ctx, projectors: cliModules(ctx).dossiers.projectors };
}

describe("a province's history brought in (motcua import agencies → procedures → dossiers)", () => {
  it("keeps every record, and last March's index is what the records say", async () => {
    const h = generateHistory({
      province: "T71",
      communes: 4,
      procedures: 5,
      dossiers: 1500,
      from: "2025-01-01",
      shape: "spread",
    });
    const records = [...h.dossiers()];
    const files = {
      agencies: join(dir, "agencies.jsonl"),
      procedures: join(dir, "procedures.jsonl"),
      dossiers: join(dir, "dossiers.jsonl"),
    };
    writeFileSync(files.agencies, jsonl(h.agencies));
    writeFileSync(files.procedures, jsonl(h.procedures));
    writeFileSync(files.dossiers, jsonl(records));
    const s = await emptyStore();
    expect(await agenciesRun([files.agencies], io().io, s)).toBe(0);
    expect(await proceduresRun([files.procedures], io().io, s)).toBe(0);
    const check = io();
    expect(await dossiersRun([files.dossiers, "--check"], check.io, s)).toBe(0);
    expect(check.out.join("\n")).toMatch(
      /Checked 1500 lines: 1500 good, 0 rejected; nothing written/,
    );
    const n = await s.db.query<{ n: number }>("SELECT count(*)::int AS n FROM dossiers");
    expect(n.rows[0].n).toBe(0);

    const imported = io();
    expect(await dossiersRun([files.dossiers, "--batch", "300"], imported.io, s)).toBe(0);
    expect(imported.out.join("\n")).toMatch(/Imported 1500 dossiers \(1500 new, 0 updated/);

    // Every record kept: the export gives back each record as it came.
    const out = join(dir, "export.jsonl");
    expect(await exportRun(["--out", out], io().io, s)).toBe(0);
    const back = readFileSync(out, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    const byCode = new Map(records.map((r) => [r.code, r]));
    expect(back.length).toBe(records.length);
    for (const r of back) expect(r).toEqual(byCode.get(r.code));

    // Last March, from the stored rollups and from the records alone.
    const period = { from: "2025-03-01", to: "2025-03-31" };
    const agencies = h.agencies.map((a) => a.code);
    const stored = await queryTotals(s.db, agencies, period.from, period.to);
    const judges = await new JudgeCache().lookup(s.db, agencies);
    const direct = dossierTotals(period, records, lookupOf(h.procedures), judges);
    expect(stored).toEqual(direct);
    // And by hand: received in March (Vietnam days), and of those the ones synchronised.
    const march = (r: DossierRecord) => r.receivedAt?.slice(0, 7) === "2025-03";
    expect(stored.received).toBe(records.filter(march).length);
    expect(stored.synced).toBe(records.filter((r) => march(r) && r.syncedToPortal).length);
    expect(stored.received).toBeGreaterThan(60);
    expect(stored.handled21).toBeGreaterThan(0);

    // The index of last March as read today: as things stood at the end of March (index-766.md),
    // equal to the records as they stood then, whatever happened to them afterwards.
    const endOfMarch = Date.parse("2025-03-31T23:59:59.999+07:00");
    const then = records
      .map((r) => recordAsOf(r, null, endOfMarch))
      .filter((r): r is DossierRecord => r !== null);
    const expected = dossierRatios(dossierTotals(period, then, lookupOf(h.procedures), judges));
    const unit = resolveUnit(await loadTree(s.db), "T71");
    const idx = await indexOf({ sql: s.db, judges: new JudgeCache() }, unit, period);
    for (const [id, r] of Object.entries(expected))
      expect(
        idx.indicators.find((i) => i.id === id),
        id,
      ).toMatchObject({
        numerator: r.numerator,
        denominator: r.denominator,
      });
    // By hand: 4.1 counts a March dossier's electronic result only if it was handled by the end
    // of March (the result exists from its handling); later results belong to later readings.
    const procOf = lookupOf(h.procedures);
    const endedByMarch = (r: DossierRecord) =>
      r.events.some(
        (e) =>
          (e.type === "handled" || e.type === "result-returned") && Date.parse(e.at) <= endOfMarch,
      );
    const res41 = records.filter(
      (r) => march(r) && procOf(r.procedure)?.resultIsDocument && endedByMarch(r),
    );
    expect(idx.indicators.find((i) => i.id === "4.1")).toMatchObject({
      numerator: res41.filter((r) => r.result !== null).length,
      denominator: res41.length,
    });
    // Some March dossiers got their result in April: today's state would count them.
    const resultInApril = records.filter(
      (r) => march(r) && procOf(r.procedure)?.resultIsDocument && r.result && !endedByMarch(r),
    );
    expect(resultInApril.length).toBeGreaterThan(0);

    // Run again (as after an interruption): nothing changes, every line is "unchanged".
    const again = io();
    expect(await dossiersRun([files.dossiers], again.io, s)).toBe(0);
    expect(again.out.join("\n")).toMatch(/\(0 new, 0 updated, 1500 unchanged\)/);
    expect(await queryTotals(s.db, agencies, period.from, period.to)).toEqual(stored);
  }, 240_000);

  it("refuses impossible histories with their line and stops where it is told", async () => {
    const h = generateHistory({
      province: "T72",
      communes: 1,
      procedures: 1,
      dossiers: 30,
      from: "2025-01-01",
      shape: "one-day",
    });
    const records = [...h.dossiers()];
    const done = records.find((r) => r.status === 10)!;
    const bad = [
      {
        ...done,
        code: `${done.code}9`,
        events: [...done.events, { type: "handled", at: "2025-12-01T08:00:00+07:00" }],
      },
      { ...done, code: `${done.code}8`, status: 4 },
    ];
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, jsonl([...records.slice(0, 3), ...bad]));
    const s = await emptyStore();
    await agenciesRun([writeTo("a.jsonl", h.agencies)], io().io, s);
    await proceduresRun([writeTo("p.jsonl", h.procedures)], io().io, s);
    const r = io();
    expect(await dossiersRun([file], r.io, s)).toBe(1);
    const err = r.err.join("\n");
    expect(err).toMatch(
      /line 4: events\[\d\]: event "handled" after the final event "result-returned"/,
    );
    expect(err).toMatch(
      /line 5: status: status 4 contradicts the events \(the last event "result-returned" allows 10\)/,
    );
    expect(r.out.join("\n")).toMatch(/Imported 3 dossiers/);

    const stop = new AbortController();
    stop.abort();
    const stopped = io();
    expect(await dossiersRun([file], stopped.io, { ...s, signal: stop.signal })).toBe(130);
    expect(stopped.out.join("\n")).toMatch(/Stopped: every line up to line 0 is done/);
  }, 120_000);
});

describe("the batch projectors", () => {
  it("leave the same dossiers, events, index, late-dossier watch, outbox and audit as one change at a time, for a mixed history", async () => {
    const h = generateHistory({
      province: "T73",
      communes: 2,
      procedures: 3,
      dossiers: 220,
      from: "2025-01-01",
      shape: "spread",
    });
    const all = [...h.dossiers()];
    const first = all.slice(0, 200);
    // The legacy system's later export: a tenth of the dossiers moved on (handled, or a
    // supplement requested), some moved to the other commune; some had their last event
    // corrected (a history replaced, not extended); twenty are new; the rest are unchanged.
    const later = all.map((r, i) => {
      if (i >= 200) return r;
      if (i % 10 === 5 && r.events.length) {
        const last = r.events[r.events.length - 1];
        const at = new Date(Date.parse(last.at) + 3_600_000).toISOString();
        return { ...r, events: [...r.events.slice(0, -1), { ...last, at }] };
      }
      if (i % 10 !== 0 || r.status !== 10) return r;
      const events = r.events.slice(0, -1);
      return { ...r, status: 9, events, agency: i % 20 === 0 ? h.agencies[2].code : r.agency };
    });
    const stores = [await emptyStore(), await emptyStore()];
    // Store 0: the projectors one change at a time (as the API runs them); store 1: per batch.
    stores[0].projectors = (stores[0].projectors ?? []).map((f) => (tx, b, a) => f(tx, b, a));
    // Store 0 in one batch (a transaction at a time); store 1 in batches of 40, four at once.
    for (const [k, s] of stores.entries()) {
      const batch = k === 0 ? "1000" : "40";
      await agenciesRun([writeTo("ba.jsonl", h.agencies)], io().io, s);
      await proceduresRun([writeTo("bp.jsonl", h.procedures)], io().io, s);
      const one = io();
      const code = await dossiersRun([writeTo("b1.jsonl", first), "--batch", batch], one.io, s);
      expect(code, one.err.join("\n")).toBe(0);
      const r = io();
      expect(await dossiersRun([writeTo("b2.jsonl", later), "--batch", batch], r.io, s)).toBe(0);
      expect(r.out.join("\n")).toMatch(/\d+ updated/);
    }
    const tables = [
      "SELECT agency_code, procedure_code, grain, day::text, received, synced, online33, fee36_den, h21, ot21, fb54, h21_open, ot21_open, fb54_open FROM qi_rollup WHERE received <> 0 OR synced <> 0 OR h21 <> 0 OR ot21 <> 0 OR fb54 <> 0 OR h21_open <> 0 OR ot21_open <> 0 OR fb54_open <> 0 OR fee36_den <> 0 OR online33 <> 0 ORDER BY 1, 2, 3, 4",
      "SELECT agency_code, grain, day::text, h21_open, ot21_open, fb54_open FROM qi_rollup_state WHERE h21_open <> 0 OR ot21_open <> 0 OR fb54_open <> 0 ORDER BY 1, 2, 3",
      "SELECT agency_code, procedure_code, day::text, day2::text, h21, ot21, fb54 FROM qi_rollup_pair WHERE h21 <> 0 OR ot21 <> 0 OR fb54 <> 0 ORDER BY 1, 2, 3, 4",
      "SELECT code, agency_code, received_on::text, closed_on::text, record FROM qi_dossiers ORDER BY code",
      "SELECT code, agency_code, due_at, end_at, status, supplement_requests, version FROM acc_dossiers ORDER BY code",
      "SELECT dossier_code, target, threshold, severity, warn_at, due_at FROM late_warnings ORDER BY 1, 2, 3",
      "SELECT code, procedure_code, procedure_version, agency_code, receiving_unit, channel, status, state, submitted_at, received_at, due_at, finished_at, version, event_seq, supplement_requests, paid_online, synced_to_portal, result_code, components, fees, feedback FROM dossiers ORDER BY code",
      // The import's own events are dated by the moment of each store's import.
      "SELECT d.code, e.seq, e.type, CASE WHEN e.type NOT IN ('imported', 'record-updated', 'record-replaced') THEN e.at END AS at, e.actor_name, e.data FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id ORDER BY 1, 2",
      "SELECT channel, subject, revision, payload FROM outbox ORDER BY subject, revision",
    ];
    for (const t of tables) {
      const [a, b] = await Promise.all(stores.map((s) => s.db.query(t)));
      expect(b.rows, t).toEqual(a.rows);
    }
    for (const t of ["qi_rollup", "dossier_events", "qi_dossiers", "outbox"]) {
      const n = await stores[1].db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`);
      expect(n.rows[0].n, t).toBeGreaterThan(0);
    }
    // The as-of facts: one change at a time records when each fact was observed (the API's
    // changes); an imported record is the authority on its own history (as-of.ts), so the batch
    // keeps no observed history for it — March read later still counts what the record says.
    const facts = await stores[1].db.query("SELECT code FROM qi_dossier_facts");
    expect(facts.rows).toEqual([]);
    // The audit: one record per batch, together naming every dossier created or changed.
    const audited = await Promise.all(stores.map((s) => importAudit(s.db)));
    expect(audited[1].codes).toEqual(audited[0].codes);
    expect(audited[1].codes.length).toBeGreaterThan(220);
    expect(audited[1].records).toBeGreaterThan(audited[0].records);
  }, 240_000);
});

/** The import's audit records and the dossier codes they name (created or updated), sorted. */
async function importAudit(db: Db): Promise<{ records: number; codes: string[] }> {
  const r = await db.query<{ details: { created: string[]; updated: string[] } }>(
    "SELECT details FROM audit_log WHERE action = 'dossier.imported'",
  );
  const codes = r.rows.flatMap((x) => [...x.details.created, ...x.details.updated]);
  return { records: r.rows.length, codes: codes.sort() };
}

function writeTo(name: string, xs: unknown[]): string {
  const f = join(dir, name);
  writeFileSync(f, jsonl(xs));
  return f;
}
