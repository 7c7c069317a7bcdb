import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportPage } from "../dossiers/index.ts";
import { dossierTotals } from "./dossier-indicators.ts";
import { recomputeAll } from "./recompute.ts";
import { queryTotals } from "./repository.ts";
import {
  act,
  asRecord,
  type IndexTestApp,
  indexTestApp,
  intake,
  province,
  type sessionFor,
} from "./test-app.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00 Vietnam time
const DAY = 86_400_000;
let t: IndexTestApp;
let p: Awaited<ReturnType<typeof province>>;
let officer: Awaited<ReturnType<typeof sessionFor>>;
const codes: Record<string, string> = {};

beforeAll(async () => {
  t = await indexTestApp(START);
  p = await province(t);
  let { reception, handler, leader } = p;
  const a = p.codes.communeA;
  // Sessions time out while the clock moves: sign in again after each jump.
  const later = async (ms: number) => {
    t.clock.advance(ms);
    [reception, handler, leader] = [
      await p.as("reception"),
      await p.as("handler"),
      await p.as("leader"),
    ];
  };
  const through = async (code: string, v: number) => {
    await act(handler, code, "forward", { version: v });
    await act(leader, code, "approve", { version: v + 1 });
    await act(handler, code, "issue-result", {
      version: v + 2,
      resultCode: "KS-1",
      file: "a".repeat(64),
    });
  };
  // D1: handled and returned the same day (on time).
  const d1 = (await intake(reception, a, p.proc.code)).dossier;
  await through(d1.code, 2);
  // The fee is paid at the counter before the result is handed over.
  await act(reception, d1.code, "confirm-payment", { version: 5, paidOnline: 0 });
  await act(reception, d1.code, "return-result", { version: 6, method: "counter" });
  // D2: handled a week later (late); D3: a supplement requested and completed, still open.
  const d2 = (await intake(reception, a, p.proc.code)).dossier;
  const d3 = (await intake(reception, a, p.proc.code)).dossier;
  await act(handler, d3.code, "request-supplement", {
    version: 2,
    items: ["Bản sao CCCD"],
    reason: "Thiếu giấy tờ",
  });
  await later(DAY);
  await act(reception, d3.code, "complete-supplement", { version: 3, components: [] });
  await later(6 * DAY);
  await through(d2.code, 2);
  // D4: commune B, open; D5: refused at intake (never received: in no indicator).
  // (taken at commune B's counter: a counter decides only on its own unit's dossiers)
  const receptionB = await p.as("reception", p.codes.communeB);
  const d4 = (await intake(receptionB, p.codes.communeB, p.proc.code)).dossier;
  const d5 = (
    await intake(reception, a, p.proc.code, {
      decision: { action: "refuse-intake", reasons: "Không thuộc thẩm quyền" },
    })
  ).dossier;
  Object.assign(codes, { d1: d1.code, d2: d2.code, d3: d3.code, d4: d4.code, d5: d5.code });
  p.reception = reception;
  officer = await p.as("control_officer", p.codes.province);
}, 120_000);
afterAll(() => t?.close());

const MARCH = { from: "2026-03-01", to: "2026-03-31" };
const get = async (
  s: { call: (p: string) => Response | Promise<Response> } | null,
  path: string,
) => {
  const res = s ? await s.call(path) : await t.api.request(path);
  // biome-ignore lint/suspicious/noExplicitAny: checked field by field.
  return { status: res.status, body: (await res.json()) as any };
};
const rows = async (table: string) =>
  (await t.db.query(`SELECT * FROM ${table}`)).rows
    .map((r) => JSON.stringify(r))
    .filter((s) => /":[1-9-]/.test(s.replace(/"day2?":"[^"]*"/g, "")))
    .sort();

