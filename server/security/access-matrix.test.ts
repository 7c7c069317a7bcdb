// The access matrix: every role × every endpoint of the OpenAPI document (so a new endpoint is
// walked without editing this file) × commune B's records, asked by commune A's officers. A user
// without scope over commune B gets 4xx (403/404 where the record is named in the path), never
// 2xx with B's data, and nothing of B changes. Then every dossier action × role, both ways.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOSSIER_ACTIONS, RULES } from "../modules/dossiers/index.ts";
import { POLICY, ROLES, type Role } from "../modules/identity/index.ts";
import { type TestEnv, testEnv } from "../test-support.ts";
import { type Client, MARKERS, seedMatrix, snapshotOf } from "./matrix-seed.ts";
import { sampleOf } from "./sample-body.ts";

/**
 * Roles the province grants province-wide sight (procedure control, home affairs, inspection,
 * administration). Written out here, not read from the policy under test: every other role is
 * limited to its own agency and must see and change nothing of commune B.
 */
const PROVINCIAL: readonly Role[] = ["control_officer", "home_affairs", "inspector", "admin"];
const LOCAL_ROLES = ROLES.filter((r) => !PROVINCIAL.includes(r));
/** Ends the caller's own session, which is not a record of commune B. */
const SKIPPED = new Set(["POST /api/auth/logout"]);

type Op = {
  summary: string;
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema?: { enum?: unknown[] } }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
};

let env: TestEnv;
let s: Awaited<ReturnType<typeof seedMatrix>>;
let before: string;

beforeAll(async () => {
  env = await testEnv();
  s = await seedMatrix(env.db, env.app);
  before = await snapshotOf(env.db, s.codes.communeB);
}, 120_000);
afterAll(() => env.close());

/** The path with its parameters naming commune B's records, one path per value to try. */
function pathsFor(path: string): string[] {
  let out = [path];
  const sub = (name: string, values: string[]) => {
    out = out.flatMap((p) =>
      p.includes(`{${name}}`)
        ? values.map((v) => p.replace(`{${name}}`, encodeURIComponent(v)))
        : [p],
    );
  };
  if (path.includes("/complaints/")) sub("code", [s.complaint]);
  else if (path.includes("/agencies/")) sub("code", [s.codes.communeB]);
  else if (path.includes("/procedures/")) sub("code", ["1.000001"]);
  else sub("code", [s.dossiers.handling, s.dossiers.submitted, s.dossiers.handled]);
  sub("action", [...DOSSIER_ACTIONS]);
  sub("no", ["01", "06"]);
  sub("id", ["00000000-0000-4000-8000-000000000001"]);
  sub("year", ["2026"]);
  sub("agency", [s.codes.communeB]);
  sub("sha256", ["0".repeat(64)]);
  return out.map((p) => p.replace(/\{[^}]+\}/g, "x"));
}

/** Query members naming a unit or a record point at commune B. */
function queryFor(op: Op): string {
  const q = new URLSearchParams();
  for (const p of op.parameters ?? []) {
    if (p.in !== "query") continue;
    if (/^(unit|agency|agencyCode|receivingUnit)$/.test(p.name)) q.set(p.name, s.codes.communeB);
    if (/^(code|dossierCode)$/.test(p.name)) q.set(p.name, s.dossiers.handling);
    // A required choice (e.g. the action a pick-list is for) gets its first value, so the request
    // reaches the authorisation it is meant to test.
    if (p.required && !q.has(p.name) && p.schema?.enum?.length)
      q.set(p.name, String(p.schema.enum[0]));
  }
  const text = q.toString();
  return text ? `?${text}` : "";
}

const leaked = (text: string) =>
  [
    MARKERS.name,
    MARKERS.idNumber,
    MARKERS.phone,
    MARKERS.complaint,
    ...Object.values(s.dossiers),
    s.complaint,
  ].filter((m) => text.includes(m));

async function ask(c: Client, method: string, path: string, op: Op) {
  const schema = op.requestBody?.content["application/json"]?.schema;
  const body =
    method === "GET" || method === "DELETE"
      ? undefined
      : (sampleOf(schema as never, {
          agency: s.codes.communeB,
          agencyCode: s.codes.communeB,
          receivingUnit: s.codes.communeB,
          dossierCode: s.dossiers.handling,
          version: 1,
        }) ?? {});
  const res = await c.call(path, { method, body });
  // A live stream never ends: its headers are the answer.
  const isStream = /event-stream/.test(res.headers.get("content-type") ?? "");
  if (isStream) await res.body?.cancel();
  const text = isStream ? "" : await res.text();
  return { status: res.status, text };
}

