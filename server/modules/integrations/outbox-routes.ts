// The administrator's view of every outbox channel (the portal's sync, the notices by e-mail,
// SMS and Zalo, the results pushed to the personal data store or sent by post): backlog, oldest
// undelivered call, rate, last error, the dead letters, and sending one again.

import type { ChannelStatusView, DeadLetterView } from "../../../shared/contracts/integrations.ts";
import {
  outboxStatus as outboxStatusSchema,
  resendOutcome,
} from "../../../shared/contracts/integrations.ts";
import { commandsOn } from "../../platform/command.ts";
import type { Sql } from "../../platform/db.ts";
import { badInput } from "../../platform/errors.ts";
import type { Api } from "../../platform/http.ts";
import {
  type DeadLetter,
  deadLetters,
  outboxStatus,
  resendDeadLetter,
} from "../../platform/outbox-admin.ts";
import { authorize, type IdentityDeps, requireUser, type WithCommands } from "../identity/index.ts";
import { channelStatusView, deadLetterView } from "./views.ts";

/** An e-mail address or a phone number, shown so the administrator recognises it, not in full. */
export function maskContact(v: unknown): unknown {
  if (typeof v !== "string") return v;
  if (v.includes("@")) return v.replace(/^(.).*(@.*)$/, "$1***$2");
  return v.length > 4 ? `${"*".repeat(v.length - 3)}${v.slice(-3)}` : "***";
}

const CONTACT_FIELDS = new Set(["to", "phone"]);

function masked(d: DeadLetter): DeadLetter {
  if (!d.payload || typeof d.payload !== "object" || Array.isArray(d.payload)) return d;
  const p = Object.fromEntries(
    Object.entries(d.payload as Record<string, unknown>).map(([k, v]) => [
      k,
      CONTACT_FIELDS.has(k) ? maskContact(v) : v,
    ]),
  );
  return { ...d, payload: p };
}

export type OutboxChannelView = ChannelStatusView & { deadLetterList: DeadLetterView[] };

export async function allChannels(sql: Sql, now: Date): Promise<OutboxChannelView[]> {
  const names = await sql.query<{ channel: string }>(
    "SELECT channel FROM outbox_channels UNION SELECT DISTINCT channel FROM outbox ORDER BY 1",
  );
  const out: OutboxChannelView[] = [];
  for (const { channel } of names.rows)
    out.push({
      ...channelStatusView(await outboxStatus(sql, channel, now)),
      deadLetterList: (await deadLetters(sql, channel, { limit: 20 }))
        .map(masked)
        .map(deadLetterView),
    });
  return out;
}

export function outboxRoutes(api: Api, deps: IdentityDeps & WithCommands) {
  const command = commandsOn(api, deps.commands);
  const admin = async (c: Parameters<typeof requireUser>[0]) => {
    const actor = requireUser(c);
    authorize(actor, "integration.manage", (await deps.agencies.tree()).subtreeOf);
    return actor;
  };
  api.route(
    {
      method: "get",
      path: "/api/outbox/status",
      summary: "Tình trạng các kênh gửi đi / Every outgoing channel's state",
      tag: "outbox",
      response: outboxStatusSchema,
    },
    async (c) => {
      await admin(c);
      return { channels: await allChannels(deps.db, deps.clock.now()) };
    },
  );
  command(
    {
      method: "post",
      path: "/api/outbox/dead-letters/:id/resend",
      summary: "Gửi lại thư bị từ chối / Send a refused message again",
      tag: "outbox",
      action: "integration.manage",
      response: resendOutcome,
    },
    async ({ c, tx }) => {
      const raw = c.req.param("id") ?? "";
      const id = Number(raw);
      if (!/^[0-9]{1,15}$/.test(raw) || id <= 0)
        throw badInput("outbox.bad_id", "id", "mã thư không hợp lệ", "not a dead-letter id");
      const r = await resendDeadLetter(tx, id);
      return {
        answer: r,
        audit: {
          action: "outbox.dead-letter.resent",
          subjectType: "outbox",
          subjectId: String(id),
          details: { subject: r.subject, revision: r.revision, outcome: r.outcome },
        },
      };
    },
  );
}
