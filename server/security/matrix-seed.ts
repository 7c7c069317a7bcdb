// The setting of the access matrix: two communes, one officer per role in each, and commune B's
// dossiers (one per state), complaint and personal data, planted with markers that must never
// reach a user without scope over commune B.
import { randomBytes, randomUUID } from "node:crypto";
import type { Hono } from "hono";
import type { Role } from "../modules/identity/index.ts";
import { ROLES } from "../modules/identity/index.ts";
import type { Db } from "../platform/db.ts";
import type { Env } from "../platform/http.ts";
import { makeProvince, makeUser, TEST_PASSWORD } from "../test-support.ts";

export const MARKERS = {
  name: "Trần Thị Bí Mật",
  idNumber: "079199912345",
  phone: "0909111222",
  complaint: "Phản ánh riêng của xã Mỹ Phước số 7731",
};

const STATES = [
  "submitted",
  "completion-requested",
  "handling",
  "approval",
  "approved",
  "supplement-requested",
  "payment-requested",
  "handled",
] as const;
const STATUS: Record<(typeof STATES)[number], number> = {
  submitted: 1,
  "completion-requested": 1,
  handling: 4,
  approval: 4,
  approved: 4,
  "supplement-requested": 5,
  "payment-requested": 6,
  handled: 9,
};

export type Client = {
  role: Role;
  /** `raw` sends a body as given (not JSON-encoded). */
  call: (
    path: string,
    init?: { method?: string; body?: unknown; raw?: string },
  ) => Promise<Response>;
};

let address = 0;
/** A signed-in client from its own address (sign-in limits count per address). */
export async function clientOf(app: Hono<Env>, username: string, role: Role): Promise<Client> {
  const ip = `10.77.${Math.floor(++address / 250) % 250}.${address % 250}`;
  const res = await app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip },
    body: JSON.stringify({ username, password: TEST_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0];
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    role,
    call: async (path, init = {}) =>
      app.request(path, {
        method: init.method ?? "GET",
        headers: {
          cookie,
          "x-csrf-token": csrfToken,
          "x-forwarded-for": ip,
          ...(init.body !== undefined || init.raw !== undefined
            ? { "content-type": "application/json" }
            : {}),
        },
        body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
      }),
  };
}

export async function seedMatrix(db: Db, app: Hono<Env>) {
  const codes = await makeProvince(db);
  const usersIn = async (agency: string) => {
    const out = {} as Record<Role, Client>;
    for (const role of ROLES) {
      const u = await makeUser(db, [{ role, agencyCode: agency }]);
      out[role] = await clientOf(app, u.username, role);
    }
    return out;
  };
  const a = await usersIn(codes.communeA);
  const b = await usersIn(codes.communeB);
  const dossiers = {} as Record<(typeof STATES)[number], string>;
  const at = new Date("2026-03-02T02:00:00Z");
  for (const [i, state] of STATES.entries()) {
    // Numbers from 9000: distinct from each other and from those the register issues (from 1).
    const code = `${codes.communeB}-260302-${9000 + i}`;
    await db.query(
      `INSERT INTO dossiers (id, code, procedure_code, agency_code, receiving_unit, channel, applicant, status, state, submitted_at, received_at, secret, updated_at)
       VALUES ($1,$2,'1.000001',$3,$3,1,$4,$5,$6,$7,$7,$8,$7)`,
      [
        randomUUID(),
        code,
        codes.communeB,
        JSON.stringify({ name: MARKERS.name, idNumber: MARKERS.idNumber, phone: MARKERS.phone }),
        STATUS[state],
        state,
        at,
        randomBytes(4).toString("hex").toUpperCase(),
      ],
    );
    dossiers[state] = code;
  }
  const res = await app.request("/api/complaints", {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": "10.78.0.1" },
    body: JSON.stringify({
      content: MARKERS.complaint,
      class: "behaviour",
      complainant: { name: MARKERS.name, phone: MARKERS.phone },
      agencyCode: codes.communeB,
    }),
  });
  if (res.status !== 200) throw new Error(`complaint: ${res.status} ${await res.text()}`);
  const complaint = ((await res.json()) as { code: string }).code;
  return { codes, a, b, dossiers, complaint };
}

/** Everything about commune B's records that a request could change. */
export async function snapshotOf(db: Db, agency: string): Promise<string> {
  const d = await db.query(
    `SELECT d.code, d.state, d.status, d.version, d.event_seq, d.agency_code, d.receiving_unit,
            (SELECT count(*) FROM dossier_events e WHERE e.dossier_id = d.id) AS events,
            (SELECT count(*) FROM dossier_steps s WHERE s.dossier_id = d.id) AS steps
       FROM dossiers d WHERE d.agency_code = $1 AND d.procedure_code = '1.000001' ORDER BY d.code`,
    [agency],
  );
  const c = await db.query(
    "SELECT to_jsonb(c) - 'updated_at' AS row FROM complaints c WHERE agency_code = $1 ORDER BY code",
    [agency],
  );
  const u = await db.query(
    "SELECT u.username, u.active, r.role, r.agency_code FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.agency_code = $1 ORDER BY 1, 3",
    [agency],
  );
  return JSON.stringify([d.rows, c.rows, u.rows]);
}
