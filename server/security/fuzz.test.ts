// Property-based fuzzing of every route of the OpenAPI document over HTTP, signed in as an
// officer who holds every role province-wide (so requests reach the handlers): requests built
// from each route's schema with hostile values. No answer is a 5xx, and no log line holds the
// personal data planted in the requests and in the database.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "../modules/identity/index.ts";
import { makeProvince, makeUser } from "../test-support.ts";
import { arbitraryOf, bodyOf, PLANTED, type Schema, urlPiece } from "./hostile-arbitraries.ts";
import { loggedEnv } from "./logged-env.ts";
import { clientOf } from "./matrix-seed.ts";
import { sampleOf } from "./sample-body.ts";

type Op = {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};

/** Ends the fuzzing officer's own session. */
const SKIPPED = new Set(["POST /api/auth/logout"]);
const RUNS_PER_ROUTE = 12;

let env: Awaited<ReturnType<typeof loggedEnv>>;
let officer: Awaited<ReturnType<typeof clientOf>>;

beforeAll(async () => {
  env = await loggedEnv();
  const codes = await makeProvince(env.db);
  const u = await makeUser(
    env.db,
    ROLES.map((role) => ({ role, agencyCode: codes.province })),
  );
  officer = await clientOf(env.app, u.username, "admin");
  // Personal data at rest, in a dossier every route may touch.
  await env.db.query(
    `INSERT INTO dossiers (code, procedure_code, agency_code, receiving_unit, channel, applicant, status, state, submitted_at, secret, updated_at)
     VALUES ('H58.3-260302-0001', '1.000001', $1, $1, 1, $2, 4, 'handling', now(), $3, now())`,
    [
      codes.communeA,
      JSON.stringify({ name: "Lê Thị Riêng", idNumber: PLANTED.idNumber, phone: PLANTED.phone }),
      PLANTED.secret,
    ],
  );
}, 120_000);
afterAll(() => env.close());

async function send(method: string, path: string, body: string | undefined) {
  const res = await officer.call(path, { method, raw: body });
  const isStream = /event-stream/.test(res.headers.get("content-type") ?? "");
  if (isStream) await res.body?.cancel();
  else await res.arrayBuffer();
  return res.status;
}

describe("fuzzing every route with hostile input", () => {
  it("never answers 5xx", async () => {
    const doc = (await (await env.app.request("/api/openapi.json")).json()) as {
      paths: Record<string, Record<string, Op>>;
    };
    const failures: string[] = [];
    let requests = 0;
    for (const [template, ops] of Object.entries(doc.paths))
      for (const [m, op] of Object.entries(ops)) {
        const method = m.toUpperCase();
        if (SKIPPED.has(`${method} ${template}`)) continue;
        const names = [...template.matchAll(/\{([^}]+)\}/g)].map((x) => x[1]);
        const query = (op.parameters ?? []).filter((p) => p.in === "query");
        const bodySchema = op.requestBody?.content["application/json"]?.schema;
        const members = Object.keys(bodySchema?.properties ?? {});
        // Each request: a plausible baseline with exactly one hostile part (a path parameter, a
        // query member, a body member) or a hostile body as a whole.
        const slots = names.length + query.length + (bodySchema ? members.length + 1 : 0);
        const request = fc.record({
          slot: fc.nat({ max: Math.max(slots - 1, 0) }),
          piece: urlPiece,
          member: arbitraryOf(undefined),
          body: bodySchema ? bodyOf(bodySchema) : fc.constant(undefined),
        });
        await fc.assert(
          fc.asyncProperty(request, async (r) => {
            let path = template;
            names.forEach((n, i) => {
              path = path.replace(`{${n}}`, r.slot === i ? r.piece || "x" : "01");
            });
            const q = query
              .map((p, i) => {
                const plain = String(sampleOf(p.schema as never) ?? "1");
                const value = r.slot === names.length + i ? r.piece : encodeURIComponent(plain);
                return `${p.name}=${value}`;
              })
              .join("&");
            const url = q ? `${path}?${q}` : path;
            let body = r.body;
            const at = r.slot - names.length - query.length;
            if (bodySchema && at >= 0 && at < members.length) {
              const base = (sampleOf(bodySchema as never) ?? {}) as Record<string, unknown>;
              body = JSON.stringify({ ...base, [members[at]]: r.member });
            }
            const status = await send(method, url, body);
            requests++;
            if (status >= 500) failures.push(`${method} ${url} ${body?.slice(0, 200)} → ${status}`);
            return true;
          }),
          { numRuns: RUNS_PER_ROUTE, seed: 20260302 },
        );
      }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(600);
  }, 120_000);

  it("keeps the planted personal data out of every log line", () => {
    const text = env.lines.join("");
    expect(env.lines.length).toBeGreaterThan(100);
    for (const value of Object.values(PLANTED)) expect(text).not.toContain(value);
  });
});
