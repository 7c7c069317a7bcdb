// The actions this user may take on this dossier now, as the server will judge them: the state
// machine allows them and the identity policy covers one of their policy actions on the
// dossier's agencies (the same check applyAction makes). The web shows exactly these buttons.
import type { Sql } from "../../platform/db.ts";
import { listDocuments } from "../documents/index.ts";
import type { Actor, SubtreeOf } from "../identity/index.ts";
import { agenciesOf, covers } from "./access.ts";
import { mayAcknowledge } from "./actions/acknowledge.ts";
import { feesOwed } from "./fees-due.ts";
import { mayRerouteReceived, mayReturnMisrouted } from "./misrouted.ts";
import { allowedActions, type DossierAction, RULES } from "./rules.ts";
import { openHandOff } from "./steps.ts";
import type { Dossier } from "./types.ts";

export async function actionsFor(
  sql: Sql,
  actor: Actor,
  subtreeOf: SubtreeOf,
  d: Dossier,
): Promise<DossierAction[]> {
  const agencies = await agenciesOf(sql, d);
  const mayAll = (a: DossierAction) =>
    RULES[a].policy.some((p) => covers(actor, p, subtreeOf, agencies));
  // A second supplement request is the leader's to approve and send (Decree 118/2025/NĐ-CP Art. 17).
  const leads = () => covers(actor, "dossier.approve", subtreeOf, [d.agencyCode]);
  let open = allowedActions(d.state)
    .filter(mayAll)
    .filter((a) => a !== "request-supplement" || d.supplementRequests === 0 || leads())
    // A misrouted dossier: sent back by the holding agency's leader, routed again by reception.
    .filter((a) => a !== "return-misrouted" || mayReturnMisrouted(actor, subtreeOf, d))
    .filter(
      (a) => a !== "reroute" || d.state !== "misrouted" || mayRerouteReceived(actor, subtreeOf, d),
    );
  // A ready result is returned only once its fees are paid: until then the counter is offered
  // the payment, not the return.
  if (d.state === "handled") {
    const owed = (await feesOwed(sql, d)) > 0;
    open = open.filter((a) => (owed ? a !== "return-result" : a !== "confirm-payment"));
  }
  // An inter-agency step waits for its agency's acknowledgement before it is handed on.
  if (open.includes("acknowledge") || open.includes("forward")) {
    const handOff = await openHandOff(sql, d);
    const acks = mayAcknowledge(actor, subtreeOf, handOff);
    const waiting = handOff !== null && handOff.acknowledgedAt === null;
    open = open.filter((a) => (a === "acknowledge" ? acks : a !== "forward" || !waiting));
  }
  if (!open.includes("issue-result")) return open;
  // The result is issued signed (Decree 45/2020/NĐ-CP Art. 20): whoever may not sign it can
  // issue it only once a signer has signed it.
  if (covers(actor, "dossier.approve", subtreeOf, agencies)) return open;
  const signed = await listDocuments(sql, d.id, "result");
  return signed.length ? open : open.filter((a) => a !== "issue-result");
}
