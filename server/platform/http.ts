// HTTP plumbing shared by every module: typed routes whose zod schemas both parse the request and
// describe it in the OpenAPI document; input errors become 400 problem+json naming the field.
import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import { AppError, type FieldIssue } from "./errors.ts";
import { checkValue } from "./input-guard.ts";

export type Lang = "vi" | "en";
// biome-ignore lint/suspicious/noExplicitAny: request-scoped values are set by middleware and read through typed helpers.
export type Env = { Variables: Record<string, any> };
export type Ctx = Context<Env>;

export interface RouteSpec {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** Hono path, e.g. /api/dossiers/:code */
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodType;
  /** A request body that is not JSON (an uploaded file, JSON Lines), read by the handler itself. */
  takes?: string[];
  /** The JSON body of a success answer (the contract the web's types come from). */
  response?: z.ZodType;
  /** A success answer that is not JSON: a file's media type(s), an event stream, or a redirect. */
  produces?: string[] | "redirect";
  /** The success status when it is not 200 (201 for a creation). */
  status?: 200 | 201 | 202;
  /** false for public endpoints (look-up, catalogue, login); any other route answers 401 to a
   * caller not signed in, before its handler runs (ApiOptions.signedIn). */
  auth?: boolean;
}

export interface ApiOptions {
  /** Throws the 401 problem unless a signed-in user makes the request (the composition root
   * plugs the identity module's check); run before every route not declared `auth: false`. */
  signedIn?: (c: Ctx) => unknown;
}

/** Tests set MOTCUA_CHECK_RESPONSES=1: every JSON success answer is checked against its route's
 * response schema, so a schema that drifts from what the handler returns fails the suite. */
const checkResponses = process.env.MOTCUA_CHECK_RESPONSES === "1";

export type Handler<B, Q> = (
  c: Ctx,
  input: { body: B; query: Q },
) => Promise<Response | object> | Response | object;

/** A router that keeps the spec of each route for the OpenAPI document. */
export class Api {
  readonly app = new Hono<Env>();
  readonly specs: RouteSpec[] = [];

  constructor(private readonly options: ApiOptions = {}) {}

  route<B = undefined, Q = undefined>(
    spec: RouteSpec & { body?: z.ZodType<B>; query?: z.ZodType<Q> },
    handler: Handler<B, Q>,
  ) {
    this.specs.push(spec);
    const { signedIn } = this.options;
    const optionalBody = spec.body?.safeParse(undefined).success;
    this.app.on(spec.method.toUpperCase(), spec.path, async (c) => {
      if (spec.auth !== false && signedIn) signedIn(c);
      const body = spec.body
        ? optionalBody && !c.req.header("content-type")
          ? parseWith(spec.body, undefined, "body")
          : await readJson(c, spec.body)
        : spec.takes
          ? (undefined as B)
          : await refuseBody<B>(c);
      const query = spec.query ? readQuery(c, spec.query) : (undefined as Q);
      const out = await handler(c, { body, query });
      if (checkResponses && spec.response) await checkResponse(spec, out);
      return out instanceof Response ? out : c.json(out, spec.status ?? 200);
    });
  }
}

/** An operation declared without a body takes none: anything but an empty body or `{}` is refused. */
async function refuseBody<B>(c: Ctx): Promise<B> {
  if (c.req.method === "GET" || c.req.method === "HEAD") return undefined as B;
  const text = (await c.req.text()).trim();
  if (text !== "" && text !== "{}" && text !== "null")
    throw new AppError("http.unexpected_body", "bad_input", {
      vi: "Thao tác này không nhận nội dung gửi lên (body).",
      en: "This operation takes no request body.",
    });
  return undefined as B;
}

async function checkResponse(spec: RouteSpec, out: unknown) {
  let value = out;
  if (out instanceof Response) {
    if (out.status < 200 || out.status > 299) return;
    if (!/json/.test(out.headers.get("content-type") ?? "")) return;
    value = await out.clone().json();
  } else value = JSON.parse(JSON.stringify(out)); // what the client receives: instants as strings
  const r = (spec.response as z.ZodType).safeParse(value);
  if (!r.success)
    throw new Error(
      `The answer of ${spec.method.toUpperCase()} ${spec.path} breaks its response schema: ${zodIssues(
        r.error,
      )
        .map((i) => `${i.field}: ${i.en}`)
        .join("; ")}`,
    );
}