describe("access matrix: commune A's officers over commune B's records", () => {
  it("walks every endpoint × local role: 4xx on B's records, never B's data, nothing changes", async () => {
    const doc = (await (await env.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, Op>>;
    };
    const failures: string[] = [];
    let requests = 0;
    let pastValidation = 0;
    for (const [template, ops] of Object.entries(doc.paths))
      for (const [m, op] of Object.entries(ops)) {
        const method = m.toUpperCase();
        if (SKIPPED.has(`${method} ${template}`)) continue;
        const isPublic = Array.isArray(op.security) && op.security.length === 0;
        const namesRecordOfB = /\/(dossiers|complaints)\/\{code\}/.test(template) && !isPublic;
        for (const path of pathsFor(template))
          for (const role of LOCAL_ROLES) {
            const r = await ask(s.a[role], method, path + queryFor(op), op);
            requests++;
            if (r.status !== 400) pastValidation++;
            const where = `${role} ${method} ${path} → ${r.status}`;
            if (r.status >= 500) failures.push(`${where}: server error`);
            if (r.status < 300 && leaked(r.text).length)
              failures.push(`${where}: shows ${leaked(r.text).join(", ")}`);
            // On B's record: refused (403/404), or its input refused before anything (400/401/415).
            const allowed = method === "POST" ? [400, 401, 403, 404, 415] : [403, 404];
            if (namesRecordOfB && !allowed.includes(r.status))
              failures.push(`${where}: expected ${allowed.join(" or ")}`);
          }
      }
    expect(failures).toEqual([]);
    expect(await snapshotOf(env.db, s.codes.communeB)).toBe(before);
    // The walk is not vacuous: it covers the whole document and most requests pass validation.
    expect(Object.keys(doc.paths).length).toBeGreaterThan(50);
    expect(pastValidation / requests).toBeGreaterThan(0.8);
  }, 120_000);

  it("walks every dossier action × role: refused to A's officers, reachable by B's who hold the right", async () => {
    const stateOf = Object.fromEntries(
      Object.entries(s.dossiers).map(([state, code]) => [state, code]),
    ) as Record<string, string>;
    const failures: string[] = [];
    for (const action of DOSSIER_ACTIONS) {
      const rule = RULES[action];
      const code = stateOf[rule.from.find((st) => st in stateOf) ?? ""];
      expect(code, action).toBeDefined();
      for (const role of ROLES) {
        const holds = (scope: "own" | "all" | undefined) =>
          rule.policy.some((p) => POLICY[role as Role][p] === scope);
        const path = `/api/dossiers/${code}/actions/${action}`;
        const fromA = await s.a[role].call(path, { method: "POST", body: { version: 1 } });
        // Only a provincial role may have a right over another commune's dossier.
        if (LOCAL_ROLES.includes(role) && ![403, 404].includes(fromA.status))
          failures.push(`A ${role} ${action} → ${fromA.status}`);
        if (holds("own") || holds("all")) {
          // Reachability: B's officer is past authorisation (a missing reason etc. is a 4xx of its own).
          const fromB = await s.b[role].call(`${path}?lang=en`, {
            method: "POST",
            body: { version: 999 },
          });
          const body = (await fromB.json()) as { code: string };
          if ([403, 404].includes(fromB.status) || fromB.status >= 500)
            failures.push(`B ${role} ${action} → ${fromB.status} ${body.code}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshotOf(env.db, s.codes.communeB)).toBe(before);
  }, 60_000);

  it("shows B's dossier to B's counter and hides it (404) from A's", async () => {
    const code = s.dossiers.submitted;
    expect((await s.b.reception.call(`/api/dossiers/${code}`)).status).toBe(200);
    expect((await s.a.reception.call(`/api/dossiers/${code}`)).status).toBe(404);
    const list = await (await s.a.reception.call("/api/dossiers")).text();
    expect(leaked(list)).toEqual([]);
  });
});
