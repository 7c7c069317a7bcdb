// The adapter to the National Public Service Portal's sync endpoint (docs: portal-sync.md,
// "Outbound"): one outbox batch → POST {url}/dossiers/sync. The only file that knows the
// portal's wire format; swapping it for the national data-sharing platform touches nothing else.
import type { Batch, OutboxChannel, SendOutcome } from "../../platform/outbox.ts";

export const PORTAL_CHANNEL = "portal";
/** A batch holds at most 500 records (portal-sync.md). */
export const PORTAL_MAX_BATCH = 500;
/** A call without an answer after 10 s is retried (portal-sync.md). */
export const PORTAL_TIMEOUT_MS = 10_000;

export interface PortalSettings {
  url?: string;
  token?: string;
  timeoutMs?: number;
}

/** Retry-After as seconds or an HTTP date, in ms from now; undefined when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const t = Date.parse(value);
  return Number.isFinite(t) ? Math.max(0, t - now) : undefined;
}

const answerItem = (x: unknown): x is { code: string; revision: number } =>
  !!x &&
  typeof (x as { code: unknown }).code === "string" &&
  Number.isInteger((x as { revision: unknown }).revision);

/** Sends one batch and reads the portal's answer. */
export async function sendToPortal(s: PortalSettings, batch: Batch): Promise<SendOutcome> {
  const url = `${String(s.url).replace(/\/+$/, "")}/dossiers/sync`;
  const records = batch.messages.map((m) => ({
    ...(m.payload as Record<string, unknown>),
    revision: m.revision,
  }));
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${s.token ?? ""}`,
        "content-type": "application/json",
        "idempotency-key": batch.key,
      },
      body: JSON.stringify({ records }),
      signal: AbortSignal.timeout(s.timeoutMs ?? PORTAL_TIMEOUT_MS),
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    const why =
      err.name === "TimeoutError"
        ? `no answer within ${(s.timeoutMs ?? PORTAL_TIMEOUT_MS) / 1000} s`
        : (err.cause?.code ?? err.message);
    return { ok: false, error: `portal unreachable: ${why}` };
  }
  const text = await res.text().catch(() => "");
  if (res.status !== 200)
    // 5xx, 429 and timeouts are retried by the protocol; a 401/403 or another 4xx is a setting
    // or protocol fault the administrator must see: it is retried too, never dropped.
    return {
      ok: false,
      error: `portal answered ${res.status}${text ? `: ${text.slice(0, 300)}` : ""}`,
      retryAfterMs: retryAfterMs(res.headers.get("retry-after")),
    };
  let body: { accepted?: unknown; rejected?: unknown };
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, error: "portal answered 200 with a body that is not JSON" };
  }
  const accepted = Array.isArray(body.accepted) ? body.accepted.filter(answerItem) : [];
  const rejected = Array.isArray(body.rejected) ? body.rejected.filter(answerItem) : [];
  return {
    ok: true,
    accepted: accepted.map((a) => ({ subject: a.code, revision: a.revision })),
    rejected: rejected.map((r) => ({
      subject: r.code,
      revision: r.revision,
      reason: String((r as { reason?: unknown }).reason ?? "refused"),
    })),
  };
}

/** The portal as an outbox channel; `onAccepted` is plugged by the composition root. */
export function portalChannel(
  s: PortalSettings,
  onAccepted?: OutboxChannel["onAccepted"],
): OutboxChannel {
  return {
    name: PORTAL_CHANNEL,
    maxBatch: PORTAL_MAX_BATCH,
    coalesces: true,
    enabled: !!s.url,
    timeoutMs: s.timeoutMs ?? PORTAL_TIMEOUT_MS,
    send: (batch) => sendToPortal(s, batch),
    onAccepted,
  };
}
