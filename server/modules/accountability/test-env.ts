// Test harness: the app's test environment plus the dossiers routes with this module's projector
// and this module's routes, mounted the way server/app.ts mounts modules (ours first, so the
// richer public look-up answers). Used only by this module's tests.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { loadConfig } from "../../platform/config.ts";
import type { Env } from "../../platform/http.ts";
import { createLogger } from "../../platform/logger.ts";
import {
  makeProvince,
  makeUser,
  routesBeside,
  signIn,
  TEST_PASSWORD,
  type TestEnv,
  testEnv,
} from "../../test-support.ts";
import { createFileStore } from "../documents/index.ts";
import {
  builtinCalendarFor,
  type DossierDeps,
  dossierRoutes,
  extendAppointment,
  type FormService,
  type ProcedureInfo,
} from "../dossiers/index.ts";
import type { Role } from "../identity/index.ts";
import type { AccountabilityDeps, AccountabilityOptions } from "./deps.ts";
import { accountabilityProjector } from "./projector.ts";
import { accountabilityRoutes } from "./routes.ts";
import { demoSignerFor } from "./signing.ts";

export interface AccTestEnv extends TestEnv {
  deps: AccountabilityDeps;
  dossierDeps: DossierDeps;
  api: Hono<Env>;
  procedures: Map<string, ProcedureInfo>;
}

export async function accTestEnv(
  now: string,
  options: Partial<AccountabilityOptions> = {},
): Promise<AccTestEnv> {
  const env = await testEnv(now);
  const procedures = new Map<string, ProcedureInfo>();
  const formStore = new Map<string, Uint8Array>();
  const forms: FormService = {
    async render(_tx, no, data) {
      const bytes = new TextEncoder().encode(`%PDF-fake ${no} ${JSON.stringify(data)}`);
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      formStore.set(sha256, bytes);
      return { sha256 };
    },
    renderPdf: async (no, data) =>
      new TextEncoder().encode(`%PDF-fake ${no} ${JSON.stringify(data)}`),
    read: async (sha) => formStore.get(sha) ?? null,
  };
  const base = {
    db: env.db,
    clock: env.clock,
    log: createLogger("silent"),
    config: loadConfig({}),
    agencies: env.agencies,
    commands: env.modules.base.commands,
  };
  const lookup = async (_sql: unknown, code: string) => procedures.get(code) ?? null;
  const files = createFileStore(mkdtempSync(join(tmpdir(), "motcua-acc-")));
  // The tests run in demo mode: the demo's self-signed identities sign.
  const signerFor = demoSignerFor(env.clock);
  const deps: AccountabilityDeps = {
    ...base,
    files,
    procedures: lookup,
    accountability: options,
    signerFor,
    // Plugged as server/compose.ts plugs it: the new date is recorded on the dossier.
    extendAppointment: (tx, actor, at, code, ext) =>
      extendAppointment(tx, actor, at, dossierDeps, code, ext).then(() => undefined),
  };
  const dossierDeps: DossierDeps = {
    ...base,
    procedures: lookup,
    projectors: [accountabilityProjector(deps)],
    forms,
    // The built-in calendar (official days off, default office hours), as these tests count on.
    calendarFor: builtinCalendarFor,
    files,
    signerFor,
    populationLookup: async () => false,
  };
  const api = routesBeside(env, deps, (r) => {
    accountabilityRoutes(r, deps);
    dossierRoutes(r, dossierDeps);
  });
  return { ...env, deps, dossierDeps, api, procedures };
}

/** A commune procedure: 3 working days; steps reception 2 h, review 14 h, approval 4 h, return 4 h. */
export function birthRegistration(agencies: string[]): ProcedureInfo {
  return {
    code: `1.${String(randomBytes(3).readUIntBE(0, 3) % 1_000_000).padStart(6, "0")}`,
    version: 1,
    name: "Đăng ký khai sinh",
    agencies,
    level: "commune",
    duration: { value: 3, unit: "working-days" },
    fees: [],
    resultIsDocument: true,
    fullOnlineEligible: true,
    components: [{ name: "Tờ khai đăng ký khai sinh", required: true }],
    steps: [
      { name: "Tiếp nhận", role: "reception", hours: 2 },
      { name: "Thẩm định", role: "handler", hours: 14 },
      { name: "Phê duyệt", role: "leader", hours: 4 },
      { name: "Trả kết quả", role: "reception", hours: 4 },
    ],
  };
}

/** A province, a procedure of commune A, and signed-in officers of commune A. */
export async function scenario(t: AccTestEnv) {
  const codes = await makeProvince(t.db);
  const proc = birthRegistration([codes.communeA]);
  t.procedures.set(proc.code, proc);
  const as = async (role: Role, agency = codes.communeA, name?: string) => {
    const u = await makeUser(t.db, [{ role, agencyCode: agency }], name);
    return { user: u, ...(await signInAs(t, u.username)) };
  };
  const [reception, handler, leader, head] = [
    await as("reception"),
    await as("handler"),
    await as("leader"),
    await as("head", codes.communeA, "Lê Thị Thủ Trưởng"),
  ];
  return { codes, proc, as, reception, handler, leader, head };
}

type Session = Awaited<ReturnType<typeof signIn>>;

/**
 * Signs in from an address of its own, so a file's many sign-ins stay under the login limit
 * (identity: 10 a minute per address).
 */
export async function signInAs(t: AccTestEnv, username: string): Promise<Session> {
  const ip = `192.0.2.${randomBytes(1)[0]}`;
  const app = {
    request: (path: string, init: RequestInit = {}) =>
      t.api.request(path, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), "x-forwarded-for": ip },
      }),
  };
  return signIn(app as never, username, TEST_PASSWORD);
}

// biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field.
export async function json(res: Response): Promise<{ status: number; body: any }> {
  return { status: res.status, body: await res.json() };
}

/** Counter intake at commune A, received at once: returns the dossier code and its secret. */
export async function intake(
  s: Session,
  unit: string,
  procedure: string,
): Promise<{ code: string; secret: string; version: number }> {
  const r = await json(
    await s.call("/api/dossiers?lang=en", {
      method: "POST",
      body: {
        procedure,
        receivingUnit: unit,
        channel: 1,
        applicant: { name: "Trần Thị Bình", phone: "0901234567" },
        components: [{ name: "Tờ khai đăng ký khai sinh", digitized: 1, files: ["a".repeat(64)] }],
        decision: { action: "receive" },
      },
    }),
  );
  if (r.status !== 200) throw new Error(`intake failed: ${JSON.stringify(r.body)}`);
  return { code: r.body.dossier.code, secret: r.body.secret, version: r.body.dossier.version };
}
