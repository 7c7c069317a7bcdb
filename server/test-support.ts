// Test helpers at the composition root: a migrated database, the whole app, factories that create
// a fresh agency tree per test (no truncation), and a signed-in client.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { buildApp, problemResponse } from "./app.ts";
import type { Modules } from "./compose.ts";
import type { CalendarCache } from "./modules/calendar/index.ts";
import {
  type AgencyDirectory,
  authenticate,
  type IdentityDeps,
  insertAgency,
  insertUser,
  type Role,
} from "./modules/identity/index.ts";
import { type Clock, fixedClock } from "./platform/clock.ts";
import { loadConfig } from "./platform/config.ts";
import type { Db } from "./platform/db.ts";
import { Api, type Env } from "./platform/http.ts";
import { createLogger } from "./platform/logger.ts";
import { testDb } from "./platform/testing.ts";
import { buildSystem, type SigningMode } from "./system.ts";

export const TEST_PASSWORD = "mat-khau-thu-nghiem-1";

export interface TestEnv {
  db: Db;
  clock: ReturnType<typeof fixedClock>;
  app: ReturnType<typeof buildApp>;
  agencies: AgencyDirectory;
  calendars: CalendarCache;
  modules: Modules;
  signing: SigningMode;
  close(): Promise<void>;
}

export interface TestEnvOptions {
  /** The environment the configuration is read from (default: none set). */
  env?: Record<string, string>;
  /** Demo mode, the tests' default: the demo's self-signed identities sign. */
  demo?: boolean;
}

/** The whole system as the server builds it (server/system.ts), on a fresh test database. */
export async function testEnv(
  now = "2026-03-02T02:00:00Z",
  opts: TestEnvOptions = {},
): Promise<TestEnv> {
  const db = await testDb();
  const clock = fixedClock(now);
  const config = loadConfig(opts.env ?? {});
  // Stored files (forms, signed letters) go to a fresh folder per test file.
  const filesDir = mkdtempSync(join(tmpdir(), "motcua-files-"));
  const { base, modules, signing } = buildSystem({
    config,
    db,
    clock: clock as Clock,
    log: createLogger("silent"),
    demo: opts.demo ?? true,
    options: { filesDir },
    cacheMs: 0,
  });
  const app = buildApp({ ...base, modules });
  const { agencies, calendars } = base;
  return { db, clock, app, agencies, calendars, modules, signing, close: () => db.close() };
}

/** A small tree: a province with two departments, two communes and a centre. */
export async function makeProvince(db: Db) {
  const p = `${String.fromCharCode(65 + (randomBytes(1)[0] % 26))}${String(randomBytes(1)[0] % 100).padStart(2, "0")}.${(randomBytes(2).readUInt16BE() % 9000) + 1000}`;
  const codes = {
    province: p,
    deptA: `${p}.1`,
    deptB: `${p}.2`,
    communeA: `${p}.3`,
    communeB: `${p}.4`,
    center: `${p}.5`,
  };
  await db.transaction(async (tx) => {
    await insertAgency(tx, {
      code: p,
      name: `Tỉnh thử nghiệm ${p}`,
      parentCode: null,
      level: "province",
    });
    await insertAgency(tx, {
      code: codes.deptA,
      name: "Sở Tư pháp",
      parentCode: p,
      level: "department",
    });
    await insertAgency(tx, {
      code: codes.deptB,
      name: "Sở Xây dựng",
      parentCode: p,
      level: "department",
    });
    await insertAgency(tx, {
      code: codes.communeA,
      name: "UBND xã Tân Phước",
      parentCode: p,
      level: "commune",
    });
    await insertAgency(tx, {
      code: codes.communeB,
      name: "UBND xã Mỹ Phước",
      parentCode: p,
      level: "commune",
    });
    await insertAgency(tx, {
      code: codes.center,
      name: "Trung tâm Phục vụ hành chính công",
      parentCode: p,
      level: "center",
    });
  });
  return codes;
}

export async function makeUser(
  db: Db,
  grants: { role: Role; agencyCode: string }[],
  name = "Nguyễn Văn An",
) {
  const username = `u${randomBytes(5).toString("hex")}`;
  return db.transaction((tx) =>
    insertUser(tx, { username, fullName: name, password: TEST_PASSWORD, grants }),
  );
}

/** A client signed in as the user: sends the session cookie and the CSRF token. */
export async function signIn(app: TestEnv["app"], username: string, password = TEST_PASSWORD) {
  const res = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const call = (
    path: string,
    init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
  ) =>
    app.request(path, {
      method: init.method ?? "GET",
      headers: {
        cookie,
        "x-csrf-token": csrfToken,
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
        ...init.headers,
      },
      body:
        init.body === undefined
          ? undefined
          : typeof init.body === "string"
            ? init.body
            : JSON.stringify(init.body),
    });
  return { call, cookie, csrfToken };
}

/**
 * A module's routes built with test doubles in its deps, answered in front of the full app (which
 * serves every other route, sign-in included), with the app's authentication and error rendering.
 * `ownClientAddress` gives each request without one its own address, so many sign-ins stay under
 * the login rate limit.
 */
export function routesBeside(
  env: TestEnv,
  deps: IdentityDeps,
  register: (api: Api) => void,
  opts: { ownClientAddress?: boolean } = {},
): Hono<Env> {
  const routes = new Api();
  register(routes);
  const front = new Hono<Env>();
  front.use("/api/*", authenticate(deps));
  front.onError((err, c) => problemResponse(err, c, deps.log));
  front.route("/", routes.app);
  front.all("*", (c) => {
    if (!opts.ownClientAddress || c.req.header("x-forwarded-for")) return env.app.fetch(c.req.raw);
    const headers = new Headers(c.req.raw.headers);
    headers.set("x-forwarded-for", `10.${randomBytes(3).join(".")}`);
    return env.app.fetch(new Request(c.req.raw, { headers }));
  });
  return front;
}

/** The request init of a public look-up: the secret in a JSON body, never in the URL. */
export const lookupInit = (secret: string, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify({ secret }),
});
