// A small JSON-over-HTTP server on 127.0.0.1 and a free port, for the simulators.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { DeliveryError } from "./delivery-error.ts";

export type JsonRoute = (body: unknown, req: IncomingMessage) => Promise<JsonAnswer> | JsonAnswer;

export interface JsonAnswer {
  status?: number;
  json: unknown;
  headers?: Record<string, string>;
}

export async function startJsonServer(
  routes: Record<string, JsonRoute>,
): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const route = routes[`${req.method} ${new URL(req.url ?? "/", "http://x").pathname}`];
    let out: JsonAnswer;
    try {
      const text = Buffer.concat(chunks).toString("utf8");
      out = route
        ? await route(text ? JSON.parse(text) : {}, req)
        : { status: 404, json: { error: "not found" } };
    } catch {
      out = { status: 400, json: { error: "bad request" } };
    }
    res.writeHead(out.status ?? 200, { "content-type": "application/json", ...out.headers });
    res.end(JSON.stringify(out.json));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** POST JSON with a deadline; the caller decides what the answer means. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 10_000,
): Promise<{ status: number; json: Record<string, unknown>; retryAfter: string | null }> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    // Unreachable or silent: retried by the caller (the error names the host's state, not data).
    const err = e as Error & { cause?: { code?: string } };
    const why = err.name === "TimeoutError" ? "timeout" : (err.cause?.code ?? "unreachable");
    throw new DeliveryError(`${new URL(url).host} ${why}`);
  }
  return {
    status: res.status,
    json: (await res.json().catch(() => ({}))) as Record<string, unknown>,
    retryAfter: res.headers.get("retry-after"),
  };
}
