// The result is not handed over while a fee of the dossier is unpaid: the counter is refused the
// return (409, in Vietnamese and English) and is offered the payment instead of the return.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { act, type DossierTestEnv, dossierTestEnv, FILE, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z"); // Monday 09:00
});
afterAll(() => t.close());

// biome-ignore lint/suspicious/noExplicitAny: responses checked field by field.
type Session = { call: (p: string) => Response | Promise<Response> } & Record<string, any>;
const offered = async (s: Session, code: string): Promise<string[]> =>
  ((await (await s.call(`/api/dossiers/${code}`)).json()) as { allowedActions: string[] })
    .allowedActions;

/** A dossier of a procedure with a 50,000 đ fee, handled and its result issued. */
async function readyWithFee(fee: number) {
  const s = await scenario(t);
  t.procedures.set(s.proc.code, { ...s.proc, fees: [{ name: "Lệ phí", amount: fee }] });
  const r = await intake(s.reception, s.codes.communeA, s.proc.code);
  const code = r.body.dossier.code as string;
  expect((await act(s.handler, code, "forward", { version: 2 })).status).toBe(200);
  expect((await act(s.leader, code, "approve", { version: 3 })).status).toBe(200);
  const i = await act(s.leader, code, "issue-result", { version: 4, resultCode: "KQ", file: FILE });
  expect(i.body.dossier.state).toBe("handled");
  return { ...s, code };
}

describe("results are not returned before fees are paid", () => {
  it("refuses the return while the fee is unpaid and offers the payment instead", async () => {
    const { reception, code } = await readyWithFee(50000);
    expect(await offered(reception, code)).toEqual(["confirm-payment"]);
    const refused = await act(reception, code, "return-result", { version: 5, method: "counter" });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe("dossiers.fees_unpaid");
    expect(refused.body.detail).toContain("50.000");
    const vi = await reception.call(`/api/dossiers/${code}/actions/return-result`, {
      method: "POST",
      body: { version: 5, method: "counter" },
    });
    expect(((await vi.json()) as { detail: string }).detail).toContain("chưa nộp");

    const paid = await act(reception, code, "confirm-payment", {
      version: 5,
      paidOnline: 0,
      receipt: "BL-0001",
    });
    expect(paid.status).toBe(200);
    expect(paid.body.dossier).toMatchObject({ state: "handled", status: 9 });
    expect(await offered(reception, code)).toEqual(["return-result"]);
    // Paying twice is refused: nothing is owed any more.
    const again = await act(reception, code, "confirm-payment", { version: 6, paidOnline: 0 });
    expect(again.status).toBe(409);
    const ret = await act(reception, code, "return-result", { version: 6, method: "counter" });
    expect(ret.status).toBe(200);
    expect(ret.body.dossier.state).toBe("returned");
  });

  it("returns at once a result whose procedure has no fee", async () => {
    const { reception, code } = await readyWithFee(0);
    expect(await offered(reception, code)).toEqual(["return-result"]);
    expect(
      (await act(reception, code, "return-result", { version: 5, method: "counter" })).status,
    ).toBe(200);
  });
});
