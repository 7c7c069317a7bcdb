// FOR TESTS ONLY: the app the way server/app.ts will compose it — dossier routes with this
// module's projector, and the index routes — over an in-memory catalogue.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import type { ProcedureRecord } from "../../../shared/sync-record.ts";
import { loadConfig } from "../../platform/config.ts";
import type { Env } from "../../platform/http.ts";
import { createLogger } from "../../platform/logger.ts";
import {
  makeProvince,
  makeUser,
  routesBeside,
  type signIn,
  TEST_PASSWORD,
  type TestEnv,
  testEnv,
} from "../../test-support.ts";
import { loadCalendar } from "../calendar/index.ts";
import { createFileStore, noSigner } from "../documents/index.ts";
import {
  type DossierDeps,
  dossierRoutes,
  type ProcedureInfo,
  workCalendar,
} from "../dossiers/index.ts";
import { login, type Role } from "../identity/index.ts";
import { JudgeCache } from "./calendar-judge.ts";
import { ChangeFeed } from "./live.ts";
import type { ProcedureSource } from "./procedures.ts";
import { projector } from "./projector.ts";
import { qualityIndexRoutes } from "./routes.ts";

export interface IndexTestApp extends TestEnv {
  api: Hono<Env>;
  deps: DossierDeps;
  procedures: Map<string, ProcedureInfo>;
  source: ProcedureSource;
  judges: JudgeCache;
  feed: ChangeFeed;
}

export function asRecord(p: ProcedureInfo): ProcedureRecord {
  return {
    code: p.code,
    name: p.name,
    field: "Hộ tịch",
    agencies: p.agencies,
    level: "commune",
    duration: p.duration,
    onlineLevel: "full",
    fullOnlineEligible: p.fullOnlineEligible,
    fees: p.fees,
    resultIsDocument: p.resultIsDocument,
    applicantTypes: ["citizen"],
    components: p.components,
    steps: p.steps.map((s) => ({ name: s.name, role: s.role, hours: s.hours })),
    announcedAt: null,
    legalBasisEffectiveAt: null,
    publishedAt: null,
  };
}

export async function indexTestApp(now: string): Promise<IndexTestApp> {
  const env = await testEnv(now);
  const procedures = new Map<string, ProcedureInfo>();
  const source: ProcedureSource = async (_sql, code) => {
    const p = procedures.get(code);
    return p ? asRecord(p) : undefined;
  };
  const judges = new JudgeCache(0);
  const feed = new ChangeFeed(env.db, 100);
  const log = createLogger("silent");
  const deps: DossierDeps = {
    db: env.db,
    clock: env.clock,
    log,
    config: loadConfig({}),
    agencies: env.agencies,
    commands: env.modules.base.commands,
    procedures: async (_sql, code) => procedures.get(code) ?? null,
    // Through the transaction's handle: PGlite would wait forever for a query on the pool.
    calendarFor: async (sql, agency) => workCalendar(await loadCalendar(sql, { agency })),
    projectors: [projector({ judges, procedures: source })],
    // These tests sign nothing and look nothing up in the population register.
    files: createFileStore(mkdtempSync(join(tmpdir(), "motcua-index-"))),
    signerFor: noSigner,
    populationLookup: async () => false,
  };
  const api = routesBeside(env, deps, (r) => {
    dossierRoutes(r, deps);
    qualityIndexRoutes(r, { ...deps, judges, procedures: source, feed });
  });
  return { ...env, api, deps, procedures, source, judges, feed };
}

/** A commune procedure of 3 working days with a four-step process. */
export function procedureInfo(
  agencies: string[],
  over: Partial<ProcedureInfo> = {},
): ProcedureInfo {
  return {
    code: `1.${String(randomBytes(3).readUIntBE(0, 3) % 1_000_000).padStart(6, "0")}`,
    version: 1,
    name: "Đăng ký khai sinh",
    agencies,
    level: "commune",
    duration: { value: 3, unit: "working-days" },
    fees: [{ name: "Lệ phí", amount: 8000 }],
    resultIsDocument: true,
    fullOnlineEligible: true,
    components: [{ name: "Tờ khai", required: true }],
    steps: [
      { name: "Tiếp nhận", role: "reception", hours: 2 },
      { name: "Thẩm định", role: "handler", hours: 14 },
      { name: "Phê duyệt", role: "leader", hours: 4 },
      { name: "Trả kết quả", role: "reception", hours: 4 },
    ],
    ...over,
  };
}

export const FILE = "a".repeat(64);
type Session = Awaited<ReturnType<typeof signIn>>;

/** A signed-in client (a session made directly: the sign-in route limits attempts per minute). */
export async function sessionFor(t: IndexTestApp, username: string): Promise<Session> {
  const r = await t.db.transaction((tx) =>
    login(tx, t.clock, { username, password: TEST_PASSWORD }),
  );
  const cookie = `motcua_session=${r.token}`;
  const call = (path: string, init: { method?: string; body?: unknown } = {}) =>
    t.api.request(path, {
      method: init.method ?? "GET",
      headers: {
        cookie,
        "x-csrf-token": r.csrf,
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  return { call, cookie, csrfToken: r.csrf };
}

/** A province, a procedure of both communes, and officers of commune A. */
export async function province(t: IndexTestApp) {
  const codes = await makeProvince(t.db);
  const proc = procedureInfo([codes.communeA, codes.communeB]);
  t.procedures.set(proc.code, proc);
  const as = async (role: Role, agency = codes.communeA) => {
    const u = await makeUser(t.db, [{ role, agencyCode: agency }]);
    return sessionFor(t, u.username);
  };
  return {
    codes,
    proc,
    as,
    reception: await as("reception"),
    handler: await as("handler"),
    leader: await as("leader"),
  };
}

// biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field.
export async function act(s: Session, code: string, action: string, body: object): Promise<any> {
  const res = await s.call(`/api/dossiers/${code}/actions/${action}?lang=en`, {
    method: "POST",
    body,
  });
  const json = await res.json();
  if (res.status !== 200) throw new Error(`${action} ${res.status} ${JSON.stringify(json)}`);
  return json;
}

export async function intake(
  s: Session,
  unit: string,
  procedure: string,
  extra = {},
  // biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field.
): Promise<any> {
  const res = await s.call("/api/dossiers?lang=en", {
    method: "POST",
    body: {
      procedure,
      receivingUnit: unit,
      channel: 1,
      applicant: { name: "Trần Thị Bình", idNumber: "079123456789" },
      components: [{ name: "Tờ khai", digitized: 1, files: [FILE] }],
      decision: { action: "receive" },
      ...extra,
    },
  });
  const json = await res.json();
  if (res.status !== 200) throw new Error(`intake ${res.status} ${JSON.stringify(json)}`);
  return json;
}
