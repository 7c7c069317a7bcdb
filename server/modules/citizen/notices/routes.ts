// The notices of a dossier and their delivery (their outbox messages), for the officers who may
// see it.
import { dossierNotices } from "../../../../shared/contracts/citizen.ts";
import type { Api } from "../../../platform/http.ts";
import { param } from "../../../platform/http.ts";
import { ensureVisible, getDossier } from "../../dossiers/index.ts";
import { requireUser } from "../../identity/index.ts";
import type { CitizenDeps } from "../deps.ts";
import { deliveryState, OUTBOX_STATE_COLUMNS } from "../outgoing.ts";

export interface NoticeView {
  kind: string;
  channel: string;
  lang: string;
  createdAt: string;
  status: "queued" | "sent" | "failed";
  attempts: number;
  sentAt: string | null;
  lastError: string | null;
}

export function noticeRoutes(api: Api, deps: CitizenDeps) {
  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code/notices",
      summary: "Thông báo gửi người nộp và tình trạng gửi / Notices and their delivery",
      tag: "notices",
      response: dossierNotices,
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      const d = await getDossier(deps.db, param(c, "code"));
      await ensureVisible(deps.db, actor, tree.subtreeOf, d);
      const r = await deps.db.query<{
        kind: string;
        channel: string;
        lang: string;
        created_at: Date | string;
        sent_at: Date | string | null;
        outbox_state: string | null;
        attempts: number | null;
        last_error: string | null;
        reason: string | null;
      }>(
        `SELECT n.kind, n.channel, n.lang, n.created_at, n.sent_at, ${OUTBOX_STATE_COLUMNS}
           FROM dossier_notices n LEFT JOIN outbox o ON o.id = n.outbox_id
          WHERE n.dossier_code = $1 ORDER BY n.created_at, n.channel`,
        [d.code],
      );
      const notices: NoticeView[] = r.rows.map((x) => ({
        kind: x.kind,
        channel: x.channel,
        lang: x.lang,
        createdAt: new Date(x.created_at).toISOString(),
        ...deliveryState(!!x.sent_at, x),
        sentAt: x.sent_at ? new Date(x.sent_at).toISOString() : null,
      }));
      return { notices };
    },
  );
}
