// Hand-over by pick-list: each step goes to a person of the unit holding the step's role, picked
// from the list the server gives; each officer has an inbox; the leader's reassignment is an
// audited event; the control sheet (Form 06) names who did every step.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeProvince, makeUser, signIn } from "../../test-support.ts";
import { pdfText } from "../documents/forms/pdf-text.test-util.ts";
import { createFileStore } from "../documents/index.ts";
import type { Role } from "../identity/index.ts";
import { documentForms } from "./documents-port.ts";
import { act, birthRegistration, type DossierTestEnv, dossierTestEnv, FILE } from "./test-env.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00 Vietnam time
let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv(START);
  // The control sheet as the documents module really renders it (a PDF read with pdftotext).
  t.deps.forms = documentForms(createFileStore(mkdtempSync(join(tmpdir(), "motcua-form06-"))));
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(START));

type Session = Awaited<ReturnType<typeof signIn>>;
// biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field.
const json = async (r: Response): Promise<any> => r.json();

async function commune() {
  const codes = await makeProvince(t.db);
  const proc = birthRegistration([codes.communeA, codes.communeB]);
  t.procedures.set(proc.code, proc);
  const person = async (name: string, role: Role, agency = codes.communeA) => {
    const user = await makeUser(t.db, [{ role, agencyCode: agency }], name);
    return { user, ...(await signIn(t.api as never, user.username)) };
  };
  return {
    codes,
    proc,
    counter: await person("Lê Thị Tiếp", "reception"),
    xu: await person("Phạm Văn Xử", "handler"),
    ly: await person("Đỗ Thị Lý", "handler"),
    leader: await person("Hoàng Văn Duyệt", "leader"),
    elsewhere: await person("Trương Văn Khác", "handler", codes.communeB),
  };
}

/** Submitted online by the citizen, waiting at commune A's counter. */
async function online(proc: { code: string }, communeA: string) {
  const res = await t.api.request("/api/dossiers/online", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      procedure: proc.code,
      agency: communeA,
      applicant: { name: "Võ Thị Nộp" },
      components: [{ name: "Tờ khai đăng ký khai sinh" }, { name: "Giấy chứng sinh" }],
    }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { code: string };
}

const pick = async (s: Session, code: string, action: string) =>
  json(await s.call(`/api/dossiers/${code}/assignees?action=${action}`));
const inbox = async (s: Session) => json(await s.call("/api/dossiers/inbox"));

