// Every operation of the OpenAPI document, called with no session: the platform answers 401
// before the handler runs unless the route is declared public (`auth: false`, `security: []`),
// and a public one never asks an officer to sign in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "../test-support.ts";

type Op = { security?: unknown[] };
type Doc = { paths: Record<string, Record<string, Op>> };

let env: Awaited<ReturnType<typeof testEnv>>;
let doc: Doc;
beforeAll(async () => {
  env = await testEnv();
  doc = (await (await env.app.request("/api/openapi.json")).json()) as Doc;
}, 180_000);
afterAll(() => env.close());

/** A path with its parameters filled by a value no record has. */
const concrete = (path: string) => path.replace(/\{[^}]+\}/g, "khong-co-1");

async function anonymously(method: string, path: string) {
  const res = await env.app.request(concrete(path), {
    method: method.toUpperCase(),
    ...(method === "get" || method === "delete"
      ? {}
      : { headers: { "content-type": "application/json" }, body: "{}" }),
  });
  const body = res.headers.get("content-type")?.includes("json")
    ? ((await res.json()) as { code?: string })
    : {};
  return { status: res.status, code: body.code };
}

describe("a caller with no session", () => {
  it("gets 401 from every operation that is not public, and never from a public one", async () => {
    const wrong: string[] = [];
    let closed = 0;
    for (const [path, ops] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(ops)) {
        const isPublic = Array.isArray(op.security) && op.security.length === 0;
        const r = await anonymously(method, path);
        const name = `${method.toUpperCase()} ${path}`;
        // A public route may ask for its own credential (the citizen's national-identity session,
        // the portal's token), never for an officer's sign-in.
        if (isPublic && r.status === 401 && r.code?.startsWith("identity."))
          wrong.push(`${name}: public, answered 401 ${r.code}`);
        if (!isPublic) {
          closed++;
          if (r.status !== 401 || r.code !== "identity.unauthenticated")
            wrong.push(`${name}: answered ${r.status} ${r.code ?? ""}`);
        }
      }
    expect(wrong).toEqual([]);
    expect(closed).toBeGreaterThan(50);
  }, 120_000);
});
