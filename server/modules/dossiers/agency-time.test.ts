// An inter-agency (liên thông) dossier: the agency a step is handed to acknowledges it before
// handing it on; each agency's share of the time, against its steps' quotas, is on the dossier.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../../test-support.ts";
import { act, type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z"); // Monday 09:00
});
afterAll(() => t.close());

describe("each agency's share of the time", () => {
  it("records the working time of each agency's steps against their quotas", async () => {
    const s = await scenario(t);
    const A = s.codes.communeA;
    const B = s.codes.communeB;
    t.procedures.set(s.proc.code, {
      ...s.proc,
      steps: [
        { name: "Tiếp nhận", role: "reception", hours: 2 },
        { name: "Thẩm định", role: "handler", hours: 14 },
        { name: "Xác minh", role: "handler", hours: 8, agency: B },
        { name: "Phê duyệt", role: "leader", hours: 4 },
        { name: "Trả kết quả", role: "reception", hours: 4 },
      ],
    });
    const code = (await intake(s.reception, A, s.proc.code)).body.dossier.code as string;
    t.clock.set("2026-03-02T04:00:00Z"); // Monday 11:00: two working hours at A
    let handler = await signIn(t.api as never, s.handler.user.username);
    expect((await act(handler, code, "forward", { version: 2 })).status).toBe(200);
    // B's officer hands it back on Tuesday 16:00: 4 + 7 = 11 working hours at B (quota 8).
    const bHandler = await s.as("handler", B);
    t.clock.set("2026-03-03T09:00:00Z");
    const b = await signIn(t.api as never, bHandler.user.username);
    const offered = async (who: typeof b): Promise<string[]> =>
      ((await (await who.call(`/api/dossiers/${code}`)).json()) as { allowedActions: string[] })
        .allowedActions;
    // Not acknowledged yet: B is offered the acknowledgement, not the hand-on, and is refused it.
    expect(await offered(b)).toContain("acknowledge");
    expect(await offered(b)).not.toContain("forward");
    const early = await act(b, code, "forward", { version: 3 });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe("dossiers.hand_off_unacknowledged");
    // The handing agency cannot acknowledge for B.
    handler = await signIn(t.api as never, s.handler.user.username);
    expect(await offered(handler)).not.toContain("acknowledge");
    expect((await act(handler, code, "acknowledge", { version: 3 })).status).toBe(409);
    const ack = await act(b, code, "acknowledge", { version: 3 });
    expect(ack.status).toBe(200);
    expect(await offered(b)).toContain("forward");
    expect(await offered(b)).not.toContain("acknowledge");
    expect((await act(b, code, "forward", { version: 4 })).status).toBe(200);

    handler = await signIn(t.api as never, s.handler.user.username);
    // biome-ignore lint/suspicious/noExplicitAny: response checked field by field.
    const d: any = await (await handler.call(`/api/dossiers/${code}`)).json();
    const step = d.steps.find((x: { name: string }) => x.name === "Xác minh");
    expect(step).toMatchObject({ acknowledgedAt: "2026-03-03T09:00:00.000Z", agencyCode: B });
    expect(d.events.map((e: { type: string }) => e.type)).toContain("hand-off-acknowledged");
    expect(d.agencyTime).toEqual([
      {
        agency: A,
        steps: 3,
        workingMinutes: 120,
        quotaMinutes: (2 + 14 + 4) * 60,
        over: false,
        open: true,
      },
      { agency: B, steps: 1, workingMinutes: 660, quotaMinutes: 480, over: true, open: false },
    ]);
  });
});
