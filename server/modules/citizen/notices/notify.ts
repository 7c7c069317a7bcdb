// Notices follow the dossier: a projector, run in the transaction of each change, turns the
// events an applicant must hear about into notices on the channels they chose, each sent later
// through the outbox (sendLater) so a notice exists exactly when its change does.
import type { Clock } from "../../../platform/clock.ts";
import type { Sql } from "../../../platform/db.ts";
import {
  type Dossier,
  type DossierProjector,
  getDossier,
  type ProjectedChange,
  type WrittenEvent,
} from "../../dossiers/index.ts";
import { sendLater } from "../outgoing.ts";
import { type NoticeKind, type NoticeLang, renderNotice, unaccented } from "./templates.ts";

/** The dossier events an applicant is told about. */
const KIND_OF: Record<string, NoticeKind> = {
  received: "received",
  "completion-requested": "complete",
  "supplement-requested": "complete",
  "payment-requested": "fee-due",
  handled: "result-ready",
  "appointment-extended": "apology",
};

export interface NoticeSettings {
  /** The public address of the citizen pages (links in notices). */
  publicUrl: () => string;
  procedureName: (sql: Sql, code: string) => Promise<string>;
}

export function noticesProjector(clock: Clock, s: NoticeSettings): DossierProjector {
  const one: DossierProjector = async (tx, _before, after, change) => {
    // The stored row, as the change passes it (read back only when a caller does not).
    const d = change?.dossier ?? (await getDossier(tx, after.code));
    const from = Math.max(0, d.eventSeq - 4);
    const rows =
      change?.dossier && coversRecent(change.events, from, d.eventSeq)
        ? change.events.filter((e) => e.seq > from).map(asStored)
        : (
            await tx.query<{ seq: number; type: string; data: Record<string, unknown> }>(
              `SELECT seq, type, data FROM dossier_events WHERE dossier_id = $1 AND seq > $2 ORDER BY seq`,
              [d.id, from],
            )
          ).rows;
    for (const e of rows) {
      const kind = KIND_OF[e.type];
      if (kind) await notify(tx, clock, s, d, kind, e.seq, e.data);
    }
  };
  return Object.assign(one, {
    // A batch (an import's): only a dossier whose applicant chose a channel can be told anything.
    batch: async (tx: Sql, changes: readonly ProjectedChange[]) => {
      for (const c of changes) if (channelsOf(c.dossier).length) await one(tx, c.before, c.after);
      return undefined;
    },
  });
}

/**
 * The events the change appended are every recent one (numbers from+1 to last): they are what
 * reading them back would give, so they are not read back (a counter intake writes both).
 */
function coversRecent(
  events: readonly WrittenEvent[] | undefined,
  from: number,
  last: number,
): events is readonly WrittenEvent[] {
  return !!events?.length && events[0].seq <= from + 1 && events[events.length - 1].seq === last;
}

/** An event's data as the database gives it back (JSON: dates as strings, no undefined). */
const asStored = (e: WrittenEvent) => ({
  seq: e.seq,
  type: e.type,
  data: JSON.parse(JSON.stringify(e.data ?? {})) as Record<string, unknown>,
});

export function channelsOf(d: Dossier): ("email" | "sms" | "zalo")[] {
  const a = d.applicant;
  if (!a) return [];
  const chosen = a.notify ?? (a.email ? ["email" as const] : a.phone ? ["sms" as const] : []);
  return chosen.filter((c) => (c === "email" ? Boolean(a.email) : Boolean(a.phone)));
}

export async function notify(
  tx: Sql,
  clock: Clock,
  s: NoticeSettings,
  d: Dossier,
  kind: NoticeKind,
  seq: number,
  data: Record<string, unknown>,
): Promise<void> {
  const lang: NoticeLang = d.applicant?.lang ?? "vi";
  const base = s.publicUrl().replace(/\/$/, "");
  const link =
    kind === "fee-due"
      ? `${base}/thanh-toan?ma=${encodeURIComponent(d.code)}`
      : `${base}/tra-cuu?ma=${encodeURIComponent(d.code)}`;
  const text = renderNotice(kind, lang, {
    code: d.code,
    procedure: await s.procedureName(tx, d.procedureCode),
    secret: kind === "received" ? d.secret : undefined,
    dueAt: d.dueAt?.toISOString() ?? null,
    newDueAt: (data.newDueAt as string | undefined) ?? d.extendedDueAt?.toISOString() ?? null,
    amount: d.fees.reduce((t, f) => t + f.amount, 0),
    link,
  });
  const now = clock.now();
  for (const channel of channelsOf(d)) {
    const key = `${d.code}:${seq}:${kind}`;
    const payload =
      channel === "email"
        ? { to: d.applicant?.email, subject: text.subject, text: text.body }
        : channel === "sms"
          ? { phone: d.applicant?.phone, content: unaccented(text.body) }
          : { phone: d.applicant?.phone, data: { ma_ho_so: d.code, noi_dung: text.body } };
    const outboxId = await sendLater(tx, clock, channel, key, payload);
    if (outboxId === null) continue; // already told
    await tx.query(
      `INSERT INTO dossier_notices (dossier_code, kind, channel, lang, delivery_key, outbox_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [d.code, kind, channel, lang, key, outboxId, now],
    );
  }
}
