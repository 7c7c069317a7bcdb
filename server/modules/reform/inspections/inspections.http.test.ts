// An inspection of a weak unit over HTTP: the proposed targets, the year's plan (an unannounced
// inspection hidden from its target), the findings, the conclusion with remediation items that
// close only with evidence, and an overdue item flagged to the unit's head and the inspecting office.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProvince, makeUser, signIn, type TestEnv, testEnv } from "../../../test-support.ts";
import { flagLateTasks } from "../index.ts";

let env: TestEnv;
let codes: Awaited<ReturnType<typeof makeProvince>>;
let homeAffairs: Awaited<ReturnType<typeof signIn>>;
let inspector: Awaited<ReturnType<typeof signIn>>;
let headA: Awaited<ReturnType<typeof signIn>>;
let headB: Awaited<ReturnType<typeof signIn>>;
let periodicId: string;
let unannouncedId: string;
let items: { id: string; ref: string }[];
const BASE = "/api/reform/inspections";
const names = { homeAffairs: "", inspector: "" };

interface Item {
  ref: string;
  owner: string;
  state: string;
  evidence: string[];
  closedOn: string | null;
}

beforeAll(async () => {
  env = await testEnv("2026-02-10T03:00:00Z");
  codes = await makeProvince(env.db);
  // Last year's published reform index: commune A is the weakest unit.
  const totals: [string, string, number][] = [
    [codes.deptA, "department", 78],
    [codes.deptB, "department", 90],
    [codes.communeA, "commune", 55.5],
    [codes.communeB, "commune", 81],
  ];
  for (const [code, level, total] of totals)
    await env.db.query(
      `INSERT INTO reform_results (year, agency_code, level, total, detail, rank, computed_at)
       VALUES (2025, $1, $2, $3, '{}', 1, now())`,
      [code, level, total],
    );
  names.homeAffairs = (
    await makeUser(env.db, [{ role: "home_affairs", agencyCode: codes.deptB }])
  ).username;
  names.inspector = (
    await makeUser(env.db, [{ role: "inspector", agencyCode: codes.deptB }])
  ).username;
  homeAffairs = await signIn(env.app, names.homeAffairs);
  inspector = await signIn(env.app, names.inspector);
  headA = await signIn(
    env.app,
    (await makeUser(env.db, [{ role: "head", agencyCode: codes.communeA }])).username,
  );
  headB = await signIn(
    env.app,
    (await makeUser(env.db, [{ role: "head", agencyCode: codes.communeB }])).username,
  );
});
afterAll(() => env.close());

const plan = (target: string, kind: string, plannedOn: string) => ({
  year: 2026,
  kind,
  target,
  inspector: codes.deptB,
  team: ["Trưởng đoàn: Lê Thị Hoa, Phó Giám đốc Sở Nội vụ", "Nguyễn Văn Bình"],
  scope: "Công tác CCHC năm 2025 và quý I/2026: kiểm soát TTHC, một cửa, số hóa hồ sơ.",
  plannedOn,
});