export function langOf(c: Ctx): Lang {
  const q = c.req.query("lang");
  if (q === "en" || q === "vi") return q;
  const cookie = c.req.header("cookie")?.match(/(?:^|;\s*)lang=(vi|en)/)?.[1];
  if (cookie === "en" || cookie === "vi") return cookie;
  return /^en\b/i.test(c.req.header("accept-language") ?? "") ? "en" : "vi";
}

export async function readJson<T>(c: Ctx, schema: z.ZodType<T>): Promise<T> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type))
    throw new AppError("http.unsupported_media_type", "unsupported", {
      vi: "Nội dung gửi lên phải là JSON (Content-Type: application/json).",
      en: "The request body must be JSON (Content-Type: application/json).",
    });
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch (e) {
    throw new AppError("http.malformed_json", "bad_input", {
      vi: `Nội dung JSON không hợp lệ: ${(e as Error).message}`,
      en: `Malformed JSON: ${(e as Error).message}`,
    });
  }
  checkValue(raw, "body");
  return parseWith(schema, raw, "body");
}

export function readQuery<T>(c: Ctx, schema: z.ZodType<T>): T {
  return parseWith(schema, c.req.query(), "query");
}

export function parseWith<T>(schema: z.ZodType<T>, raw: unknown, where: string): T {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issues = zodIssues(r.error);
  throw new AppError(
    "http.invalid_input",
    "bad_input",
    {
      vi: `Dữ liệu không hợp lệ (${where}): ${issues.map((i) => `${i.field}: ${i.vi}`).join("; ")}`,
      en: `Invalid input (${where}): ${issues.map((i) => `${i.field}: ${i.en}`).join("; ")}`,
    },
    { issues },
  );
}

/** zod issues → field issues with messages in both languages. */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const field = i.path.length ? i.path.map(String).join(".") : "(root)";
    switch (i.code) {
      case "unrecognized_keys":
        return {
          field: i.keys.map((k) => (field === "(root)" ? k : `${field}.${k}`)).join(", "),
          vi: "trường không được phép",
          en: "unknown field",
        };
      case "invalid_type":
        return i.input === undefined
          ? { field, vi: "bắt buộc nhập", en: "is required" }
          : {
              field,
              vi: `sai kiểu dữ liệu, cần ${i.expected}`,
              en: `wrong type, expected ${i.expected}`,
            };
      case "too_small":
        return {
          field,
          vi: `quá nhỏ hoặc quá ngắn (tối thiểu ${String(i.minimum)})`,
          en: `too small or too short (minimum ${String(i.minimum)})`,
        };
      case "too_big":
        return {
          field,
          vi: `quá lớn hoặc quá dài (tối đa ${String(i.maximum)})`,
          en: `too big or too long (maximum ${String(i.maximum)})`,
        };
      case "invalid_value":
        return {
          field,
          vi: `giá trị không hợp lệ, cần một trong: ${i.values.join(", ")}`,
          en: `invalid value, expected one of: ${i.values.join(", ")}`,
        };
      case "invalid_format":
        return { field, vi: `sai định dạng (${i.format})`, en: `wrong format (${i.format})` };
      case "custom": {
        // A refinement's own words, given in both languages as its params.
        const p = i.params as { vi?: unknown; en?: unknown } | undefined;
        if (typeof p?.vi === "string" && typeof p.en === "string")
          return { field, vi: p.vi, en: p.en };
        return { field, vi: `không hợp lệ (${i.message})`, en: i.message };
      }
      default:
        return { field, vi: `không hợp lệ (${i.message})`, en: i.message };
    }
  });
}

