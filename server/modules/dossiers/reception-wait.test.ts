// The time an online dossier waits for reception: measured from submission to reception in
// working time, warned past the rule in force (data), and given as a figure per unit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../../test-support.ts";
import { act, type DossierTestEnv, dossierTestEnv, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z"); // Monday 09:00
});
afterAll(() => t.close());

// biome-ignore lint/suspicious/noExplicitAny: responses checked field by field.
type Any = any;

describe("online reception wait", () => {
  it("measures each wait, warns past the rule, and gives each unit its figure", async () => {
    const s = await scenario(t);
    const submit = async () => {
      const res = await t.api.request("/api/dossiers/online", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          procedure: s.proc.code,
          applicant: { name: "Lê Văn Cường", communeCode: s.codes.communeA },
          components: [
            { name: "Tờ khai đăng ký khai sinh", digitized: 1 },
            { name: "Giấy chứng sinh", digitized: 1 },
          ],
        }),
      });
      return ((await res.json()) as { code: string }).code;
    };
    const [quick, slow, waiting] = [await submit(), await submit(), await submit()];
    const session = () => signIn(t.api as never, s.reception.user.username);

    t.clock.set("2026-03-02T04:00:00Z"); // Monday 11:00: two working hours
    let reception = await session();
    expect((await act(reception, quick, "receive", { version: 1 })).status).toBe(200);

    t.clock.set("2026-03-03T09:00:00Z"); // Tuesday 16:00: 13 working hours since Monday 09:00
    reception = await session();
    const tray: Any = await (await reception.call("/api/dossiers/tray/online")).json();
    expect(tray.rule).toMatchObject({ threshold: 8, unit: "working-hours" });
    expect(tray.items).toMatchObject([
      { code: slow, waitingWorkingMinutes: 780, overdueForReception: true },
      { code: waiting, waitingWorkingMinutes: 780, overdueForReception: true },
    ]);
    expect((await act(reception, slow, "receive", { version: 1 })).status).toBe(200);
    // The wait is kept with the reception event.
    const ev = await t.db.query<{ data: Any }>(
      `SELECT e.data FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
        WHERE d.code = $1 AND e.type = 'received'`,
      [slow],
    );
    expect(ev.rows[0].data.waitedWorkingMinutes).toBe(780);

    const figure = async (who = reception, q = ""): Promise<Any> =>
      (await who.call(`/api/dossiers/reception-wait${q}`)).json();
    const mine = await figure();
    expect(mine).toMatchObject({ from: "2026-03-01", to: "2026-03-03" });
    expect(mine.units).toEqual([
      {
        unit: s.codes.communeA,
        received: 2,
        averageWorkingMinutes: (120 + 780) / 2,
        maxWorkingMinutes: 780,
        receivedLate: 1,
        waitingNow: 1,
        waitingOverdue: 1,
      },
    ]);
    // Another period holds none of these receptions (the one still waiting is counted now).
    const feb = await figure(reception, "?from=2026-02-01&to=2026-02-28");
    expect(feb.units).toMatchObject([{ received: 0, waitingNow: 1 }]);
    // Another commune's counter sees no figure of this one.
    const other = await s.as("reception", s.codes.communeB);
    expect((await figure(other as never)).units).toEqual([]);

    // A province decision to allow two working days takes over from its date (rule as data).
    await t.db.query(
      `INSERT INTO dossier_watch_rules (rule, effective_from, threshold, unit, basis)
       VALUES ('online-reception', '2026-03-03', 2, 'working-days', 'Quyết định của tỉnh')`,
    );
    const relaxed: Any = await (await reception.call("/api/dossiers/tray/online")).json();
    expect(relaxed.items).toMatchObject([{ code: waiting, overdueForReception: false }]);
    await t.db.query(
      "DELETE FROM dossier_watch_rules WHERE rule = 'online-reception' AND effective_from = '2026-03-03'",
    );
  });
});
