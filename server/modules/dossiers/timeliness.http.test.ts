// The queue and the dossier carry the server's one verdict on timeliness.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signIn } from "../../test-support.ts";
import { act, type DossierTestEnv, dossierTestEnv, FILE, intake, scenario } from "./test-env.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00 Vietnam time
let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv(START);
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(START));

describe("timeliness verdict over the API", () => {
  it("due soon, then overdue in the queue, then finished late on the dossier — never 'on time'", async () => {
    const sc = await scenario(t);
    const { codes, proc, reception } = sc;
    // Sessions expire when idle: sign in again after the clock jumps days ahead.
    const again = (x: typeof sc.handler) => signIn(t.api as never, x.user.username);
    let handler = sc.handler;
    const d = (await intake(reception, codes.center, proc.code, { agency: codes.communeA })).body
      .dossier;
    expect(d.timeliness).toMatchObject({ verdict: "in-time", late: false });
    const queueVerdict = async () => {
      handler = { ...handler, ...(await again(sc.handler)) };
      const r = await handler.call(`/api/dossiers?q=${d.code}`);
      const json = await r.json();
      if (!("items" in (json as object))) throw new Error(JSON.stringify(json));
      const items = (json as { items: { code: string; timeliness: unknown }[] }).items;
      return items.find((x) => x.code === d.code)?.timeliness as { verdict: string; late: boolean };
    };
    t.clock.set("2026-03-04T02:00:00Z"); // Wednesday 09:00, due Thursday 09:00
    expect((await queueVerdict()).verdict).toBe("due-soon");
    t.clock.set("2026-03-06T02:00:00Z"); // Friday
    expect(await queueVerdict()).toMatchObject({ verdict: "late", late: true });
    await act(handler, d.code, "forward", { version: 2 });
    await act(await again(sc.leader), d.code, "approve", { version: 3 });
    const i = await act(handler, d.code, "issue-result", {
      version: 4,
      resultCode: "KS-1",
      file: FILE,
    });
    expect(i.body.dossier.timeliness).toMatchObject({ verdict: "finished-late", days: 1 });
    t.clock.set("2026-03-20T02:00:00Z");
    const detail = (await (
      await (await again(reception)).call(`/api/dossiers/${d.code}`)
    ).json()) as {
      timeliness: { verdict: string };
    };
    expect(detail.timeliness.verdict).toBe("finished-late");
  });
});
