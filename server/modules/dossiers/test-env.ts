// Test harness for the dossiers module: the app's test environment plus these routes, an
// in-memory catalogue and form store, mounted the way server/app.ts mounts modules.
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
  type TestEnv,
  testEnv,
} from "../../test-support.ts";
import { type AgencySigner, createFileStore, createSigningIdentity } from "../documents/index.ts";
import type { Role } from "../identity/index.ts";
import { calendarsFrom } from "./calendar-port.ts";
import type { DossierDeps, FormService, ProcedureInfo } from "./ports.ts";
import { dossierRoutes } from "./routes.ts";

export interface DossierTestEnv extends TestEnv {
  deps: DossierDeps;
  api: Hono<Env>;
  procedures: Map<string, ProcedureInfo>;
  formStore: Map<string, Uint8Array>;
}

export async function dossierTestEnv(now?: string): Promise<DossierTestEnv> {
  const env = await testEnv(now);
  const procedures = new Map<string, ProcedureInfo>();
  const formStore = new Map<string, Uint8Array>();
  const identities = new Map<string, AgencySigner>();
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
  const deps: DossierDeps = {
    db: env.db,
    clock: env.clock,
    log: createLogger("silent"),
    config: loadConfig({}),
    agencies: env.agencies,
    commands: env.modules.base.commands,
    procedures: async (_sql, code) => procedures.get(code) ?? null,
    calendarFor: calendarsFrom(env.calendars),
    projectors: [],
    forms,
    publicUrl: () => "https://dichvucong.example.vn/",
    files: createFileStore(mkdtempSync(join(tmpdir(), "motcua-dossiers-"))),
    // A self-signed identity per agency, as the accountability module's demo signer makes.
    signerFor: async (_sql, agency, name) => {
      const found = identities.get(agency);
      if (found) return found;
      const id = createSigningIdentity(
        { commonName: name, organisation: name, days: 30 },
        env.clock,
      );
      const made = { p12: id.p12, passphrase: "", demo: true };
      identities.set(agency, made);
      return made;
    },
    // No population register in these tests: every look-up token is unknown.
    populationLookup: async () => false,
  };
  const api = routesBeside(env, deps, (r) => dossierRoutes(r, deps), { ownClientAddress: true });
  return { ...env, deps, api, procedures, formStore };
}

/** A commune-level procedure with a four-step internal process (3 working days). */
export function birthRegistration(
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
    fees: [{ name: "Lệ phí", amount: 0 }],
    resultIsDocument: true,
    fullOnlineEligible: true,
    components: [
      { name: "Tờ khai đăng ký khai sinh", required: true },
      { name: "Giấy chứng sinh", required: true },
      { name: "Văn bản ủy quyền", required: false },
    ],
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
export const BOTH = [
  { name: "Tờ khai đăng ký khai sinh", digitized: 1, files: [FILE] },
  { name: "Giấy chứng sinh", digitized: 1, files: ["b".repeat(64)] },
];

/** A province, a procedure of its two communes, and signed-in officers of commune A. */
export async function scenario(t: DossierTestEnv) {
  const codes = await makeProvince(t.db);
  const proc = birthRegistration([codes.communeA, codes.communeB]);
  t.procedures.set(proc.code, proc);
  const as = async (role: Role, agency = codes.communeA) => {
    const u = await makeUser(t.db, [{ role, agencyCode: agency }]);
    return { user: u, ...(await signIn(t.api as never, u.username)) };
  };
  const [reception, handler, leader] = [
    await as("reception"),
    await as("handler"),
    await as("leader"),
  ];
  return { codes, proc, as, reception, handler, leader };
}

type Session = Awaited<ReturnType<typeof signIn>>;

/** POST an action with the dossier's version; returns status and JSON. */
export async function act(s: Session, code: string, action: string, body: Record<string, unknown>) {
  const res = await s.call(`/api/dossiers/${code}/actions/${action}?lang=en`, {
    method: "POST",
    body,
  });
  // biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field.
  return { status: res.status, body: (await res.json()) as any };
}

/** Counter intake, received at once; returns the dossier summary. */
export async function intake(
  s: Session,
  receivingUnit: string,
  procedure: string,
  extra: Record<string, unknown> = {},
) {
  const res = await s.call("/api/dossiers?lang=en", {
    method: "POST",
    body: {
      procedure,
      receivingUnit,
      channel: 1,
      applicant: { name: "Trần Thị Bình", idNumber: "079123456789", phone: "0901234567" },
      components: BOTH,
      decision: { action: "receive" },
      ...extra,
    },
  });
  // biome-ignore lint/suspicious/noExplicitAny: test responses are checked field by field.
  return { status: res.status, body: (await res.json()) as any };
}
