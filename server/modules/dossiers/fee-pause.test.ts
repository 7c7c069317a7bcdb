// Waiting for fees or taxes: the clock runs on by default; a procedure that says so pauses it
// until the payment is confirmed (at the counter or on the payment gateway), and the appointment
// moves later by the working time paused (calendar.md, "Pauses").
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signIn } from "../../test-support.ts";
import { PUBLIC_ACTOR } from "../identity/index.ts";
import { recordOnlinePayment } from "./online-payment.ts";
import { listPauses } from "./pauses.ts";
import { getDossier } from "./store.ts";
import { act, type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

const START = "2026-03-02T02:00:00Z"; // Monday 09:00 Vietnam time
const HOUR = 3600_000;
const THURSDAY_9 = "2026-03-05T02:00:00.000Z";
const FRIDAY_9 = "2026-03-06T02:00:00.000Z";
let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv(START);
});
afterAll(() => t.close());
beforeEach(() => t.clock.set(START));

/** A received birth registration (3 working days: due Thursday 09:00) waiting for its fee. */
async function awaitingFee(pauseWhileFeesDue?: boolean) {
  const s = await scenario(t);
  if (pauseWhileFeesDue) t.procedures.set(s.proc.code, { ...s.proc, pauseWhileFeesDue });
  const r = await intake(s.reception, s.codes.communeA, s.proc.code);
  const d = r.body.dossier as { code: string; dueAt: string };
  expect(d.dueAt).toBe(THURSDAY_9);
  t.clock.advance(HOUR); // Monday 10:00
  const p = await act(s.handler, d.code, "request-payment", {
    version: 2,
    fees: [{ name: "Lệ phí", amount: 50000 }],
  });
  expect(p.body.dossier).toMatchObject({ status: 6, state: "payment-requested" });
  t.clock.advance(24 * HOUR); // Tuesday 10:00: one working day (480 min) later
  return { ...s, code: d.code, handler: await signIn(t.api as never, s.handler.user.username) };
}

describe("the clock while fees are awaited", () => {
  it("runs on by default: paying a day later leaves the appointment where it was", async () => {
    const { code, handler } = await awaitingFee();
    const c = await act(handler, code, "confirm-payment", { version: 3, paidOnline: 0 });
    expect(c.body.dossier).toMatchObject({ status: 4, state: "handling", pausedWorkingMinutes: 0 });
    expect(c.body.dossier.dueAt).toBe(THURSDAY_9);
    expect(await listPauses(t.db, (await getDossier(t.db, code)).id)).toEqual([]);
  });

  it("pauses where the procedure says so: the appointment moves by the paused working time", async () => {
    const { code, handler } = await awaitingFee(true);
    const c = await act(handler, code, "confirm-payment", { version: 3, paidOnline: 0 });
    expect(c.body.dossier).toMatchObject({
      status: 4,
      state: "handling",
      pausedWorkingMinutes: 480,
    });
    expect(c.body.dossier.dueAt).toBe(FRIDAY_9);
    const pauses = await listPauses(t.db, (await getDossier(t.db, code)).id);
    expect(pauses).toMatchObject([{ reason: "payment", workingMinutes: 480 }]);
    expect(pauses[0].startedAt.toISOString()).toBe("2026-03-02T03:00:00.000Z");
  });

  it("resumes the paused clock when the fee is paid on the payment gateway", async () => {
    const { code } = await awaitingFee(true);
    const d = await t.db.transaction((tx) =>
      recordOnlinePayment(tx, PUBLIC_ACTOR, t.clock.now(), t.deps, code, {
        amount: 50000,
        reference: "MC-TEST-1",
        transactionNo: "14000001",
      }),
    );
    expect(d).toMatchObject({ status: 4, state: "handling", paidOnline: 2, pausedMinutes: 480 });
    expect(d.dueAt?.toISOString()).toBe(FRIDAY_9);
  });
});