/** The OpenAPI 3.1 document of the routes, from their zod schemas. */
export function openApiDocument(specs: RouteSpec[], info: { title: string; version: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  // A recursive schema (an e-form's nodes) comes with local $defs; inside the OpenAPI document
  // "#/$defs/…" would point at the document's root, so they move to components.schemas.
  const shared: Record<string, unknown> = {};
  const json = (s: z.ZodType) =>
    hoistDefs(z.toJSONSchema(s, { unrepresentable: "any", io: "input" }), shared);
  for (const s of specs) {
    const path = s.path.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
    const params = [...s.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => ({
      name: m[1],
      in: "path",
      required: true,
      schema: { type: "string" },
    }));
    const q = s.query
      ? (json(s.query) as { properties?: Record<string, unknown>; required?: string[] })
      : {};
    const query = Object.entries(q.properties ?? {}).map(([name, schema]) => ({
      name,
      in: "query",
      ...(q.required?.includes(name) ? { required: true } : {}),
      schema,
    }));
    paths[path] ??= {};
    if (paths[path][s.method]) continue; // the first route mounted answers; later ones are shadowed
    paths[path][s.method] = {
      summary: s.summary,
      tags: [s.tag],
      ...(params.length + query.length ? { parameters: [...params, ...query] } : {}),
      ...(s.body
        ? {
            requestBody: {
              required: !s.body.safeParse(undefined).success,
              content: { "application/json": { schema: json(s.body) } },
            },
          }
        : s.takes
          ? {
              requestBody: {
                required: true,
                content: Object.fromEntries(
                  s.takes.map((m) => [m, { schema: { type: "string", format: "binary" } }]),
                ),
              },
            }
          : {}),
      ...(s.auth === false ? { security: [] } : {}),
      responses: {
        ...successOf(s, json),
        default: {
          description: "Problem (RFC 9457)",
          content: {
            "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
          },
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info,
    paths,
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "motcua_session" } },
      schemas: {
        ...shared,
        Problem: {
          type: "object",
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            code: { type: "string" },
            detail: { type: "string" },
            messages: {
              type: "object",
              properties: { vi: { type: "string" }, en: { type: "string" } },
            },
            errors: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  field: { type: "string" },
                  vi: { type: "string" },
                  en: { type: "string" },
                },
              },
            },
          },
        },
      },
    },
    security: [{ session: [] }],
  };
}

/** Moves a JSON schema's $defs into `shared` (by their ids) and points its $refs there. */
function hoistDefs(schema: object, shared: Record<string, unknown>): object {
  const { $defs, ...rest } = schema as { $defs?: Record<string, unknown> };
  if (!$defs) return schema;
  const text = JSON.stringify(rest).replace(
    /"#\/\$defs\/([^"]+)"/g,
    (_m, id: string) => `"#/components/schemas/${id}"`,
  );
  for (const [id, def] of Object.entries($defs))
    shared[id] = JSON.parse(
      JSON.stringify(def).replace(
        /"#\/\$defs\/([^"]+)"/g,
        (_m, ref: string) => `"#/components/schemas/${ref}"`,
      ),
    );
  return JSON.parse(text);
}

function successOf(s: RouteSpec, json: (s: z.ZodType) => unknown) {
  if (s.produces === "redirect")
    return { "302": { description: "Chuyển hướng / Redirect to a page" } };
  const content: Record<string, unknown> = {};
  if (s.response) content["application/json"] = { schema: json(s.response) };
  for (const media of s.produces ?? [])
    content[media] =
      media === "text/event-stream"
        ? { schema: { type: "string" } }
        : { schema: { type: "string", format: "binary" } };
  const status = String(s.status ?? 200);
  return {
    [status]: {
      description: status === "201" ? "Created" : "OK",
      ...(Object.keys(content).length ? { content } : {}),
    },
  };
}

/** A path parameter (always present when the route matched). */
export function param(c: Ctx, name: string): string {
  const v = c.req.param(name);
  if (v === undefined)
    throw new AppError("http.missing_param", "bad_input", {
      vi: `Thiếu tham số ${name}.`,
      en: `Missing parameter ${name}.`,
    });
  return v;
}
