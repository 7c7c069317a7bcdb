import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaintKit, type Problem, RECEIVED, type View } from "./complaint-test-kit.ts";
import { complaintsForIndex } from "./index.ts";
import { reactionsByDossier } from "./read-model.ts";
import { type FeedbackTestEnv, feedbackTestEnv, putDossier } from "./test-env.ts";

let env: FeedbackTestEnv;
let kit: ReturnType<typeof complaintKit>;
beforeAll(async () => {
  env = await feedbackTestEnv(RECEIVED, {
    feedback: { submitLimit: { count: 3, windowMs: 600_000 } },
  });
  kit = complaintKit(env);
});
afterAll(() => env.close());

describe("complaints and petitions (PAKN): scope, raising again, index reads", () => {
  it("flags a late refusal and keeps an officer of another commune out", async () => {
    env.clock.set(RECEIVED);
    const { codes, a, b, dossier } = await kit.setting();
    let [handlerA, handlerB] = [await a(), await b()];
    const v = (await (
      await kit.submit(kit.complaint({ dossierCode: dossier.code }))
    ).json()) as View;
    expect(
      (
        await handlerB.call(`/api/complaints/${v.code}/classify`, {
          method: "POST",
          body: { class: "regulation" },
        })
      ).status,
    ).toBe(403);
    expect((await handlerB.call(`/api/complaints/${v.code}`)).status).toBe(403);
    const moved = await handlerA.call(`/api/complaints/${v.code}/classify`, {
      method: "POST",
      body: { class: "regulation", agencyCode: codes.communeB },
    });
    expect(((await moved.json()) as Problem).code).toBe("feedback.reroute_forbidden");
    expect(
      (
        await handlerA.call(`/api/complaints/${v.code}/classify`, {
          method: "POST",
          body: { class: "regulation" },
        })
      ).status,
    ).toBe(200);
    env.clock.set("2026-05-06T03:00:00Z"); // 3 working days after receipt
    [handlerA, handlerB] = [await a(), await b()];
    expect(
      (
        await handlerB.call(`/api/complaints/${v.code}/refuse`, {
          method: "POST",
          body: { reason: "Trùng lặp" },
        })
      ).status,
    ).toBe(403);
    const refused = (await (
      await handlerA.call(`/api/complaints/${v.code}/refuse`, {
        method: "POST",
        body: { reason: "Nội dung trùng với phản ánh đã trả lời." },
      })
    ).json()) as View;
    expect(refused.state).toBe("refused");
    expect(kit.step(refused, "refuse")).toMatchObject({ onTime: false, status: "late" });
    expect(kit.step(refused, "answer").status).toBe("not-applicable");
    const detail = (await (await handlerA.call(`/api/complaints/${v.code}`)).json()) as {
      complainant: { phone: string };
    };
    expect(detail.complainant.phone).toBe("0912345678");
    const read = await env.db.query(
      "SELECT 1 FROM audit_log WHERE subject_id = $1 AND action = 'personal_data.read'",
      [v.code],
    );
    expect(read.rows).toHaveLength(1);
  });

  it("lets only the provincial office route a complaint that names no dossier", async () => {
    env.clock.set(RECEIVED);
    const { codes, a, office: o } = await kit.setting();
    const [handlerA, office] = [await a(), await o()];
    const v = (await (await kit.submit(kit.complaint({ class: "regulation" }))).json()) as View;
    expect(v.agencyCode).toBeNull();
    const unrouted = await handlerA.call(`/api/complaints/${v.code}/classify`, {
      method: "POST",
      body: { class: "regulation", agencyCode: codes.communeA },
    });
    expect(unrouted.status).toBe(403);
    expect(((await unrouted.json()) as Problem).code).toBe("feedback.unrouted");
    expect((await handlerA.call(`/api/complaints/${v.code}`)).status).toBe(403);
    expect(
      (
        await office.call(`/api/complaints/${v.code}/classify`, {
          method: "POST",
          body: { class: "regulation" },
        })
      ).status,
    ).toBe(422);
    const routed = await office.call(`/api/complaints/${v.code}/classify`, {
      method: "POST",
      body: { class: "regulation", agencyCode: codes.communeA },
    });
    expect(await routed.json()).toMatchObject({ state: "classified", agencyCode: codes.communeA });
    const mine = (await (await handlerA.call("/api/complaints")).json()) as {
      complaints: { code: string }[];
    };
    expect(mine.complaints.map((c) => c.code)).toContain(v.code);
  });

  it("raises an answer again as unsatisfied, and feeds indicators 5.1–5.4", async () => {
    env.clock.set(RECEIVED);
    const { codes, a, dossier } = await kit.setting();
    const handlerA = await a();
    const v = (await (
      await kit.submit(kit.complaint({ dossierCode: dossier.code }))
    ).json()) as View;
    for (const [action, body] of [
      ["classify", { class: "behaviour" }],
      ["answer", { answer: "Đã xử lý." }],
      ["publish", {}],
    ] as const)
      expect(
        (await handlerA.call(`/api/complaints/${v.code}/${action}`, { method: "POST", body }))
          .status,
      ).toBe(200);
    const r = await kit.pub(`/api/complaints/${v.code}/rating`, {
      secret: v.secret,
      reaction: "dislike",
      raiseAgain: { content: "Câu trả lời chưa giải quyết việc tôi phản ánh." },
    });
    const rated = (await r.json()) as View & { raisedAgain: { code: string; secret: string } };
    expect(rated).toMatchObject({ raisedAgainUnsatisfied: true, dislikes: 1 });
    const again = (await (
      await kit.pub(`/api/complaints/${rated.raisedAgain.code}/lookup`, {
        secret: rated.raisedAgain.secret,
      })
    ).json()) as View & { parentCode: string };
    expect(again).toMatchObject({
      parentCode: v.code,
      state: "received",
      agencyCode: codes.communeA,
    });
    const records = await complaintsForIndex(
      env.db,
      [codes.communeA],
      new Date("2026-04-01T00:00:00+07:00"),
      new Date("2026-05-01T00:00:00+07:00"),
    );
    expect(records.map((x) => x.code).sort()).toEqual([v.code, again.code].sort());
    expect(records.find((x) => x.code === v.code)).toMatchObject({
      receivedAt: RECEIVED.replace("Z", ".000Z"),
      class: "behaviour",
      classified: true,
      refusedAt: null,
      firstInfoRequestAt: null,
      answeredAt: RECEIVED.replace("Z", ".000Z"),
      publishedAt: RECEIVED.replace("Z", ".000Z"),
      likes: 0,
      dislikes: 1,
      raisedAgainUnsatisfied: true,
    });
    const d2 = await putDossier(
      env.db,
      { agencyCode: codes.communeA, receivingUnit: codes.communeA, status: 10 },
      new Date(RECEIVED),
    );
    expect(
      (
        await kit.pub(`/api/dossiers/${d2.code}/evaluation`, {
          secret: d2.secret,
          scores: Object.fromEntries(
            [
              "handlingTime",
              "agencyTime",
              "contacts",
              "agenciesContacted",
              "oneStop",
              "publicity",
              "attitude",
              "complaintHandling",
              "onlineService",
            ].map((k) => [k, 1]),
          ),
          convenience: "satisfied",
          overall: "satisfied",
          reaction: "dislike",
        })
      ).status,
    ).toBe(200);
    const reactions = await reactionsByDossier(env.db, [dossier.code, d2.code, "KHONG-CO"]);
    expect(Object.fromEntries(reactions)).toEqual({
      [dossier.code]: { reaction: null, complaint: true },
      [d2.code]: { reaction: "dislike", complaint: false },
      "KHONG-CO": { reaction: null, complaint: false },
    });
  });

  it("reads the complainant's reaction and a raising again as they stood at the period's end (5.3)", async () => {
    env.clock.set("2026-05-04T03:00:00Z");
    const { codes, a, dossier } = await kit.setting();
    const handlerA = await a();
    const v = (await (
      await kit.submit(kit.complaint({ dossierCode: dossier.code }))
    ).json()) as View;
    for (const [action, body] of [
      ["classify", { class: "behaviour" }],
      ["answer", { answer: "Đã xử lý." }],
      ["publish", {}],
    ] as const)
      expect(
        (await handlerA.call(`/api/complaints/${v.code}/${action}`, { method: "POST", body }))
          .status,
      ).toBe(200);
    // In June the complainant dislikes the May answer and raises the matter again.
    env.clock.set("2026-06-10T03:00:00Z");
    const r = await kit.pub(`/api/complaints/${v.code}/rating`, {
      secret: v.secret,
      reaction: "dislike",
      raiseAgain: { content: "Câu trả lời chưa giải quyết việc tôi phản ánh." },
    });
    expect(r.status).toBe(200);
    const may = (at?: Date) =>
      complaintsForIndex(
        env.db,
        [codes.communeA],
        new Date("2026-05-01T00:00:00+07:00"),
        new Date("2026-06-01T00:00:00+07:00"),
        at,
      ).then((rows) => rows.find((x) => x.code === v.code));
    expect(await may(new Date("2026-05-31T23:59:59+07:00"))).toMatchObject({
      likes: 0,
      dislikes: 0,
      raisedAgainUnsatisfied: false,
    });
    expect(await may(new Date("2026-06-20T00:00:00+07:00"))).toMatchObject({
      dislikes: 1,
      raisedAgainUnsatisfied: true,
    });
    expect(await may()).toMatchObject({ dislikes: 1, raisedAgainUnsatisfied: true });
  });
});
