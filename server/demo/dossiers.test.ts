import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProcedureVersion } from "../modules/catalog/index.ts";
import { pdfText } from "../modules/documents/forms/pdf-text.test-util.ts";
import { calendarsFrom } from "../modules/dossiers/index.ts";
import { signIn, type TestEnv, testEnv } from "../test-support.ts";
import { DEMO_PASSWORD, demoCodes, seedDemo } from "./index.ts";
import { DEMO_COMMUNES } from "./places.ts";
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
        WHERE code !~ '^H58(\\.[0-9]+){0,2}-[0-9]{6}-[0-9]{4}$'
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

  it("fills the demo officers' queues with open dossiers, some about to be late, some late, three apologised", async () => {
    const officer = await signIn(t.app, "xuly.xa", DEMO_PASSWORD);
    const res = await officer.call("/api/dossiers?status=1,2,4,5,6&limit=200");
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as {
      items: {
        agency: string;
        receivingUnit: string;
        dueAt: string | null;
        procedure: string;
        procedureName: string | null;
      }[];
    };
    expect(items.length).toBeGreaterThan(3);
    // Each row carries its procedure's name, read with the list (the page makes no call per row).
    const names = await t.db.query<{ code: string; name: string }>(
      "SELECT DISTINCT ON (code) code, name FROM procedure_versions ORDER BY code, version DESC",
    );
    const nameOf = new Map(names.rows.map((r) => [r.code, r.name]));
    for (const i of items) expect(i.procedureName).toBe(nameOf.get(i.procedure));
    // The commune's own dossiers, and the residence dossiers its counter received for its police.
    expect(items.every((i) => i.agency === "H58.101" || i.receivingUnit === "H58.101")).toBe(true);
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
    const apologised = await t.db.query<{ agency: string }>(
      `SELECT d.agency_code AS agency FROM dossiers d JOIN late_explanations x ON x.dossier_id = d.id
        WHERE x.status = 'signed' AND d.extended_due_at = x.new_due_at AND d.due_at < $1
        ORDER BY 1`,
      [new Date(NOW)],
    );
    // One per demo unit with a head: the commune, the department, the commune police.
    expect(apologised.rows.map((r) => r.agency)).toEqual(["H58.03", "H58.101", "H58.16.101"]);
  });

  it("adds nothing when seeded twice", async () => {
    const before = await count("SELECT count(*)::int AS n FROM dossier_events");
    await seedDemo(t.db, t.clock, () => {}, steps());
    expect(await count("SELECT count(*)::int AS n FROM dossier_events")).toBe(before);
  }, 60_000);
});

const RESIDENCE = ["1.004194", "1.004222", "1.004221"];

describe("residence at the commune police", () => {
  it("is done by the police of every commune, under the provincial police, received at the commune's counter or online by the police", async () => {
    const units = await t.db.query<{ code: string; name: string; level: string }>(
      "SELECT code, name, level FROM agencies WHERE parent_code = 'H58.16' ORDER BY code",
    );
    expect(units.rows).toHaveLength(DEMO_COMMUNES.length);
    for (const u of units.rows) {
      expect(u.level).toBe("vertical");
      expect(u.name).toMatch(/^Công an (xã|phường) /);
    }
    const codes = demoCodes();
    const communeOf = new Map(codes.communePolice.map((p, i) => [p, codes.communes[i]]));
    for (const code of RESIDENCE) {
      const v = await getProcedureVersion(t.db, code);
      expect([...v!.agencies].sort(), code).toEqual(units.rows.map((u) => u.code));
    }
    const rows = await t.db.query<{ agency: string; unit: string; channel: number }>(
      `SELECT agency_code AS agency, receiving_unit AS unit, channel FROM dossiers
        WHERE procedure_code = ANY($1)`,
      [RESIDENCE],
    );
    expect(rows.rows.length).toBeGreaterThan(100);
    for (const r of rows.rows) {
      expect(communeOf.has(r.agency)).toBe(true);
      expect(r.unit).toBe(r.channel === 2 ? r.agency : communeOf.get(r.agency));
    }
    // The People's Committees keep civil status and certification, not residence.
    const misplaced = await t.db.query(
      "SELECT code FROM dossiers WHERE procedure_code = ANY($1) AND agency_code = ANY($2)",
      [RESIDENCE, codes.communes],
    );
    expect(misplaced.rows).toEqual([]);
  });

  it("has a stop (Form 05) signed by the head of the commune police under its own title", async () => {
    const open = await t.db.query<{ code: string; version: number }>(
      `SELECT code, version FROM dossiers
        WHERE agency_code = 'H58.16.101' AND status = 4 AND state = 'handling' ORDER BY code LIMIT 1`,
    );
    expect(open.rows).toHaveLength(1);
    const { code, version } = open.rows[0];
    const handler = await signIn(t.app, "xuly.ca", DEMO_PASSWORD);
    const stop = await handler.call(`/api/dossiers/${code}/actions/stop`, {
      method: "POST",
      body: { version, reason: "Chỗ ở đề nghị đăng ký đang có tranh chấp về quyền sử dụng" },
    });
    expect(stop.status, await stop.clone().text()).toBe(200);
    const pdf = await handler.call(`/api/dossiers/${code}/forms/05`);
    expect(pdf.status).toBe(200);
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer())).replace(/\s+/g, " ");
    expect(text).toContain("TRƯỞNG CÔNG AN XÃ");
    expect(text).toContain("Nguyễn Hữu Lộc");
    expect(text).toContain("CÔNG AN XÃ TÂN PHƯỚC 1");
    expect(text).toContain("Tân Phước 1, ngày");
    expect(text).not.toContain("ỦY BAN NHÂN DÂN");
  });
});

