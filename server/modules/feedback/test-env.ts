// Test harness for the feedback module: the app's test environment plus these routes, mounted the
// way server/app.ts mounts modules, and a way to put a dossier in a given status.
import { randomBytes, randomUUID } from "node:crypto";
import type { Hono } from "hono";
import { loadConfig } from "../../platform/config.ts";
import type { Sql } from "../../platform/db.ts";
import type { Env } from "../../platform/http.ts";
import { createLogger } from "../../platform/logger.ts";
import { routesBeside, TEST_PASSWORD, type TestEnv, testEnv } from "../../test-support.ts";
import type { FeedbackDeps } from "./deps.ts";
import { feedbackRoutes } from "./routes.ts";

export interface FeedbackTestEnv extends TestEnv {
  api: Hono<Env>;
  deps: FeedbackDeps;
}

export async function feedbackTestEnv(
  now?: string,
  over: Partial<FeedbackDeps> = {},
): Promise<FeedbackTestEnv> {
  const env = await testEnv(now);
  const deps: FeedbackDeps = {
    db: env.db,
    clock: env.clock,
    log: createLogger("silent"),
    config: loadConfig({}),
    agencies: env.agencies,
    commands: env.modules.feedback.commands,
    ...over,
  };
  const api = routesBeside(env, deps, (r) => feedbackRoutes(r, deps));
  return { ...env, api, deps };
}

export interface TestDossier {
  agencyCode: string;
  receivingUnit: string;
  status: number;
  channel?: 1 | 2 | 3;
  submittedBy?: { id: string; username: string };
  receivedBy?: { id: string; username: string };
  handler?: { id: string; name: string };
}

/** A dossier row as the dossiers module stores it (events and one hand-over included). */
export async function putDossier(
  sql: Sql,
  t: TestDossier,
  at: Date,
): Promise<{ code: string; secret: string }> {
  const id = randomUUID();
  const code = `${t.receivingUnit}-260302-${String(randomBytes(2).readUInt16BE() % 10000).padStart(4, "0")}`;
  const secret = randomBytes(4).toString("hex").toUpperCase();
  const state = t.status === 10 ? "returned" : "handling";
  await sql.query(
    `INSERT INTO dossiers (id, code, procedure_code, agency_code, receiving_unit, channel, status, state, submitted_at, received_at, secret, updated_at)
     VALUES ($1,$2,'1.000001',$3,$4,$5,$6,$7,$8,$8,$9,$8)`,
    [id, code, t.agencyCode, t.receivingUnit, t.channel ?? 1, t.status, state, at, secret],
  );
  const events: [string, { id: string; username: string } | undefined][] = [
    ["submitted", t.submittedBy],
    ["received", t.receivedBy],
  ];
  for (const [i, [type, who]] of events.entries())
    await sql.query(
      "INSERT INTO dossier_events (dossier_id, seq, type, at, actor_id, actor_name) VALUES ($1,$2,$3,$4,$5,$6)",
      [id, i + 1, type, at, who?.id ?? null, who?.username ?? "system"],
    );
  if (t.handler)
    await sql.query(
      `INSERT INTO dossier_steps (dossier_id, seq, step_index, name, role, quota_hours, assignee_id, assignee_name, received_at, due_at, done_at, result)
       VALUES ($1, 1, 1, 'Thẩm định', 'handler', 8, $2, $3, $4, $4, $4, 'on-time')`,
      [id, t.handler.id, t.handler.name, at],
    );
  return { code, secret };
}

let clientNo = 0;

/**
 * A client signed in at the clock's current time (sessions expire when the test clock jumps
 * days ahead), each from its own client address so that sign-in limits do not interfere.
 */
export async function signInAt(app: Hono<Env>, username: string) {
  clientNo++;
  const ip = `10.200.${Math.floor(clientNo / 250) % 250}.${clientNo % 250}`;
  const res = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    call: (path: string, init: { method?: string; body?: unknown } = {}) =>
      app.request(path, {
        method: init.method ?? "GET",
        headers: {
          cookie,
          "x-csrf-token": csrfToken,
          "x-forwarded-for": ip,
          ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      }),
  };
}
