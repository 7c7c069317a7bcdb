// The result's deliveries of a dossier (the push to the personal data store, the postal
// shipment and its item code) and their state,
// for the officers who may see the dossier.
import { resultDeliveries } from "../../../../shared/contracts/citizen.ts";
import { type Api, param } from "../../../platform/http.ts";
import { ensureVisible, getDossier } from "../../dossiers/index.ts";
import { requireUser } from "../../identity/index.ts";
import type { CitizenDeps } from "../deps.ts";
import { deliveryState, OUTBOX_STATE_COLUMNS } from "../outgoing.ts";
import { chosenChannels } from "./deliver.ts";

export interface ResultDeliveryView {
  channel: string;
  createdAt: string;
  /** "acknowledged" only once the receiving system confirmed it (the store; the post office). */
  status: "queued" | "acknowledged" | "failed";
  attempts: number;
  ackedAt: string | null;
  /** The store's receipt number, or the shipment's item code (tracking number). */
  reference: string | null;
  lastError: string | null;
  /** A shipment's last state in the operator's tracking, when it was reported to happen, where. */
  tracking: { state: string; at: string; location: string } | null;
}

export function resultDeliveryRoutes(api: Api, deps: CitizenDeps) {
  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code/result-deliveries",
      summary:
        "Gửi kết quả vào kho dữ liệu cá nhân và tình trạng / Result deliveries and their state",
      tag: "notices",
      response: resultDeliveries,
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      const d = await getDossier(deps.db, param(c, "code"));
      await ensureVisible(deps.db, actor, tree.subtreeOf, d);
      const r = await deps.db.query<{
        channel: string;
        created_at: Date | string;
        acked_at: Date | string | null;
        provider_ref: string | null;
        outbox_state: string | null;
        attempts: number | null;
        last_error: string | null;
        reason: string | null;
        tracking_state: string | null;
        tracking_at: Date | string | null;
        tracking_location: string | null;
      }>(
        `SELECT r.channel, r.created_at, r.acked_at, r.provider_ref, r.tracking_state,
                r.tracking_at, r.tracking_location, ${OUTBOX_STATE_COLUMNS}
           FROM result_deliveries r LEFT JOIN outbox o ON o.id = r.outbox_id
          WHERE r.dossier_code = $1 ORDER BY r.created_at, r.channel`,
        [d.code],
      );
      const deliveries: ResultDeliveryView[] = r.rows.map((x) => {
        const st = deliveryState(!!x.acked_at, x);
        return {
          channel: x.channel,
          createdAt: new Date(x.created_at).toISOString(),
          status: st.status === "sent" ? "acknowledged" : st.status,
          attempts: st.attempts,
          ackedAt: x.acked_at ? new Date(x.acked_at).toISOString() : null,
          reference: x.provider_ref,
          lastError: st.lastError,
          tracking: x.tracking_state
            ? {
                state: x.tracking_state,
                at: new Date(x.tracking_at ?? x.created_at).toISOString(),
                location: x.tracking_location ?? "",
              }
            : null,
        };
      });
      return { chosen: chosenChannels(d.applicant), deliveries };
    },
  );
}
