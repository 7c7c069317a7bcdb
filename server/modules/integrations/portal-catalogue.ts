// The adapter to the national procedure database (portal-sync.md, "Catalogue"):
// GET {url}/procedures?province=… answers the province's procedure records as JSON Lines
// (sync-record.md). Server errors, rate limits (Retry-After) and calls without an answer are
// retried a few times with a growing wait; a wrong token or another refusal is not.
import { AppError } from "../../platform/errors.ts";
import { PORTAL_TIMEOUT_MS, type PortalSettings, retryAfterMs } from "./portal-client.ts";

export interface PullOptions {
  /** Calls before giving up (default 5). */
  attempts?: number;
  /** Waits between calls; the tests pass a shorter one. */
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const retriable = (status: number) => status === 429 || status >= 500;

function portalError(code: string, vi: string, en: string): AppError {
  return new AppError(`portal.${code}`, "unprocessable", { vi, en });
}

/** The province's procedure records from the portal, as the lines of its JSON Lines answer. */
export async function pullProcedureLines(
  s: PortalSettings,
  province: string,
  o: PullOptions = {},
): Promise<string[]> {
  if (!s.url)
    throw portalError(
      "not_configured",
      "Chưa cấu hình MOTCUA_PORTAL_URL (địa chỉ Cổng Dịch vụ công quốc gia)",
      "MOTCUA_PORTAL_URL (the national portal's address) is not set",
    );
  const url = `${s.url.replace(/\/+$/, "")}/procedures?province=${encodeURIComponent(province)}`;
  const attempts = o.attempts ?? 5;
  const sleep = o.sleep ?? wait;
  let last = "";
  for (let n = 1; n <= attempts; n++) {
    let res: Response;
    try {
      res = await fetch(url, {
        headers: { authorization: `Bearer ${s.token ?? ""}`, accept: "application/x-ndjson" },
        signal: AbortSignal.timeout(s.timeoutMs ?? PORTAL_TIMEOUT_MS),
      });
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      last =
        err.name === "TimeoutError"
          ? `no answer within ${(s.timeoutMs ?? PORTAL_TIMEOUT_MS) / 1000} s`
          : (err.cause?.code ?? err.message);
      if (n < attempts) await sleep(1000 * 2 ** (n - 1));
      continue;
    }
    if (res.ok) return (await res.text()).split(/\r?\n/);
    const body = (await res.text().catch(() => "")).slice(0, 200);
    last = `HTTP ${res.status} ${body}`.trim();
    if (res.status === 401 || res.status === 403)
      throw portalError(
        "unauthorised",
        `Cổng từ chối mã xác thực (MOTCUA_PORTAL_TOKEN): HTTP ${res.status}`,
        `The portal refused the token (MOTCUA_PORTAL_TOKEN): HTTP ${res.status}`,
      );
    if (!retriable(res.status))
      throw portalError(
        "refused",
        `Cổng từ chối yêu cầu danh mục thủ tục: ${last}`,
        `The portal refused the catalogue request: ${last}`,
      );
    if (n < attempts)
      await sleep(retryAfterMs(res.headers.get("retry-after")) ?? 1000 * 2 ** (n - 1));
  }
  throw portalError(
    "unreachable",
    `Không lấy được danh mục thủ tục sau ${attempts} lần thử: ${last}`,
    `Could not get the procedure catalogue after ${attempts} attempts: ${last}`,
  );
}
