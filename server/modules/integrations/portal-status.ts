// The portal link as the administrator sees it (portal-sync.md: "Visible"): the outbox channel's
// figures, whether the link is configured, and what the portal says it holds when it tells.
import type { Sql } from "../../platform/db.ts";
import {
  type ChannelStatus,
  type DeadLetter,
  deadLetters,
  outboxStatus,
} from "../../platform/outbox-admin.ts";
import { PORTAL_CHANNEL, type PortalSettings } from "./portal-client.ts";

export interface PortalStatus extends ChannelStatus {
  configured: boolean;
  /** The portal's base URL without credentials or query. */
  portalUrl: string | null;
  oldestUndeliveredAgeSeconds: number | null;
  /** What the portal reports holding (the simulator answers GET /status); null when it does not. */
  portal: Record<string, unknown> | null;
  deadLetterList: DeadLetter[];
}

function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`.replace(/\/+$/, "");
  } catch {
    return null;
  }
}

async function portalHoldings(s: PortalSettings): Promise<Record<string, unknown> | null> {
  if (!s.url) return null;
  try {
    const res = await fetch(`${s.url.replace(/\/+$/, "")}/status`, {
      headers: { authorization: `Bearer ${s.token ?? ""}` },
      signal: AbortSignal.timeout(1500),
    });
    if (!res.ok) return null;
    const body = (await res.json()) as Record<string, unknown>;
    return body && typeof body === "object" ? body : null;
  } catch {
    return null;
  }
}

export async function portalStatus(
  sql: Sql,
  s: PortalSettings,
  now: Date,
  opts: { deadLimit?: number; askPortal?: boolean } = {},
): Promise<PortalStatus> {
  const st = await outboxStatus(sql, PORTAL_CHANNEL, now);
  return {
    ...st,
    configured: !!s.url,
    portalUrl: safeUrl(s.url),
    oldestUndeliveredAgeSeconds: st.oldestUndeliveredAt
      ? Math.max(0, Math.round((now.getTime() - st.oldestUndeliveredAt.getTime()) / 1000))
      : null,
    portal: opts.askPortal === false ? null : await portalHoldings(s),
    deadLetterList: await deadLetters(sql, PORTAL_CHANNEL, { limit: opts.deadLimit ?? 50 }),
  };
}
