// The national portal's side of the protocol (portal-sync.md), as a real HTTP server: bearer
// token, POST /dossiers/sync answered per record and remembered per Idempotency-Key, injected
// failures, online dossiers pushed to the province's system, and GET /status of what it holds.
import { timingSafeEqual } from "node:crypto";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { NationalCatalogue } from "./catalogue.ts";
import { DEFAULT_FAULTS, type FaultSettings, pickFault } from "./faults.ts";
import { Holdings } from "./holdings.ts";
import { type SubmitSettings, Submitter } from "./submitter.ts";

export interface SimulatorOptions {
  port?: number;
  host?: string;
  /** The token the system must send (MOTCUA_PORTAL_TOKEN on its side). */
  token: string;
  faults?: Partial<FaultSettings>;
  submit?: Partial<SubmitSettings>;
  /** Online dossiers per second pushed to the system (0: only on request). */
  submitRate?: number;
  unknownProcedures?: string[];
  /** Refuse the first N dossiers once each (their resend is accepted): a dead letter to show. */
  refuseFirst?: number;
  /** What a previous run held: a portal restarted on the same port keeps its memory. */
  holdings?: Holdings;
  /** The national procedure database it publishes: records or JSON Lines text. */
  procedures?: readonly unknown[] | string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface PortalSimulator {
  url: string;
  port: number;
  holdings: Holdings;
  submitter: Submitter;
  faults: FaultSettings;
  catalogue: NationalCatalogue;
  status(): Record<string, unknown>;
  close(): Promise<void>;
}

export async function startPortalSimulator(o: SimulatorOptions): Promise<PortalSimulator> {
  const holdings = o.holdings ?? new Holdings();
  let calls = 0;
  if (o.refuseFirst) holdings.refuseFirst = o.refuseFirst;
  for (const p of o.unknownProcedures ?? []) holdings.unknownProcedures.add(p);
  const faults: FaultSettings = { ...DEFAULT_FAULTS, ...o.faults };
  const faultCounts = holdings.injected;
  const submitter = new Submitter({ duplicateRate: 0.1, ...o.submit });
  const catalogue = new NationalCatalogue();
  if (o.procedures) catalogue.publish(o.procedures);
  const expected = Buffer.from(o.token);
  const authorised = (h: string | undefined) => {
    const given = Buffer.from(/^Bearer (.+)$/i.exec(h ?? "")?.[1] ?? "");
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  const status = () => ({
    portal: "simulator",
    holding: holdings.dossiers.size,
    ...holdings.counters,
    faults: { ...faults, injected: { ...faultCounts } },
    unknownProcedures: [...holdings.unknownProcedures],
    procedures: catalogue.size,
    submissions: submitter.counters,
    recent: holdings.recent,
  });

  const app = new Hono();
  app.use("*", async (c, next) => {
    if (!authorised(c.req.header("authorization")))
      return c.json({ error: "unauthorised", message: "Sai mã xác thực / wrong token" }, 401);
    await next();
  });
  app.post("/dossiers/sync", async (c) => {
    if (faults.slowMs) await sleep(faults.slowMs);
    const key = c.req.header("idempotency-key");
    if (!key) return c.json({ error: "Idempotency-Key is required" }, 400);
    const replay = holdings.replay(key);
    if (replay) return c.json(replay);
    const fault = pickFault(faults, faultCounts, calls++);
    if (fault === "error") return c.json({ error: "Lỗi máy chủ / server error" }, 503);
    if (fault === "rate-limit") {
      c.header("retry-after", String(faults.retryAfterS));
      return c.json({ error: "Quá nhiều yêu cầu / too many requests" }, 429);
    }
    if (fault === "timeout") {
      await sleep(faults.hangMs);
      return c.json({ error: "gateway timeout" }, 504);
    }
    let body: { records?: unknown };
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: "body is not JSON" }, 400);
    }
    if (!Array.isArray(body.records) || body.records.length > 500)
      return c.json({ error: "records: an array of at most 500" }, 400);
    const answer = holdings.apply(key, body.records, new Date());
    // Applied, but the answer never reaches the sender: it must retry with the same key.
    if (fault === "lost-answer") return c.json({ error: "bad gateway" }, 502);
    return c.json(answer);
  });
  app.get("/procedures", async (c) => {
    if (faults.slowMs) await sleep(faults.slowMs);
    const province = c.req.query("province");
    if (!province) return c.json({ error: "province is required" }, 400);
    const fault = pickFault(faults, faultCounts, calls++);
    if (fault === "error" || fault === "lost-answer")
      return c.json({ error: "Lỗi máy chủ / server error" }, 503);
    if (fault === "rate-limit") {
      c.header("retry-after", String(faults.retryAfterS));
      return c.json({ error: "Quá nhiều yêu cầu / too many requests" }, 429);
    }
    if (fault === "timeout") {
      await sleep(faults.hangMs);
      return c.json({ error: "gateway timeout" }, 504);
    }
    const lines = catalogue.forProvince(province);
    c.header("content-type", "application/x-ndjson; charset=utf-8");
    return c.body(lines.length ? `${lines.join("\n")}\n` : "");
  });
  app.get("/status", (c) => c.json(status()));
  app.get("/dossiers/:code", (c) => {
    const d = holdings.dossiers.get(c.req.param("code"));
    return d ? c.json({ code: c.req.param("code"), ...d }) : c.json({ error: "not held" }, 404);
  });
  // Controls for the demo and the tests: change the faults, refuse a procedure, submit now.
  app.post("/control", async (c) => {
    const b = (await c.req.json().catch(() => ({}))) as {
      faults?: Partial<FaultSettings>;
      unknownProcedures?: string[];
      procedures?: unknown[];
      submit?: number;
      motcuaUrl?: string;
    };
    if (b.motcuaUrl) submitter.settings.motcuaUrl = b.motcuaUrl;
    if (b.faults) Object.assign(faults, b.faults);
    if (Array.isArray(b.procedures)) catalogue.publish(b.procedures);
    if (b.unknownProcedures) {
      holdings.unknownProcedures.clear();
      for (const p of b.unknownProcedures) holdings.unknownProcedures.add(p);
    }
    const submitted = b.submit ? await submitter.submit(b.submit).catch(() => 0) : 0;
    return c.json({ ...status(), submittedNow: submitted });
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: o.port ?? 0, hostname: o.host ?? "127.0.0.1" }, () =>
      resolve(s),
    );
  });
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : (o.port ?? 0);
  let timer: NodeJS.Timeout | null = null;
  if (o.submitRate && o.submitRate > 0) {
    let busy = false;
    timer = setInterval(
      async () => {
        if (busy) return;
        busy = true;
        await submitter.submit(1).catch((e) => {
          submitter.counters.lastError = (e as Error).message;
        });
        busy = false;
      },
      Math.max(50, 1000 / o.submitRate),
    );
  }
  return {
    url: `http://${o.host ?? "127.0.0.1"}:${port}`,
    port,
    holdings,
    submitter,
    faults,
    catalogue,
    status,
    async close() {
      if (timer) clearInterval(timer);
      const closing = new Promise<void>((r) => server.close(() => r()));
      // Calls left hanging on purpose ("timeout") must not keep the process alive.
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      await closing;
    },
  };
}
