import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flagLateTasks } from "../../../modules/reform/index.ts";
import { makeProvince, makeUser, signIn, type TestEnv, testEnv } from "../../../test-support.ts";

let env: TestEnv;
let codes: Awaited<ReturnType<typeof makeProvince>>;
let manager: Awaited<ReturnType<typeof signIn>>;
let headA: Awaited<ReturnType<typeof signIn>>;
let taskIds: Record<string, string>;

beforeAll(async () => {
  env = await testEnv("2026-02-10T03:00:00Z");
  codes = await makeProvince(env.db);
  const m = await makeUser(env.db, [{ role: "home_affairs", agencyCode: codes.deptA }]);
  const h = await makeUser(env.db, [{ role: "head", agencyCode: codes.communeA }]);
  manager = await signIn(env.app, m.username);
  headA = await signIn(env.app, h.username);
  const res = await manager.call("/api/reform/directives", {
    method: "POST",
    body: {
      number: "6187/UBND-KSTT",
      kind: "letter",
      issuedOn: "2026-01-05",
      issuer: codes.province,
      signer: "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH Trần Văn Dũng",
      subject: "V/v khắc phục những tồn tại, hạn chế qua kết quả kiểm tra công tác CCHC",
      tasks: [
        {
          ref: "1.b",
          text: "100% hồ sơ trễ hạn phải có báo cáo giải trình và xin lỗi người dân.",
          assignees: { levels: ["department", "commune"] },
          cycle: "quarter",
          monitors: [codes.deptA],
        },
        {
          ref: "2.a",
          text: "Tham mưu văn bản chỉ đạo về Chỉ số CCHC hằng năm.",
          assignees: { agencies: [codes.deptA] },
          deadline: "2026-03-31",
          monitors: [codes.province],
        },
      ],
    },
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { tasks: { id: string; ref: string; units: number }[] };
  expect(body.tasks.map((t) => [t.ref, t.units])).toEqual([
    ["1.b", 4],
    ["2.a", 1],
  ]);
  taskIds = Object.fromEntries(body.tasks.map((t) => [t.ref, t.id]));
});
afterAll(() => env.close());

describe("directives and tasks", () => {
  it("refuses the same directive twice", async () => {
    const list = (await (await manager.call("/api/reform/directives")).json()) as {
      directives: { number: string; tasks: number }[];
    };
    expect(list.directives).toMatchObject([{ number: "6187/UBND-KSTT", tasks: 2 }]);
    const again = await manager.call("/api/reform/directives", {
      method: "POST",
      body: {
        number: "6187/UBND-KSTT",
        kind: "letter",
        issuedOn: "2026-01-05",
        issuer: codes.province,
        signer: "x",
        subject: "x",
        tasks: [
          {
            ref: "1",
            text: "x",
            assignees: { levels: ["commune"] },
            deadline: "2026-05-01",
            monitors: [codes.deptA],
          },
        ],
      },
    });
    expect(again.status).toBe(409);
  });

  it("refuses a directive with an unknown assignee, naming where", async () => {
    const res = await manager.call("/api/reform/directives", {
      method: "POST",
      body: {
        number: "1/KH-UBND",
        kind: "plan",
        issuedOn: "2026-01-06",
        issuer: codes.province,
        signer: "Chủ tịch",
        subject: "Kế hoạch",
        tasks: [
          {
            ref: "1",
            text: "Việc",
            assignees: { agencies: ["X.9"] },
            deadline: "2026-05-01",
            monitors: [codes.deptA],
          },
        ],
      },
    });
    expect(res.status).toBe(400);
    const p = (await res.json()) as { errors: { field: string }[] };
    expect(p.errors[0].field).toBe("tasks[0].assignees.agencies[0]");
  });

  it("lets the unit's head report, only for its own unit and assigned tasks", async () => {
    const ok = await headA.call(`/api/reform/tasks/${taskIds["1.b"]}/reports`, {
      method: "POST",
      body: {
        agency: codes.communeA,
        status: "in_progress",
        text: "Đã rà soát 12 hồ sơ trễ hạn, 12 có giải trình.",
      },
    });
    expect(ok.status).toBe(200);
    const other = await headA.call(`/api/reform/tasks/${taskIds["1.b"]}/reports`, {
      method: "POST",
      body: { agency: codes.communeB, status: "done", text: "x" },
    });
    expect(other.status).toBe(403);
    // Sign in as a head of department A to try the department-only task from the commune: refused.
    const notMine = await headA.call(`/api/reform/tasks/${taskIds["2.a"]}/reports`, {
      method: "POST",
      body: { agency: codes.communeA, status: "done", text: "x" },
    });
    expect(notMine.status).toBe(422);
  });

  it("takes evidence files from the file store, and refuses an unknown one naming it", async () => {
    const up = await headA.call("/api/reform/files", {
      method: "POST",
      body: "Biên bản họp giao ban triển khai Công văn 6187, ngày 05/02/2026.",
      headers: { "content-type": "text/plain", "x-file-name": encodeURIComponent("biên-bản.txt") },
    });
    expect(up.status).toBe(200);
    const { sha256 } = (await up.json()) as { sha256: string };
    const ok = await headA.call(`/api/reform/tasks/${taskIds["1.b"]}/reports`, {
      method: "POST",
      body: {
        agency: codes.communeA,
        status: "in_progress",
        text: "Kèm biên bản",
        evidence: [sha256],
      },
    });
    expect(ok.status).toBe(200);
    const bad = await headA.call(`/api/reform/tasks/${taskIds["1.b"]}/reports`, {
      method: "POST",
      body: {
        agency: codes.communeA,
        status: "in_progress",
        text: "x",
        evidence: ["0".repeat(64)],
      },
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors[0].field).toBe(
      "evidence[0]",
    );
  });

  it("shows the monitor per task and unit, and the head sees only the own unit", async () => {
    const all = (await (await manager.call("/api/reform/monitor")).json()) as {
      tasks: { ref: string; units: { agency: string; status: string }[] }[];
    };
    const t1 = all.tasks.find((t) => t.ref === "1.b")!;
    const status = Object.fromEntries(t1.units.map((u) => [u.agency, u.status]));
    expect(status[codes.communeA]).toBe("on_track");
    expect(status[codes.communeB]).toBe("not_reported");
    const mine = (await (await headA.call("/api/reform/monitor")).json()) as {
      tasks: { units: { agency: string }[] }[];
    };
    expect(mine.tasks.flatMap((t) => t.units.map((u) => u.agency))).toEqual([codes.communeA]);
  });

  it("flags late tasks to each unit's head once, as an in-app notification", async () => {
    env.clock.set("2026-04-02T03:00:00Z");
    // Sessions expire with time: sign in again on the new day.
    const m = await makeUser(env.db, [{ role: "home_affairs", agencyCode: codes.deptA }]);
    manager = await signIn(env.app, m.username);
    const late = (await (await manager.call("/api/reform/monitor?status=late")).json()) as {
      totals: Record<string, number>;
    };
    // Q1 closed: commune A reported in it, the other three units did not; task 2.a is late too.
    expect(late.totals.late).toBe(4);
    // Flagging is the managers' action; a unit's head may not.
    const head = await makeUser(env.db, [{ role: "head", agencyCode: codes.communeA }]);
    const refused = await (await signIn(env.app, head.username)).call(
      "/api/reform/tasks/flag-late",
      { method: "POST" },
    );
    expect(refused.status).toBe(403);
    const first = await manager.call("/api/reform/tasks/flag-late", { method: "POST" });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ flagged: 4 });
    // The hourly job finds nothing new; neither does the action a second time.
    const byJob = await env.db.transaction((tx) =>
      flagLateTasks(tx, env.clock.now(), "2026-04-02"),
    );
    const again = await manager.call("/api/reform/tasks/flag-late", { method: "POST" });
    expect([byJob, await again.json()]).toEqual([0, { flagged: 0 }]);
    // One audit record, of the action that flagged something.
    const audit = await env.db.query<{ details: { flagged: number } }>(
      "SELECT details FROM audit_log WHERE action = 'reform.late_tasks_flagged'",
    );
    expect(audit.rows.map((r) => r.details.flagged)).toEqual([4]);
    const h = await makeUser(env.db, [{ role: "head", agencyCode: codes.communeB }]);
    const headB = await signIn(env.app, h.username);
    const notes = (await (await headB.call("/api/notifications")).json()) as {
      notifications: { kind: string; message: { vi: string } }[];
    };
    const mine = notes.notifications.filter((n) => n.kind === "task_late");
    expect(mine).toHaveLength(1);
    expect(mine[0].message.vi).toContain("6187/UBND-KSTT §1.b");
    expect(mine[0].message.vi).toContain("31/03/2026");
  });
});