describe("inspections of reform work", () => {
  it("proposes the unit with the lowest reform index of the year before", async () => {
    expect((await headA.call(`${BASE}/proposals?year=2026&per=1`)).status).toBe(403);
    const res = await homeAffairs.call(`${BASE}/proposals?year=2026&per=1`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      basisYear: number;
      proposals: { agency: string; reformIndex: number; reasons: string[] }[];
    };
    expect(body.basisYear).toBe(2025);
    expect(body.proposals[0]).toMatchObject({
      agency: codes.communeA,
      reformIndex: 55.5,
      reasons: ["lowestReformIndex"],
    });
    expect(body.proposals.find((p) => p.agency === codes.deptB)?.reasons).toEqual([]);
  });

  it("plans a periodic and an unannounced inspection; only the inspecting office may", async () => {
    const refused = await headA.call(BASE, {
      method: "POST",
      body: plan(codes.communeA, "periodic", "2026-03-10"),
    });
    expect(refused.status).toBe(403);
    const notUnit = await homeAffairs.call(BASE, {
      method: "POST",
      body: plan(codes.center, "periodic", "2026-03-10"),
    });
    expect(notUnit.status).toBe(400);
    const a = await homeAffairs.call(BASE, {
      method: "POST",
      body: plan(codes.communeA, "periodic", "2026-03-10"),
    });
    expect(a.status).toBe(200);
    periodicId = ((await a.json()) as { id: string }).id;
    const b = await inspector.call(BASE, {
      method: "POST",
      body: plan(codes.communeB, "unannounced", "2026-04-15"),
    });
    expect(b.status).toBe(200);
    unannouncedId = ((await b.json()) as { id: string }).id;
  });

  it("keeps an unannounced inspection from its target until it is carried out", async () => {
    const all = (await (await homeAffairs.call(`${BASE}?year=2026`)).json()) as {
      inspections: { target: string; kind: string }[];
    };
    expect(all.inspections.map((i) => [i.target, i.kind])).toEqual([
      [codes.communeA, "periodic"],
      [codes.communeB, "unannounced"],
    ]);
    const seenByB = (await (await headB.call(`${BASE}?year=2026`)).json()) as {
      inspections: unknown[];
    };
    expect(seenByB.inspections).toEqual([]);
    expect((await headB.call(`${BASE}/${unannouncedId}`)).status).toBe(404);
    // Commune A sees its own periodic inspection, and not commune B's.
    const seenByA = (await (await headA.call(`${BASE}?year=2026`)).json()) as {
      inspections: { id: string }[];
    };
    expect(seenByA.inspections.map((i) => i.id)).toEqual([periodicId]);
  });

  it("refuses a conclusion before the inspection is carried out", async () => {
    const res = await homeAffairs.call(`${BASE}/${periodicId}/conclusion`, {
      method: "POST",
      body: {
        number: "15/TB-SNV",
        issuedOn: "2026-02-12",
        signer: "GIÁM ĐỐC Phạm Văn Tâm",
        conclusion: "x",
        items: [{ ref: "1", text: "x", deadline: "2026-03-01" }],
      },
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe("reform.inspection_stage");
  });

  it("records the findings and concludes with remediation items for the inspected unit", async () => {
    const found = await inspector.call(`${BASE}/${periodicId}/findings`, {
      method: "PUT",
      body: {
        carriedOn: "2026-02-11",
        findings: [
          { area: "Một cửa", text: "12 hồ sơ trễ hạn chưa có văn bản xin lỗi người dân." },
          { area: "Số hóa", text: "Tỷ lệ số hóa hồ sơ đạt 41%, dưới chỉ tiêu 80%." },
        ],
      },
    });
    expect(found.status).toBe(200);
    const body = {
      number: "15/TB-SNV",
      issuedOn: "2026-02-12",
      signer: "KT. GIÁM ĐỐC — PHÓ GIÁM ĐỐC Lê Thị Hoa",
      conclusion: "UBND xã chưa thực hiện nghiêm việc xin lỗi người dân khi trễ hạn.",
      items: [
        {
          ref: "1",
          text: "Gửi văn bản xin lỗi cho 12 hồ sơ trễ hạn.",
          deadline: "2026-02-20",
        },
        {
          ref: "2",
          text: "Số hóa hồ sơ, kết quả đạt tối thiểu 80%.",
          deadline: "2026-03-31",
        },
      ],
    };
    const outside = await homeAffairs.call(`${BASE}/${periodicId}/conclusion`, {
      method: "POST",
      body: { ...body, items: [{ ...body.items[0], owner: codes.communeB }] },
    });
    expect(outside.status).toBe(400);
    expect(JSON.stringify(await outside.json())).toContain("items[0].owner");
    const res = await homeAffairs.call(`${BASE}/${periodicId}/conclusion`, {
      method: "POST",
      body,
    });
    expect(res.status).toBe(200);
    items = ((await res.json()) as { items: { id: string; ref: string }[] }).items;
    expect(items.map((i) => i.ref)).toEqual(["1", "2"]);
    const again = await homeAffairs.call(`${BASE}/${periodicId}/conclusion`, {
      method: "POST",
      body: { ...body, number: "16/TB-SNV" },
    });
    expect(again.status).toBe(409);
    const view = (await (await headA.call(`${BASE}/${periodicId}`)).json()) as {
      stage: string;
      findings: unknown[];
      conclusionNumber: string;
      items: Item[];
    };
    expect(view).toMatchObject({ stage: "concluded", conclusionNumber: "15/TB-SNV" });
    expect(view.findings).toHaveLength(2);
    expect(view.items.map((i) => [i.ref, i.owner, i.state])).toEqual([
      ["1", codes.communeA, "open"],
      ["2", codes.communeA, "open"],
    ]);
  });

  it("closes a remediation item only with evidence, through the task reports", async () => {
    const bare = await headA.call(`/api/reform/tasks/${items[1].id}/reports`, {
      method: "POST",
      body: { agency: codes.communeA, status: "done", text: "Đã số hóa xong." },
    });
    expect(bare.status).toBe(400);
    expect(((await bare.json()) as { code: string }).code).toBe("reform.closing_evidence_required");
    // Progress without evidence is fine; closing needs the file.
    const progress = await headA.call(`/api/reform/tasks/${items[1].id}/reports`, {
      method: "POST",
      body: { agency: codes.communeA, status: "in_progress", text: "Đã số hóa 60%." },
    });
    expect(progress.status).toBe(200);
    const up = await headA.call("/api/reform/files", {
      method: "POST",
      body: "Báo cáo kết quả số hóa hồ sơ: 82% hồ sơ quý I/2026.",
      headers: { "content-type": "text/plain", "x-file-name": "so-hoa.txt" },
    });
    const { sha256 } = (await up.json()) as { sha256: string };
    // Who put which file is on the audit trail.
    const uploaded = await env.db.query<{ actor_name: string; details: { size: number } }>(
      "SELECT actor_name, details FROM audit_log WHERE action = 'reform.evidence_uploaded' AND subject_id = $1",
      [sha256],
    );
    expect(uploaded.rows).toHaveLength(1);
    expect(uploaded.rows[0]?.details.size).toBeGreaterThan(40);
    const done = await headA.call(`/api/reform/tasks/${items[1].id}/reports`, {
      method: "POST",
      body: { agency: codes.communeA, status: "done", text: "Đạt 82%.", evidence: [sha256] },
    });
    expect(done.status).toBe(200);
    const view = (await (await inspector.call(`${BASE}/${periodicId}`)).json()) as {
      items: Item[];
    };
    expect(view.items[1]).toMatchObject({
      state: "closed",
      closedOn: "2026-02-10",
      evidence: [sha256],
    });
    // The inspecting office opens the evidence; another commune's head cannot.
    const file = await inspector.call(`/api/reform/files/${sha256}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("cache-control")).toContain("no-store");
    expect(await file.text()).toBe("Báo cáo kết quả số hóa hồ sơ: 82% hồ sơ quý I/2026.");
    expect((await headB.call(`/api/reform/files/${sha256}`)).status).toBe(404);
    expect((await headA.call(`/api/reform/files/${"0".repeat(64)}`)).status).toBe(404);
  });

  it("flags an overdue item to the unit's head and to the inspecting office, once", async () => {
    env.clock.set("2026-02-25T03:00:00Z");
    // Sessions expire over two weeks: sign in again.
    homeAffairs = await signIn(env.app, names.homeAffairs);
    inspector = await signIn(env.app, names.inspector);
    const view = (await (await homeAffairs.call(`${BASE}/${periodicId}`)).json()) as {
      items: Item[];
      counts: Record<string, number>;
    };
    expect(view.items.map((i) => i.state)).toEqual(["overdue", "closed"]);
    expect(view.counts).toEqual({ open: 0, closed: 1, overdue: 1 });
    await env.db.transaction((tx) => flagLateTasks(tx, env.clock.now(), "2026-02-25"));
    await env.db.transaction((tx) => flagLateTasks(tx, env.clock.now(), "2026-02-25"));
    const sent = await env.db.query<{ role: string; agency_code: string }>(
      `SELECT role, agency_code FROM notifications WHERE kind = 'remediation_overdue'
        AND dossier_code = '15/TB-SNV §1' ORDER BY role`,
    );
    expect(sent.rows.map((r) => [r.role, r.agency_code])).toEqual([
      ["head", codes.communeA],
      ["home_affairs", codes.deptB],
      ["inspector", codes.deptB],
    ]);
    const notes = (await (await inspector.call("/api/notifications")).json()) as {
      notifications: { kind: string; message: { vi: string } }[];
    };
    expect(notes.notifications.find((n) => n.kind === "remediation_overdue")?.message.vi).toContain(
      "quá hạn (hạn 20/02/2026)",
    );
  });
});