describe("hand-over by pick-list", () => {
  it("lists the unit's holders of the next step's role, refuses anyone else, and fills inboxes", async () => {
    const c = await commune();
    const { code } = await online(c.proc, c.codes.communeA);

    // The counter's pick-list for the first handling step: commune A's handling officers only.
    const list = await pick(c.counter, code, "receive");
    expect(list.step).toMatchObject({
      name: "Thẩm định",
      role: "handler",
      unit: c.codes.communeA,
      unitName: "UBND xã Tân Phước",
    });
    expect(list.people).toEqual([
      { id: c.ly.user.id, name: "Đỗ Thị Lý" },
      { id: c.xu.user.id, name: "Phạm Văn Xử" },
    ]);

    // A handler of another commune, or a leader without the handler role, is refused.
    for (const outsider of [c.elsewhere, c.leader]) {
      const r = await act(c.counter, code, "receive", {
        version: 1,
        assignee: { id: outsider.user.id },
      });
      expect(r.status).toBe(422);
      expect(r.body.code).toBe("dossiers.assignee_not_eligible");
      expect(r.body.detail).toBe(
        'The step "Thẩm định" cannot be handed to this person: it goes only to a handling officer of UBND xã Tân Phước. Pick someone from the list.',
      );
    }
    const vi = await c.counter.call(`/api/dossiers/${code}/actions/receive`, {
      method: "POST",
      body: { version: 1, assignee: { id: c.elsewhere.user.id } },
    });
    expect((await json(vi)).detail).toMatch(
      /^Không giao được bước "Thẩm định" cho người này: bước này chỉ giao cho cán bộ xử lý của UBND xã Tân Phước\./,
    );
    // Nothing was written by the refused hand-overs.
    expect((await inbox(c.elsewhere)).counts.total).toBe(0);

    const r = await act(c.counter, code, "receive", { version: 1, assignee: { id: c.xu.user.id } });
    expect(r.status).toBe(200);
    expect(r.body.dossier.version).toBe(2);

    // "Hồ sơ của tôi": the picked officer has it, with its step and deadlines; the other not.
    const mine = await inbox(c.xu);
    expect(mine.counts).toEqual({ total: 1, overdue: 0, dueSoon: 0 });
    expect(mine.items).toEqual([
      expect.objectContaining({
        code,
        state: "handling",
        step: expect.objectContaining({ name: "Thẩm định", handedBy: "Lê Thị Tiếp" }),
      }),
    ]);
    expect((await inbox(c.ly)).counts.total).toBe(0);

    // The handler's pick-list for the approval step: the commune's leader.
    const next = await pick(c.xu, code, "forward");
    expect(next.step).toMatchObject({ name: "Phê duyệt", role: "leader" });
    expect(next.people).toEqual([{ id: c.leader.user.id, name: "Hoàng Văn Duyệt" }]);
    const wrong = await act(c.xu, code, "forward", { version: 2, assignee: { id: c.ly.user.id } });
    expect(wrong.status).toBe(422);
    const f = await act(c.xu, code, "forward", { version: 2, assignee: { id: c.leader.user.id } });
    expect(f.status).toBe(200);
    expect((await inbox(c.xu)).counts.total).toBe(0);
    const leaderInbox = await inbox(c.leader);
    expect(leaderInbox.counts.total).toBe(1);
    expect(leaderInbox.items[0]).toMatchObject({
      code,
      state: "approval",
      step: { name: "Phê duyệt", handedBy: "Phạm Văn Xử" },
    });
  });

  it("orders an inbox by the step's deadline and counts the overdue ones", async () => {
    const c = await commune();
    const first = await online(c.proc, c.codes.communeA);
    await act(c.counter, first.code, "receive", { version: 1, assignee: { id: c.ly.user.id } });
    t.clock.advance(3 * 24 * 3600_000); // Thursday 09:00: the first one's 14 h quota has run out
    const counter = await signIn(t.api as never, c.counter.user.username);
    const second = await online(c.proc, c.codes.communeA);
    await act(counter, second.code, "receive", { version: 1, assignee: { id: c.ly.user.id } });
    const mine = await inbox(await signIn(t.api as never, c.ly.user.username));
    expect(mine.items.map((i: { code: string }) => i.code)).toEqual([first.code, second.code]);
    expect(mine.counts).toMatchObject({ total: 2, overdue: 1 });
    expect(mine.items.map((i: { overdue: boolean }) => i.overdue)).toEqual([true, false]);
  });

  it("lets only the unit's leader reassign the open step, as an audited event", async () => {
    const c = await commune();
    const { code } = await online(c.proc, c.codes.communeA);
    await act(c.counter, code, "receive", { version: 1, assignee: { id: c.xu.user.id } });
    // The leader is offered the open step's people; a handler is offered nothing.
    const offered = await pick(c.leader, code, "reassign");
    expect(offered.step).toMatchObject({ name: "Thẩm định", unit: c.codes.communeA });
    expect(offered.people.map((p: { name: string }) => p.name)).toEqual([
      "Đỗ Thị Lý",
      "Phạm Văn Xử",
    ]);
    expect(await pick(c.xu, code, "reassign")).toEqual({
      action: "reassign",
      step: null,
      people: [],
    });
    const body = { version: 2, assignee: { id: c.ly.user.id }, reason: "Cán bộ Xử nghỉ phép" };
    const byHandler = await c.xu.call(`/api/dossiers/${code}/reassign?lang=en`, {
      method: "POST",
      body,
    });
    // A handler holds no "dossier.approve": refused by the policy, before the dossier is read.
    expect(byHandler.status).toBe(403);
    expect((await json(byHandler)).code).toBe("identity.forbidden");
    const outside = await c.leader.call(`/api/dossiers/${code}/reassign?lang=en`, {
      method: "POST",
      body: { ...body, assignee: { id: c.elsewhere.user.id } },
    });
    expect(outside.status).toBe(422);
    expect((await json(outside)).code).toBe("dossiers.assignee_not_eligible");

    const ok = await c.leader.call(`/api/dossiers/${code}/reassign`, { method: "POST", body });
    expect(ok.status).toBe(200);
    expect(await json(ok)).toMatchObject({ version: 3, assignee: { name: "Đỗ Thị Lý" } });
    expect((await inbox(c.xu)).counts.total).toBe(0);
    expect((await inbox(c.ly)).items.map((i: { code: string }) => i.code)).toEqual([code]);

    const detail = await json(await c.leader.call(`/api/dossiers/${code}`));
    const ev = detail.events.find((e: { type: string }) => e.type === "reassigned");
    expect(ev).toMatchObject({
      actor: c.leader.user.username,
      data: { from: "Phạm Văn Xử", assignee: "Đỗ Thị Lý", reason: "Cán bộ Xử nghỉ phép" },
    });
    const audit = await t.db.query<{ action: string; actor_id: string }>(
      "SELECT action, actor_id FROM audit_log WHERE subject_id = $1 AND action = 'dossier.reassigned'",
      [code],
    );
    expect(audit.rows).toEqual([{ action: "dossier.reassigned", actor_id: c.leader.user.id }]);
  });

  it("names on the control sheet (Form 06) who gave and who took every step, online reception included", async () => {
    const c = await commune();
    const { code } = await online(c.proc, c.codes.communeA);
    await act(c.counter, code, "receive", { version: 1, assignee: { id: c.xu.user.id } });
    await act(c.xu, code, "forward", { version: 2, assignee: { id: c.leader.user.id } });
    await act(c.leader, code, "approve", { version: 3 });
    await act(c.leader, code, "issue-result", { version: 4, resultCode: "15/TLKS", file: FILE });
    await act(c.counter, code, "return-result", { version: 5, method: "online" });

    const detail = await json(await c.counter.call(`/api/dossiers/${code}`));
    expect(
      detail.steps.map((s: { name: string; handedBy: string; assigneeName: string }) => [
        s.name,
        s.handedBy,
        s.assigneeName,
        // biome-ignore lint/suspicious/noExplicitAny: the step row as the API shows it.
        (s as any).doneBy,
      ]),
    ).toEqual([
      ["Tiếp nhận", "Võ Thị Nộp", "Lê Thị Tiếp", "Lê Thị Tiếp"],
      ["Thẩm định", "Lê Thị Tiếp", "Phạm Văn Xử", "Phạm Văn Xử"],
      ["Phê duyệt", "Phạm Văn Xử", "Hoàng Văn Duyệt", "Hoàng Văn Duyệt"],
      // The return step waits for any officer of the counter; whoever returns it is named.
      ["Trả kết quả", "Hoàng Văn Duyệt", null, "Lê Thị Tiếp"],
    ]);

    const res = await c.counter.call(`/api/dossiers/${code}/forms/06`);
    expect(res.status).toBe(200);
    const text = pdfText(new Uint8Array(await res.arrayBuffer()))
      .replace(/\s+/g, " ")
      .trim();
    const rows = text.slice(text.indexOf("1. Tiếp nhận"));
    // Every step's row names both sides, in order; no step is left with a dash.
    const row = (n: number) => rows.slice(rows.indexOf(`${n}. `), rows.indexOf(`${n + 1}. `));
    expect(row(1)).toMatch(/Võ Thị Nộp .*Lê Thị Tiếp/);
    expect(row(2)).toMatch(/^2\. Thẩm định Lê Thị Tiếp Phạm Văn Xử /);
    expect(row(3)).toMatch(/^3\. Phê duyệt Phạm Văn Xử Hoàng Văn Duyệt /);
    expect(rows.slice(rows.indexOf("4. "))).toMatch(
      /^4\. Trả kết quả Hoàng Văn Duyệt Lê Thị Tiếp /,
    );
    expect(rows).not.toContain("—");
  });

  it("names a step handed on by the system as the system", async () => {
    const c = await commune();
    const { code } = await online(c.proc, c.codes.communeA);
    await act(c.counter, code, "receive", { version: 1 });
    // An unassigned step still names, on the sheet, the role that must take it.
    const open = await json(await c.counter.call(`/api/dossiers/${code}`));
    expect(open.steps[1]).toMatchObject({ assigneeName: null, doneBy: null });
    const { runAction } = await import("./run.ts");
    const { SYSTEM_ACTOR } = await import("../identity/index.ts");
    await runAction(t.deps, SYSTEM_ACTOR, code, "forward", { version: 2 });
    const detail = await json(await c.counter.call(`/api/dossiers/${code}`));
    expect(detail.steps[1]).toMatchObject({ name: "Thẩm định", doneBy: "Hệ thống" });
    expect(detail.steps[2]).toMatchObject({ name: "Phê duyệt", handedBy: "Hệ thống" });
    const res = await c.counter.call(`/api/dossiers/${code}/forms/06`);
    const text = pdfText(new Uint8Array(await res.arrayBuffer())).replace(/\s+/g, " ");
    expect(text).toMatch(/2\. Thẩm định Lê Thị Tiếp Hệ thống .*3\. Phê duyệt Hệ thống/);
    expect(text).toMatch(/Lãnh đạo phê duyệt \(chưa phân công\)/);
  });
});
