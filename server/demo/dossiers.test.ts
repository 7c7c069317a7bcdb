import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn, type TestEnv, testEnv } from "../test-support.ts";
import { DEMO_PASSWORD, seedDemo } from "./index.ts";
import { demoSteps } from "./steps.ts";

const NOW = "2026-03-02T02:00:00Z"; // Monday 09:00 Vietnam time
let t: TestEnv;
// The reform step has its own test (reform.test.ts).
const steps = () =>
  demoSteps({ filesDir: mkdtempSync(join(tmpdir(), "motcua-demo-")) }).filter(
    (s) => s.name !== "reform",
  );
const count = async (sql: string) => (await t.db.query<{ n: number }>(sql)).rows[0].n;

beforeAll(async () => {
  t = await testEnv(NOW);
  await seedDemo(t.db, t.clock, () => {}, steps());
}, 180_000);
afterAll(() => t.close());

describe("the demo dossiers", () => {
  it("give four months of history with a realistic mix, filled into the watch and the index", async () => {
    const total = await count("SELECT count(*)::int AS n FROM dossiers");
    expect(total).toBeGreaterThan(2_900);
    expect(total).toBeLessThan(3_200);
    const r = await t.db.query<Record<string, number>>(
      `SELECT count(*) FILTER (WHERE channel = 1)::int AS counter,
              count(*) FILTER (WHERE channel = 2)::int AS online,
              count(*) FILTER (WHERE channel = 3)::int AS postal,
              count(*) FILTER (WHERE status IN (1, 4, 5, 6))::int AS open,
              count(*) FILTER (WHERE status IN (9, 10))::int AS finished,
              count(*) FILTER (WHERE received_at IS NOT NULL AND COALESCE(finished_at, $1) > due_at)::int AS late,
              count(*) FILTER (WHERE received_at IS NOT NULL)::int AS received,
              count(*) FILTER (WHERE supplement_requests = 1)::int AS one_supplement,
              count(*) FILTER (WHERE supplement_requests = 2)::int AS two_supplements,
              count(*) FILTER (WHERE paid_online > 0)::int AS paid_online,
              count(*) FILTER (WHERE result_code IS NOT NULL)::int AS e_result,
              count(*) FILTER (WHERE vneid_verified)::int AS vneid,
              count(*) FILTER (WHERE population_db)::int AS population,
              count(*) FILTER (WHERE components @> '[{"digitized": 1}]')::int AS digitised,
              min(submitted_at) AS first
         FROM dossiers`,
      [new Date(NOW)],
    );
    const m = r.rows[0];
    expect(m.counter).toBeGreaterThan(m.postal);
    expect(m.online).toBeGreaterThan(total * 0.2);
    expect(m.postal).toBeGreaterThan(0);
    expect(m.open).toBeGreaterThan(50);
    expect(m.finished).toBeGreaterThan(total * 0.8);
    // About 8% late (two supplement requests count as late too, whatever the dates).
    expect((m.late + m.two_supplements) / m.received).toBeGreaterThan(0.05);
    expect((m.late + m.two_supplements) / m.received).toBeLessThan(0.12);
    for (const k of ["one_supplement", "two_supplements", "paid_online", "e_result", "vneid"])
      expect(m[k], k).toBeGreaterThan(0);
    expect(m.digitised).toBeGreaterThan(total * 0.5);
    expect(m.population).toBeGreaterThan(0);
    const days = (Date.parse(NOW) - new Date(m.first).getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(110);
    expect(days).toBeLessThanOrEqual(120);
    // The late-dossier watch and the index know every dossier.
    expect(await count("SELECT count(*)::int AS n FROM acc_dossiers")).toBe(total);
    // The index counts received dossiers only (never-received ones are in no indicator).
    expect(await count("SELECT count(*)::int AS n FROM qi_dossiers")).toBe(m.received);
    expect(await count("SELECT count(*)::int AS n FROM qi_rollup")).toBeGreaterThan(1_000);
  });

  it("numbers each receiving unit's day 0001, 0002, … with the code rule", async () => {
    const bad = await t.db.query<{ code: string }>(
      `SELECT code FROM dossiers
        WHERE code !~ '^H58(\\.[0-9]+)?-[0-9]{6}-[0-9]{4}$'
           OR split_part(code, '-', 1) <> receiving_unit
           OR split_part(code, '-', 2) <> to_char(submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD')`,
    );
    expect(bad.rows).toEqual([]);
    const gaps = await t.db.query(
      `SELECT receiving_unit, left(code, length(code) - 5) AS day, count(*)::int AS n,
              max(right(code, 4)::int) AS last
         FROM dossiers GROUP BY 1, 2 HAVING count(*) <> max(right(code, 4)::int)`,
    );
    expect(gaps.rows).toEqual([]);
  });

  it("fills the demo officers' queues with open dossiers, some about to be late, some late, two apologised", async () => {
    const officer = await signIn(t.app, "xuly.xa", DEMO_PASSWORD);
    const res = await officer.call("/api/dossiers?status=1,2,4,5,6&limit=200");
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: { agency: string; dueAt: string | null }[] };
    expect(items.length).toBeGreaterThan(3);
    expect(items.every((i) => i.agency === "H58.101")).toBe(true);
    const now = Date.parse(NOW);
    expect(items.some((i) => i.dueAt && Date.parse(i.dueAt) < now)).toBe(true);
    expect(items.some((i) => i.dueAt && Date.parse(i.dueAt) > now)).toBe(true);
    const handling = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossier_steps s JOIN dossiers d ON d.id = s.dossier_id
        WHERE d.agency_code = ANY($1) AND s.done_at IS NULL`,
      [["H58.101", "H58.03"]],
    );
    expect(handling.rows[0].n).toBeGreaterThan(5);
    const tp = await signIn(t.app, "xuly.tp", DEMO_PASSWORD);
    const queue = (await (await tp.call("/api/dossiers?status=4&limit=200")).json()) as {
      items: unknown[];
    };
    expect(queue.items.length).toBeGreaterThan(3);
    const apologised = await t.db.query<{ code: string }>(
      `SELECT d.code FROM dossiers d JOIN late_explanations x ON x.dossier_id = d.id
        WHERE x.status = 'signed' AND d.extended_due_at = x.new_due_at AND d.due_at < $1`,
      [new Date(NOW)],
    );
    expect(apologised.rows).toHaveLength(2);
  });

  it("adds nothing when seeded twice", async () => {
    const before = await count("SELECT count(*)::int AS n FROM dossier_events");
    await seedDemo(t.db, t.clock, () => {}, steps());
    expect(await count("SELECT count(*)::int AS n FROM dossier_events")).toBe(before);
  }, 60_000);
});
