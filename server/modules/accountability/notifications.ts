// In-app notifications: to a user, to a role in an agency (every holder sees it; reading is per
// user), or to the applicant on the dossier's channel.
import type { Sql } from "../../platform/db.ts";
import { notFound } from "../../platform/errors.ts";
import type { Actor } from "../identity/index.ts";

export interface NewNotification {
  audience: "user" | "role" | "applicant";
  userId?: string | null;
  role?: string | null;
  agencyCode?: string | null;
  channel?: number | null;
  dossierCode: string;
  kind: "warning" | "late" | "apology" | "explanation" | "task_late" | "remediation_overdue";
  threshold?: string | null;
  vi: string;
  en: string;
}

/** Inserts many notifications in one statement. */
export async function notify(tx: Sql, at: Date, list: NewNotification[]): Promise<void> {
  if (!list.length) return;
  const col = (f: (n: NewNotification) => unknown) => list.map(f);
  await tx.query(
    `INSERT INTO notifications (audience, user_id, role, agency_code, channel, dossier_code, kind, threshold,
       message_vi, message_en, created_at)
     SELECT a, u, r, ag, ch, dc, k, th, vi, en, $11 FROM unnest($1::text[], $2::text[], $3::text[],
       $4::text[], $5::smallint[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
       AS x(a, u, r, ag, ch, dc, k, th, vi, en)`,
    [
      col((n) => n.audience),
      col((n) => n.userId ?? null),
      col((n) => n.role ?? null),
      col((n) => n.agencyCode ?? null),
      col((n) => n.channel ?? null),
      col((n) => n.dossierCode),
      col((n) => n.kind),
      col((n) => n.threshold ?? null),
      col((n) => n.vi),
      col((n) => n.en),
      at,
    ],
  );
}

/** The (role, agency) pairs of the actor's grants, as two parallel arrays. */
function grantArrays(actor: Actor): [string[], string[]] {
  return [actor.grants.map((g) => g.role), actor.grants.map((g) => g.agencyCode)];
}

const MINE = `(n.user_id = $1 OR (n.role, n.agency_code) IN (SELECT * FROM unnest($2::text[], $3::text[])))`;

export async function listNotifications(
  sql: Sql,
  actor: Actor,
  opts: { unreadOnly: boolean; limit: number },
) {
  const [roles, agencies] = grantArrays(actor);
  const r = await sql.query<{
    id: string;
    dossier_code: string;
    kind: string;
    threshold: string | null;
    message_vi: string;
    message_en: string;
    created_at: Date;
    read: Date | null;
  }>(
    `SELECT n.id, n.dossier_code, n.kind, n.threshold, n.message_vi, n.message_en, n.created_at,
            COALESCE(n.read_at, r.read_at) AS read
       FROM notifications n
       LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = $1
      WHERE ${MINE} AND ($4::boolean = false OR COALESCE(n.read_at, r.read_at) IS NULL)
      ORDER BY n.created_at DESC, n.id LIMIT $5`,
    [actor.userId, roles, agencies, opts.unreadOnly, opts.limit],
  );
  return r.rows.map((n) => ({
    id: n.id,
    dossierCode: n.dossier_code,
    kind: n.kind,
    threshold: n.threshold,
    message: { vi: n.message_vi, en: n.message_en },
    createdAt: new Date(n.created_at).toISOString(),
    readAt: n.read ? new Date(n.read).toISOString() : null,
  }));
}

/** Marks one of the actor's notifications read (idempotent); 404 when it is not theirs. */
export async function markRead(tx: Sql, actor: Actor, id: string, at: Date): Promise<void> {
  const [roles, agencies] = grantArrays(actor);
  const missing = () =>
    notFound("accountability.notification_not_found", {
      vi: `Không có thông báo ${id} của bạn.`,
      en: `You have no notification ${id}.`,
    });
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw missing();
  const r = await tx.query<{ audience: string }>(
    `SELECT n.audience FROM notifications n WHERE n.id = $4 AND ${MINE}`,
    [actor.userId, roles, agencies, id],
  );
  const n = r.rows[0];
  if (!n) throw missing();
  if (n.audience === "user")
    await tx.query("UPDATE notifications SET read_at = COALESCE(read_at, $2) WHERE id = $1", [
      id,
      at,
    ]);
  else
    await tx.query(
      `INSERT INTO notification_reads (notification_id, user_id, read_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [id, actor.userId, at],
    );
}
