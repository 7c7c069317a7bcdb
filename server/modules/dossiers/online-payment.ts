// A fee paid on the province's payment gateway, as the dossier records it: paidOnline 2
// [DuocThanhToanTrucTuyen] (Decision 766/QĐ-TTg, indicator 3.6). A dossier waiting for the
// payment (status 6) resumes handling; one paid at online submission keeps its state.
import type { Sql } from "../../platform/db.ts";
import type { Actor } from "../identity/index.ts";
import { commit } from "./commit.ts";
import { resumeClock } from "./pauses.ts";
import type { DossierDeps } from "./ports.ts";
import { getDossier } from "./store.ts";
import type { Dossier } from "./types.ts";

export interface OnlinePayment {
  amount: number;
  /** Our payment reference and the gateway's transaction number. */
  reference: string;
  transactionNo: string;
}

/** The fees still to pay: the dossier's fee list, unless it was already paid online. */
export function amountDue(d: Dossier): number {
  if (d.paidOnline) return 0;
  return d.fees.reduce((s, f) => s + f.amount, 0);
}

export async function recordOnlinePayment(
  tx: Sql,
  actor: Actor,
  now: Date,
  deps: Pick<DossierDeps, "projectors" | "calendarFor">,
  code: string,
  p: OnlinePayment,
): Promise<Dossier> {
  const d = await getDossier(tx, code);
  const waiting = d.state === "payment-requested";
  // A clock paused for the fees runs again (the procedure said so when they were asked for).
  const cal = await deps.calendarFor(tx, d.agencyCode);
  const clock = waiting ? await resumeClock(tx, d, now, cal) : { minutes: 0, dueAt: d.dueAt };
  const after: Dossier = waiting
    ? {
        ...d,
        state: d.resumeState ?? "handling",
        status: 4,
        resumeState: null,
        paidOnline: 2,
        dueAt: clock.dueAt,
        pausedMinutes: d.pausedMinutes + clock.minutes,
      }
    : { ...d, paidOnline: 2 };
  return commit(tx, actor, now, deps.projectors ?? [], {
    before: d,
    after,
    events: [
      {
        type: "payment-confirmed",
        at: now,
        data: {
          paidOnline: 2,
          receipt: p.reference,
          amount: p.amount,
          transactionNo: p.transactionNo,
          ...(clock.minutes
            ? {
                pausedWorkingMinutes: clock.minutes,
                previousDueAt: d.dueAt?.toISOString() ?? null,
                dueAt: clock.dueAt?.toISOString() ?? null,
              }
            : {}),
        },
      },
    ],
    audit: "dossier.payment_confirmed",
    details: { paidOnline: 2, amount: p.amount, reference: p.reference },
  });
}
