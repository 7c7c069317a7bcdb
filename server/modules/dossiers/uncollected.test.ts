// Results issued but not collected: after the rule's working days (data, in force by date) the
// result appears in the counter's list with how long it has waited; returning it clears it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../../test-support.ts";
import { act, type DossierTestEnv, dossierTestEnv, FILE, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z"); // Monday 09:00
});
afterAll(() => t.close());

type Session = Awaited<ReturnType<typeof signIn>>;
// biome-ignore lint/suspicious/noExplicitAny: responses checked field by field.
const list = async (s: Session): Promise<any> =>
  (await s.call("/api/dossiers/tray/uncollected")).json();

describe("uncollected results", () => {
  it("lists a result not collected five working days after issue, with its waiting time", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code);
    const code = r.body.dossier.code as string;
    await act(s.handler, code, "forward", { version: 2 });
    await act(s.leader, code, "approve", { version: 3 });
    const i = await act(s.leader, code, "issue-result", {
      version: 4,
      resultCode: "KQ",
      file: FILE,
    });
    expect(i.body.dossier.state).toBe("handled"); // issued Monday 2/3 09:00

    const fresh = await list(s.reception);
    expect(fresh.rule).toMatchObject({ threshold: 5, unit: "working-days" });
    expect(fresh.items.map((x: { code: string }) => x.code)).not.toContain(code);

    // Friday 6/3 16:00: four working days and 7 hours, not yet five.
    t.clock.set("2026-03-06T09:00:00Z");
    let reception = await signIn(t.api as never, s.reception.user.username);
    expect((await list(reception)).items.map((x: { code: string }) => x.code)).not.toContain(code);

    // Tuesday 10/3 10:00: past Monday 9/3 09:00, five working days after issue.
    t.clock.set("2026-03-10T03:00:00Z");
    reception = await signIn(t.api as never, s.reception.user.username);
    const late = await list(reception);
    expect(late.items.find((x: { code: string }) => x.code === code)).toEqual({
      code,
      procedure: s.proc.code,
      agency: s.codes.communeA,
      receivingUnit: s.codes.communeA,
      issuedAt: "2026-03-02T02:00:00.000Z",
      uncollectedSince: "2026-03-09T02:00:00.000Z",
      waitingWorkingMinutes: (6 * 8 + 1) * 60,
    });
    // Another commune's counter does not see it; a handler has no such list.
    const other = await s.as("reception", s.codes.communeB);
    expect((await list(other)).items).toEqual([]);
    const handler = await signIn(t.api as never, s.handler.user.username);
    expect((await handler.call("/api/dossiers/tray/uncollected")).status).toBe(403);

    // A later rule (data) takes over from its date.
    await t.db.query(
      `INSERT INTO dossier_watch_rules (rule, effective_from, threshold, unit, basis)
       VALUES ('uncollected-result', '2026-03-10', 10, 'working-days', 'Quyết định của tỉnh')`,
    );
    expect((await list(reception)).items.map((x: { code: string }) => x.code)).not.toContain(code);
    await t.db.query(
      "DELETE FROM dossier_watch_rules WHERE rule = 'uncollected-result' AND effective_from = '2026-03-10'",
    );

    expect(
      (await act(reception, code, "return-result", { version: 5, method: "counter" })).status,
    ).toBe(200);
    expect((await list(reception)).items.map((x: { code: string }) => x.code)).not.toContain(code);
  });
});
