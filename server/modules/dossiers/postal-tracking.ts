// The postal operator's tracking of a result sent by post (Decision 45/2016/QĐ-TTg: the public
// postal service returns results on the agency's behalf). Each new state is a dossier event
// "post-tracking" (local: not in the exchange record). Delivered to the applicant is the return
// of the result (status 10, event result-returned, method post) when the dossier is still
// "handled" and nothing is owed — as at the counter, a result is returned only once its fees are
// paid; otherwise the officer returns it with the action. Returned to the sender: the dossier
// stays "handled", the result waits at the agency to be returned at the counter.
import type { Sql } from "../../platform/db.ts";
import type { Actor } from "../identity/index.ts";
import { commit } from "./commit.ts";
import { feesOwed } from "./fees-due.ts";
import type { DossierDeps } from "./ports.ts";
import { closeStep } from "./steps.ts";
import { getDossier } from "./store.ts";
import type { Dossier } from "./types.ts";

export interface PostalUpdate {
  itemCode: string;
  state: "accepted" | "in-transit" | "out-for-delivery" | "delivered" | "returned";
  /** When the operator reports it happened. */
  at: Date;
  location: string;
}

export async function recordPostalTracking(
  tx: Sql,
  actor: Actor,
  now: Date,
  deps: Pick<DossierDeps, "projectors">,
  code: string,
  u: PostalUpdate,
): Promise<Dossier> {
  const d = await getDossier(tx, code);
  const data = {
    itemCode: u.itemCode,
    state: u.state,
    at: u.at.toISOString(),
    location: u.location,
  };
  const returns = u.state === "delivered" && d.state === "handled" && (await feesOwed(tx, d)) === 0;
  if (returns) await closeStep(tx, d, now, actor, `Bưu chính đã phát (${u.itemCode})`);
  return commit(tx, actor, now, deps.projectors ?? [], {
    before: d,
    after: returns ? { ...d, state: "returned", status: 10 } : d,
    events: [
      { type: "post-tracking", at: now, data },
      ...(returns
        ? [
            {
              type: "result-returned",
              at: now,
              data: { method: "post", itemCode: u.itemCode, pushedToPersonalStore: false },
            },
          ]
        : []),
    ],
    audit: returns ? "dossier.result_returned" : "dossier.post_tracking",
    details: data,
  });
}