describe("the live index", () => {
  it("rebuild == incremental == direct computation, over dossiers made through the dossier API", async () => {
    const records = (await exportPage(t.db, null, 1000)).records;
    expect(records.length).toBe(5);
    const procOf = (c: string) =>
      t.procedures.get(c) ? asRecord(t.procedures.get(c)!) : undefined;
    const judge = await t.judges.lookup(
      t.db,
      records.map((r) => r.agency),
    );
    const units = [
      [p.codes.communeA],
      [p.codes.communeB],
      (await t.agencies.tree()).subtreeOf(p.codes.province),
    ];
    const periods = [
      MARCH,
      { from: "2026-03-01", to: "2026-03-03" },
      { from: "2026-03-05", to: "2026-03-31" },
      { from: "2026-01-01", to: "2026-12-31" },
    ];
    const check = async () => {
      for (const u of units)
        for (const per of periods) {
          const direct = dossierTotals(
            per,
            records.filter((r) => u.includes(r.agency)),
            procOf,
            judge,
          );
          expect(await queryTotals(t.db, u, per.from, per.to), `${u} ${per.from}`).toEqual(direct);
        }
    };
    await check();
    const before = {
      main: await rows("qi_rollup"),
      pair: await rows("qi_rollup_pair"),
      state: await rows("qi_rollup_state"),
    };
    const read = (await t.db.query("SELECT code, record FROM qi_dossiers ORDER BY code")).rows;
    const progress: number[] = [];
    expect(
      await recomputeAll(t.db, {
        judges: t.judges,
        procedures: t.source,
        pageSize: 2,
        onProgress: (d) => progress.push(d),
      }),
    ).toBe(5);
    expect(progress).toEqual([2, 4, 5]);
    expect({
      main: await rows("qi_rollup"),
      pair: await rows("qi_rollup_pair"),
      state: await rows("qi_rollup_state"),
    }).toEqual(before);
    expect((await t.db.query("SELECT code, record FROM qi_dossiers ORDER BY code")).rows).toEqual(
      read,
    );
    expect(read.map((r) => r.code)).not.toContain(codes.d5);
    await check();
    const prov = await queryTotals(t.db, units[2], MARCH.from, MARCH.to);
    expect(prov).toMatchObject({ received: 4, handled21: 4, onTime21: 1 });
  });

  it("GET /api/index gives exactly the index JSON, then the band and names", async () => {
    const r = await get(
      officer,
      `/api/index?unit=${p.codes.province}&from=2026-03-01&to=2026-03-31`,
    );
    expect(r.status).toBe(200);
    expect(Object.keys(r.body)).toEqual([
      "unit",
      "from",
      "to",
      "total",
      "groups",
      "indicators",
      "band",
      "noData",
      "names",
    ]);
    expect(r.body).toMatchObject({ unit: p.codes.province, from: "2026-03-01", to: "2026-03-31" });
    expect(Object.keys(r.body.groups[0])).toEqual(["id", "max", "score"]);
    expect(Object.keys(r.body.indicators[0])).toEqual([
      "id",
      "numerator",
      "denominator",
      "rate",
      "max",
      "score",
    ]);
    expect(r.body.indicators.map((i: { id: string }) => i.id)).toContain("3.5a");
    expect(r.body.indicators.find((i: { id: string }) => i.id === "2.1")).toMatchObject({
      numerator: 1,
      denominator: 4,
      rate: 25,
      max: 20,
      score: 5,
    });
    expect(r.body.names.indicators["2.1"].vi).toBe("Hồ sơ giải quyết trước, đúng hạn");
    expect(r.body.band).toHaveProperty("vi");
    // The province total is public; a commune's is not.
    expect(
      (await get(null, `/api/index?unit=${p.codes.province}&from=2026-03-01&to=2026-03-31`)).status,
    ).toBe(200);
    expect(
      (await get(null, `/api/index?unit=${p.codes.communeA}&from=2026-03-01&to=2026-03-31`)).status,
    ).toBe(401);
    const bad = await get(
      officer,
      `/api/index?unit=${p.codes.province}&from=2026-03-32&to=2026-03-31`,
    );
    expect(bad.status).toBe(400);
    expect(
      (await get(officer, "/api/index?unit=Z99.9999&from=2026-03-01&to=2026-03-31")).status,
    ).toBe(404);
  });

  it("a commune officer reads their own commune's index but not another commune's (403)", async () => {
    const other = await p.as("leader", p.codes.communeB);
    expect(
      (await get(other, `/api/index?unit=${p.codes.communeA}&from=2026-03-01&to=2026-03-31`))
        .status,
    ).toBe(403);
    expect(
      (await get(other, `/api/index/costs?unit=${p.codes.communeA}&from=2026-03-01&to=2026-03-31`))
        .status,
    ).toBe(403);
    expect(
      (await get(other, `/api/index?unit=${p.codes.communeB}&from=2026-03-01&to=2026-03-31`))
        .status,
    ).toBe(200);
    const ranking = await get(
      other,
      "/api/index/ranking?level=commune&from=2026-03-01&to=2026-03-31",
    );
    expect(ranking.body.units.map((u: { code: string }) => u.code)).toEqual([p.codes.communeB]);
  });

  it("lists what costs points, the forecast, the ranking with trend and per-procedure figures", async () => {
    const q = `unit=${p.codes.communeA}&from=2026-03-01&to=2026-03-31`;
    const costs = await get(officer, `/api/index/costs?${q}`);
    expect(costs.status).toBe(200);
    const late = costs.body.items.find(
      (i: { indicator: string; code: string }) => i.indicator === "2.1",
    );
    expect(late).toMatchObject({
      code: codes.d2,
      kind: "dossier",
      en: "handling ended after the appointment date",
    });
    const pts = costs.body.items.map((i: { points: number }) => i.points);
    expect(pts).toEqual([...pts].sort((a, b) => b - a));
    // By indicator: the largest loss first, those at 0/0 (no complaint, no announcement recorded)
    // included with what to do, each in Vietnamese and English.
    type Loss = {
      indicator: string;
      lost: number;
      missingData: boolean;
      advice: { vi: string; en: string };
    };
    const losses: Loss[] = costs.body.indicators;
    const lost = losses.map((l) => l.lost);
    expect(lost).toEqual([...lost].sort((a, b) => b - a));
    expect(losses[0].lost).toBe(Math.max(...lost));
    const complaints = losses.find((l) => l.indicator === "5.2")!;
    expect(complaints).toMatchObject({ lost: 6, missingData: true });
    expect(complaints.advice.vi).toContain("phản ánh, kiến nghị");
    expect(complaints.advice.en).toContain("complaint");
    expect(losses.find((l) => l.indicator === "1.1")).toMatchObject({ lost: 6, missingData: true });
    const late21 = losses.find((l) => l.indicator === "2.1")!;
    expect(late21).toMatchObject({ missingData: false, count: 2 }); // D2 finished late, D3 open past due
    expect(late21.advice.vi.length).toBeGreaterThan(0);
    for (const l of losses) expect(l.lost).toBeGreaterThan(0);
    const f = await get(officer, `/api/index/forecast?unit=${p.codes.communeA}`);
    expect(f.status).toBe(200);
    expect(f.body.index.from).toBe("2026-03-01");
    expect(Array.isArray(f.body.atRisk)).toBe(true);
    const r = await get(officer, "/api/index/ranking?level=commune&from=2026-03-01&to=2026-03-31");
    expect(r.status).toBe(200);
    const a = r.body.units.find((u: { code: string }) => u.code === p.codes.communeA);
    expect(a.trend).toHaveLength(6);
    expect(r.body.periods[0]).toEqual({ from: "2025-10-01", to: "2025-10-31" });
    // March before now (the test clock is in March): days of data so far, not "a few".
    expect(r.body.fewDays).toBe(false);
    // The months before March had no dossier: their totals are no data, and so is the change.
    expect(a.trend.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(a.change).toBeNull();
    expect(a).toMatchObject({ rank: 1, noData: false });
    // A unit with no dossier in the period is shown as such, not ranked "Yếu".
    const jan = await get(
      officer,
      "/api/index/ranking?level=commune&from=2026-01-01&to=2026-01-31",
    );
    expect(jan.body.units.length).toBeGreaterThan(0);
    for (const u of jan.body.units)
      expect(u).toMatchObject({
        rank: null,
        noData: true,
        band: { vi: "Chưa có dữ liệu", en: "No data" },
      });
    const idxJan = await get(
      officer,
      `/api/index?unit=${p.codes.communeA}&from=2026-01-01&to=2026-01-31`,
    );
    expect(idxJan.body).toMatchObject({ noData: true, band: { vi: "Chưa có dữ liệu" } });
    // A change over two days of data is marked.
    const short = await get(
      officer,
      "/api/index/ranking?level=commune&from=2026-03-08&to=2026-03-09",
    );
    expect(short.body).toMatchObject({ days: 2, fewDays: true });
    const procs = await get(officer, `/api/index/procedures?${q}`);
    expect(procs.body.procedures[0]).toMatchObject({
      code: p.proc.code,
      name: "Đăng ký khai sinh",
      received: 3,
      handled: 3,
      onTime: 1,
    });
    // 2.2 in the procedure's own unit, beside its legal time.
    expect(procs.body.procedures[0].averageHandling).toMatchObject({
      unit: p.proc.duration.unit,
      finished: 2,
      legal: p.proc.duration,
    });
    expect(procs.body.procedures[0].averageHandling.value).toBeGreaterThan(0);
    const x = await officer.call(`/api/index.xlsx?${q}`);
    expect(x.status).toBe(200);
    expect(x.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await x.arrayBuffer()) as never);
    const sheet = wb.worksheets[0];
    const byId = new Map<unknown, ExcelJS.Row>();
    sheet.eachRow((row) => byId.set(row.getCell(1).value, row));
    // A rate at 0/0 is an empty number cell with a note, never the text "N/A".
    expect(byId.get("5.2")!.getCell(5).value).toBeNull();
    expect(byId.get("5.2")!.getCell(8).value).toContain("Chưa có dữ liệu");
    expect(typeof byId.get("2.1")!.getCell(5).value).toBe("number");
    expect(wb.worksheets.map((w) => w.name)).toContain("Mất điểm theo chỉ số");
  });

  it("pushes the changed index to an open stream within a second of a dossier event", async () => {
    const res = await officer.call(
      `/api/index/stream?unit=${p.codes.communeA}&from=2026-03-01&to=2026-03-31`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = res.body!.getReader();
    const dec = new TextDecoder();
    let buf = "";
    const next = async (): Promise<{ received: number }> => {
      for (;;) {
        const m = /event: index\ndata: (.*)\nid: \d+\n\n/.exec(buf);
        if (m) {
          buf = buf.slice(m.index + m[0].length);
          const idx = JSON.parse(m[1]);
          return {
            received: idx.indicators.find((i: { id: string }) => i.id === "1.4").denominator,
          };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error("stream ended");
        buf += dec.decode(value);
      }
    };
    // Commune A has several handlers by now (sessions renewed as new officers): the counter picks.
    const handler = await t.db.query<{ id: string }>(
      "SELECT user_id AS id FROM user_roles WHERE agency_code = $1 AND role = 'handler' LIMIT 1",
      [p.codes.communeA],
    );
    const first = await next();
    const t0 = performance.now();
    await intake(p.reception, p.codes.communeA, p.proc.code, {
      decision: { action: "receive", assignee: { id: handler.rows[0].id } },
    });
    const second = await next();
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(second.received).toBe(first.received + 1);
    await reader.cancel();
  });
});