describe("the demo applicants", () => {
  it("live at a real place of the province, written as an address, not as an agency's name", async () => {
    const r = await t.db.query<{ address: string }>(
      "SELECT applicant->>'address' AS address FROM dossiers WHERE applicant IS NOT NULL",
    );
    // The live dossiers (the history is imported as exchange records, which carry no applicant).
    expect(r.rows.length).toBeGreaterThan(20);
    const places = new Set(DEMO_COMMUNES.map((c) => `${c.kind} ${c.place}`));
    for (const { address } of r.rows) {
      expect(address).not.toMatch(/Ủy ban nhân dân|Công an/);
      const place = address.match(/, ((xã|phường) [^,]+), tỉnh Đồng Tháp$/)?.[1];
      if (place) expect(places.has(place), address).toBe(true);
      else expect(address).toMatch(/, tỉnh Đồng Tháp$/);
    }
  });
});

describe("the demo dossiers' appointments", () => {
  it("are what the calendar computes from each reception, moved by the completed pauses", async () => {
    const load = calendarsFrom(t.calendars);
    const calendars = new Map<string, Awaited<ReturnType<typeof load>>>();
    const calendarFor = async (agency: string) => {
      if (!calendars.has(agency)) calendars.set(agency, await load(t.db, agency));
      return calendars.get(agency)!;
    };
    const rows = await t.db.query<{
      code: string;
      agency: string;
      received: Date;
      due: Date;
      value: number;
      unit: "working-days" | "working-hours" | "days" | "months" | "same-day";
      fees_pause: boolean;
      events: { type: string; at: string }[];
    }>(
      `SELECT d.code, d.agency_code AS agency, d.received_at AS received, d.due_at AS due,
              v.duration_value AS value, v.duration_unit AS unit,
              COALESCE(v.content->>'pauseWhileFeesDue', 'false')::boolean AS fees_pause,
              COALESCE((SELECT json_agg(json_build_object('type', e.type, 'at', e.at) ORDER BY e.seq)
                  FROM dossier_events e WHERE e.dossier_id = d.id
                   AND e.type IN ('supplement-requested', 'supplement-completed',
                                  'payment-requested', 'payment-confirmed')), '[]') AS events
         FROM dossiers d
         JOIN procedure_versions v ON v.code = d.procedure_code AND v.version = d.procedure_version
        WHERE d.received_at IS NOT NULL`,
    );
    expect(rows.rows.length).toBeGreaterThan(2_500);
    const wrong: string[] = [];
    for (const r of rows.rows) {
      const cal = await calendarFor(r.agency);
      let due = cal.dueAt(new Date(r.received), r.value, r.unit);
      let since: Date | null = null;
      for (const e of r.events) {
        const at = new Date(e.at);
        const starts =
          e.type === "supplement-requested" || (r.fees_pause && e.type === "payment-requested");
        if (starts) since = at;
        else if (since) {
          due = cal.addWorkingMinutes(due, cal.workingMinutesBetween(since, at));
          since = null;
        }
      }
      if (due.getTime() !== new Date(r.due).getTime()) wrong.push(r.code);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});

describe("the index of the demo province", () => {
  it("ranks the provincial police with its commune units among the departments and branches, never among the communes", async () => {
    const kstt = await signIn(t.app, "kstt", DEMO_PASSWORD);
    const ranking = async (level: string) => {
      const res = await kstt.call(
        `/api/index/ranking?level=${level}&from=2026-01-01&to=2026-02-28&periods=1`,
      );
      expect(res.status).toBe(200);
      return ((await res.json()) as { units: { code: string; name: string; noData: boolean }[] })
        .units;
    };
    const communes = await ranking("commune");
    expect(communes).toHaveLength(DEMO_COMMUNES.length);
    expect(communes.every((u) => u.name.startsWith("Ủy ban nhân dân "))).toBe(true);
    const departments = await ranking("department");
    expect(departments.find((u) => u.code === "H58.16")).toMatchObject({
      name: "Công an tỉnh Đồng Tháp",
      noData: false,
    });
    expect(departments.some((u) => u.code.startsWith("H58.16."))).toBe(false);
  }, 60_000);
});
