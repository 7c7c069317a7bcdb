// The control room's page per unit over HTTP: one read gives the unit's published reform index
// and rank, its Decision 766 index of the year as the dashboard shows it, its directive tasks
// (late first) and its inspections with the remediation items still open; a commune's head sees
// only the commune, another unit's overview is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProvince, makeUser, signIn, type TestEnv, testEnv } from "../../../test-support.ts";

let env: TestEnv;
let codes: Awaited<ReturnType<typeof makeProvince>>;
let homeAffairs: Awaited<ReturnType<typeof signIn>>;
let headA: Awaited<ReturnType<typeof signIn>>;
const OV = (agency: string, year = 2026) => `/api/reform/units/${agency}/overview?year=${year}`;

interface Overview {
  name: string;
  reformIndex: { total: number; rank: number; of: number; stage: string } | null;
  serviceIndex: { from: string; to: string; total: number; max: number; noData: boolean };
  tasks: { counts: Record<string, number>; rows: { ref: string; status: string }[] };
  inspections: { stage: string; conclusionNumber: string | null; counts: Record<string, number> }[];
  openItems: { ref: string; state: string; deadline: string }[];
}

beforeAll(async () => {
  env = await testEnv("2026-05-10T03:00:00Z");
  codes = await makeProvince(env.db);
  homeAffairs = await signIn(
    env.app,
    (await makeUser(env.db, [{ role: "home_affairs", agencyCode: codes.deptB }])).username,
  );
  headA = await signIn(
    env.app,
    (await makeUser(env.db, [{ role: "head", agencyCode: codes.communeA }])).username,
  );
  // The published index of 2026: commune A second of two communes.
  for (const [code, total, rank] of [
    [codes.communeA, 71.25, 2],
    [codes.communeB, 84, 1],
  ] as const)
    await env.db.query(
      `INSERT INTO reform_results (year, agency_code, level, total, detail, rank, computed_at)
       VALUES (2026, $1, 'commune', $2, '{"stage":"final"}', $3, now())`,
      [code, total, rank],
    );
  // Three tasks of a directive for commune A: one done, one late, one not yet reported.
  const d = await homeAffairs.call("/api/reform/directives", {
    method: "POST",
    body: {
      number: "12/KH-UBND",
      kind: "plan",
      issuedOn: "2026-01-05",
      issuer: codes.province,
      signer: "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH Trần Văn Dũng",
      subject: "Kế hoạch cải cách hành chính năm 2026",
      tasks: [
        { ref: "1", text: "Ban hành kế hoạch CCHC của xã.", deadline: "2026-02-28" },
        { ref: "2", text: "Rà soát quy trình nội bộ.", deadline: "2026-04-30" },
        { ref: "3", text: "Số hóa hồ sơ tồn đọng.", deadline: "2026-09-30" },
      ].map((t) => ({ ...t, assignees: { agencies: [codes.communeA] }, monitors: [codes.deptB] })),
    },
  });
  expect(d.status).toBe(200);
  const tasks = ((await d.json()) as { tasks: { id: string; ref: string }[] }).tasks;
  const done = await headA.call(`/api/reform/tasks/${tasks[0].id}/reports`, {
    method: "POST",
    body: { agency: codes.communeA, status: "done", text: "Đã ban hành Kế hoạch 05/KH-UBND." },
  });
  expect(done.status).toBe(200);
  // An inspection concluded with a remediation item already overdue.
  const i = await homeAffairs.call("/api/reform/inspections", {
    method: "POST",
    body: {
      year: 2026,
      kind: "periodic",
      target: codes.communeA,
      inspector: codes.deptB,
      team: ["Lê Thị Hoa"],
      scope: "Kiểm soát TTHC, một cửa.",
      plannedOn: "2026-03-02",
    },
  });
  expect(i.status).toBe(200);
  const id = ((await i.json()) as { id: string }).id;
  await homeAffairs.call(`/api/reform/inspections/${id}/findings`, {
    method: "PUT",
    body: { carriedOn: "2026-03-03", findings: [{ area: "Một cửa", text: "Thiếu sổ theo dõi." }] },
  });
  const c = await homeAffairs.call(`/api/reform/inspections/${id}/conclusion`, {
    method: "POST",
    body: {
      number: "15/TB-SNV",
      issuedOn: "2026-03-05",
      signer: "GIÁM ĐỐC Lê Thị Hoa",
      conclusion: "Chưa mở sổ theo dõi hồ sơ.",
      items: [{ ref: "1", text: "Mở sổ theo dõi hồ sơ.", deadline: "2026-04-15" }],
    },
  });
  expect(c.status).toBe(200);
});
afterAll(() => env.close());

describe("the control room's page per unit", () => {
  it("gives the reform index, the service index, the tasks and the inspections in one read", async () => {
    const res = await homeAffairs.call(OV(codes.communeA));
    expect(res.status).toBe(200);
    const o = (await res.json()) as Overview;
    expect(o.reformIndex).toMatchObject({ total: 71.25, rank: 2, of: 2, stage: "final" });
    expect(o.tasks.counts).toEqual({ done: 1, on_track: 0, late: 1, not_reported: 1 });
    expect(o.tasks.rows.map((r) => [r.ref, r.status])).toEqual([
      ["2", "late"],
      ["3", "not_reported"],
      ["1", "done"],
    ]);
    expect(o.inspections).toMatchObject([
      { stage: "concluded", conclusionNumber: "15/TB-SNV", counts: { overdue: 1 } },
    ]);
    expect(o.openItems).toMatchObject([{ ref: "1", state: "overdue", deadline: "2026-04-15" }]);
    // The service index is the dashboard's, for the year.
    const dash = (await (
      await homeAffairs.call(`/api/index?unit=${codes.communeA}&from=2026-01-01&to=2026-12-31`)
    ).json()) as { total: number; groups: { max: number }[]; noData: boolean };
    expect(o.serviceIndex).toMatchObject({
      from: "2026-01-01",
      to: "2026-12-31",
      total: dash.total,
      max: dash.groups.reduce((n, g) => n + g.max, 0),
      noData: dash.noData,
    });
  });

  it("shows a year without a published index as such", async () => {
    const o = (await (await homeAffairs.call(OV(codes.communeA, 2025))).json()) as Overview;
    expect(o.reformIndex).toBeNull();
  });

  it("lets a unit's head see its own unit only, and refuses what is not a scored unit", async () => {
    expect((await headA.call(OV(codes.communeA))).status).toBe(200);
    expect((await headA.call(OV(codes.communeB))).status).toBe(403);
    const province = await homeAffairs.call(OV(codes.province));
    expect(province.status).toBe(400);
    expect(((await province.json()) as { code: string }).code).toBe("reform.not_a_unit");
  });
});
