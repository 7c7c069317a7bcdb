// The API's contract as a client generated from /api/openapi.json sees it: every operation
// documents its success answer, and every POST/PUT/PATCH a closed request body (unknown members
// refused at every depth) or none at all, in which case the server refuses one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { AppError } from "./platform/errors.ts";
import { Api } from "./platform/http.ts";
import { testEnv } from "./test-support.ts";

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  items?: Schema;
  prefixItems?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
type Op = {
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
type Doc = { paths: Record<string, Record<string, Op>> };

let env: Awaited<ReturnType<typeof testEnv>>;
let doc: Doc;
beforeAll(async () => {
  env = await testEnv();
  doc = (await (await env.app.request("/api/openapi.json")).json()) as Doc;
}, 60_000);
afterAll(() => env.close());

/** Paths inside a JSON schema where an object accepts members it does not name. */
function openObjects(s: Schema | undefined, at = "$"): string[] {
  if (!s || typeof s !== "object") return [];
  const inner = [
    ...Object.entries(s.properties ?? {}).flatMap(([k, v]) => openObjects(v, `${at}.${k}`)),
    ...openObjects(s.items, `${at}[]`),
    ...(s.prefixItems ?? []).flatMap((v, i) => openObjects(v, `${at}[${i}]`)),
    ...[...(s.anyOf ?? []), ...(s.oneOf ?? []), ...(s.allOf ?? [])].flatMap((v, i) =>
      openObjects(v, `${at}|${i}`),
    ),
    ...(typeof s.additionalProperties === "object"
      ? openObjects(s.additionalProperties, `${at}{}`)
      : []),
  ];
  const isObject = s.type === "object" || (s.properties && !s.type);
  // A map (z.record) names its keys' shape: free-form data checked elsewhere (an e-form's data
  // against the procedure's own e-form schema).
  if (isObject && s.propertyNames) return inner;
  const extra = s.additionalProperties;
  const open =
    isObject &&
    (extra === undefined ||
      extra === true ||
      (typeof extra === "object" && Object.keys(extra).length === 0));
  return open ? [at, ...inner] : inner;
}

function operations() {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
  );
}

describe("the OpenAPI contract", () => {
  it("gives every operation a success answer with its content", () => {
    const missing = operations()
      .filter(({ op }) => {
        const success = Object.entries(op.responses).filter(([s]) => /^2\d\d$/.test(s));
        const redirect = Object.keys(op.responses).some((s) => /^30\d$/.test(s));
        return !redirect && !success.some(([, r]) => r.content);
      })
      .map((o) => o.name);
    expect(missing).toEqual([]);
  });

  it("gives every POST, PUT and PATCH a closed request body or none", () => {
    const open = operations()
      .filter(({ name }) => /^(POST|PUT|PATCH) /.test(name))
      .flatMap(({ name, op }) =>
        openObjects(op.requestBody?.content["application/json"]?.schema).map(
          (at) => `${name} ${at}`,
        ),
      );
    expect(open).toEqual([]);
  });

  it("refuses a body sent to an operation that takes none", async () => {
    const api = new Api();
    api.route(
      {
        method: "post",
        path: "/x",
        summary: "x",
        tag: "x",
        response: z.object({ ok: z.boolean() }),
      },
      () => ({ ok: true }),
    );
    api.app.onError((e, c) => c.json({ code: (e as AppError).code }, 400));
    const send = (body?: string) => api.app.request("/x", { method: "POST", body });
    expect((await send()).status).toBe(200);
    expect((await send("{}")).status).toBe(200);
    const refused = await send(JSON.stringify({ extra: 1 }));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ code: "http.unexpected_body" });
  });
});

describe("the schema walker", () => {
  it("finds an open object however deep it is", () => {
    expect(openObjects({ type: "object", properties: {} })).toEqual(["$"]);
    expect(
      openObjects({
        type: "object",
        additionalProperties: false,
        properties: { a: { type: "array", items: { type: "object" } } },
      }),
    ).toEqual(["$.a[]"]);
    expect(openObjects({ type: "object", additionalProperties: false, properties: {} })).toEqual(
      [],
    );
  });
});
