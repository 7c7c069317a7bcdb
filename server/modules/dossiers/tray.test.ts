// The online tray: online dossiers waiting for reception, counted, oldest first, with the
// working time they have waited and a warning past one working day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../../test-support.ts";
import { act, type DossierTestEnv, dossierTestEnv, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z"); // Monday 09:00
});
afterAll(() => t.close());

describe("online tray", () => {
  it("counts the commune's online submissions until they are received, and warns after a working day", async () => {
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
            { name: "Giấy chứng sinh" },
          ],
        }),
      });
      return ((await res.json()) as { code: string }).code;
    };
    const first = await submit();
    const second = await submit();
    // biome-ignore lint/suspicious/noExplicitAny: response checked field by field.
    const tray = async (who = s.reception): Promise<any> =>
      (await who.call("/api/dossiers/tray/online")).json();
    const now = await tray();
    expect(now.count).toBe(2);
    expect(now.items.map((x: { code: string }) => x.code)).toEqual([first, second]);
    expect(now.items[0]).toMatchObject({ waitingWorkingMinutes: 0, overdueForReception: false });
    // Another commune's counter does not see them.
    const other = await s.as("reception", s.codes.communeB);
    expect((await tray(other)).count).toBe(0);
    // A handler has no tray (reception only).
    expect((await s.handler.call("/api/dossiers/tray/online")).status).toBe(403);

    t.clock.set("2026-03-03T09:00:00Z"); // Tuesday 16:00: 6 h on Monday + 7 h on Tuesday
    const reception = {
      ...s.reception,
      ...(await signIn(t.api as never, s.reception.user.username)),
    };
    expect((await tray(reception)).items[0]).toMatchObject({
      waitingWorkingMinutes: 13 * 60,
      overdueForReception: true,
    });
    expect((await act(reception, first, "receive", { version: 1 })).status).toBe(200);
    expect((await tray(reception)).count).toBe(1);
  });
});
