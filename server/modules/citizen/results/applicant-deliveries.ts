// What the applicant sees of what was sent to them and of their result's way to them ("Hồ sơ của
// tôi", the public look-up): notices sent (kind, channel, whether it went), the result pushed to
// the personal data store (its receipt), the postal item code and its tracking state. No
// addresses, no errors, no attempt counts: those are the officers'.
import type { Sql } from "../../../platform/db.ts";
import { deliveryState, OUTBOX_STATE_COLUMNS } from "../outgoing.ts";

export interface ApplicantDeliveries {
  notices: { kind: string; channel: string; status: string; at: string }[];
  results: {
    channel: string;
    status: "queued" | "acknowledged" | "failed";
    reference: string | null;
    tracking: { state: string; at: string } | null;
  }[];
}

type Row = {
  outbox_state: string | null;
  attempts: number | null;
  last_error: string | null;
  reason: string | null;
};

const iso = (v: Date | string) => new Date(v).toISOString();

export async function applicantDeliveries(
  sql: Sql,
  codes: string[],
): Promise<Map<string, ApplicantDeliveries>> {
  const out = new Map<string, ApplicantDeliveries>(
    codes.map((c) => [c, { notices: [], results: [] }]),
  );
  if (!codes.length) return out;
  const n = await sql.query<
    Row & {
      dossier_code: string;
      kind: string;
      channel: string;
      created_at: Date | string;
      sent_at: Date | string | null;
    }
  >(
    `SELECT n.dossier_code, n.kind, n.channel, n.created_at, n.sent_at, ${OUTBOX_STATE_COLUMNS}
       FROM dossier_notices n LEFT JOIN outbox o ON o.id = n.outbox_id
      WHERE n.dossier_code = ANY($1::text[]) ORDER BY n.created_at, n.channel`,
    [codes],
  );
  for (const x of n.rows)
    out.get(x.dossier_code)?.notices.push({
      kind: x.kind,
      channel: x.channel,
      status: deliveryState(!!x.sent_at, x).status,
      at: iso(x.sent_at ?? x.created_at),
    });
  const r = await sql.query<
    Row & {
      dossier_code: string;
      channel: string;
      acked_at: Date | string | null;
      provider_ref: string | null;
      tracking_state: string | null;
      tracking_at: Date | string | null;
    }
  >(
    `SELECT r.dossier_code, r.channel, r.acked_at, r.provider_ref, r.tracking_state, r.tracking_at,
            ${OUTBOX_STATE_COLUMNS}
       FROM result_deliveries r LEFT JOIN outbox o ON o.id = r.outbox_id
      WHERE r.dossier_code = ANY($1::text[]) ORDER BY r.created_at, r.channel`,
    [codes],
  );
  for (const x of r.rows) {
    const st = deliveryState(!!x.acked_at, x).status;
    out.get(x.dossier_code)?.results.push({
      channel: x.channel,
      status: st === "sent" ? "acknowledged" : st,
      reference: x.provider_ref,
      tracking:
        x.tracking_state && x.tracking_at
          ? { state: x.tracking_state, at: iso(x.tracking_at) }
          : null,
    });
  }
  return out;
}
