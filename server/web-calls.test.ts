// The web's calls against a client generated from /api/openapi.json (openapi-typescript): every
// call of the request functions of web/src/api/client.ts, anywhere in web/src, reaches a
// documented operation; the body it sends is assignable to the documented request body, and the
// documented answer to the type the call expects. An operation whose answer is not documented yet
// is named in the output (and checked as soon as its route declares its response).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testEnv } from "./test-support.ts";
import { operationPath, type WebCall, webCalls, webProgram } from "./web-calls.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Calls made on purpose wrong: the check must refuse each of them. */
const PROBE = `
import { get, post, upload } from "${join(ROOT, "web/src/api/client.ts")}";
export const wrongBody = () => post("/api/calendar/days", { date: 20260101, kind: "day-off" });
export const wrongAnswer = () => get<{ unit: number }>("/api/index");
export const nowhere = () => get<unknown>("/api/no-such-thing");
export const unreadable = (path: string) => get<unknown>(path);
export const bodyToNone = () => post("/api/auth/logout", { everything: true });
export const rawToJson = (file: File) => upload<unknown>("/api/calendar/days", file);
`;

/**
 * Mismatches found when this check was written, each with what is wrong (file and operation).
 * The contracts work (shared/contracts/, web types from the zod schemas) settles them; the test
 * fails when one is gone, so that its line is removed here.
 */
const KNOWN: Record<string, string> = {};

/** The web's other ways to the server (not through the client), each with its reason. */
const BESIDE_THE_CLIENT: Record<string, string> = {
  "web/src/api/index766.ts": "the index's live figures, a server-sent event stream (EventSource)",
  "web/src/api/citizen.ts": "a PDF answer saved as a file (fetch), its body holding a secret",
};

let dir: string;
/** A call the documented operation does not hold: `key` is its file and operation. */
interface Problem {
  key: string;
  text: string;
}
let check: (calls?: WebCall[]) => { problems: Problem[]; unchecked: string[]; checked: number };
let calls: WebCall[];
let probeCalls: WebCall[];

beforeAll(async () => {
  const env = await testEnv();
  const doc = (await (await env.app.request("/api/openapi.json")).json()) as OpenAPI3;
  await env.close();
  dir = mkdtempSync(join(tmpdir(), "motcua-openapi-"));
  const types = join(dir, "api.ts");
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
  writeFileSync(types, `${astToString(await openapiTS(doc))}\nexport type NoMembers = {};\n`);
  writeFileSync(join(dir, "probe.ts"), PROBE);
  const program = webProgram(ROOT, [types, join(dir, "probe.ts")]);
  calls = webCalls(ROOT, program);
  probeCalls = webCalls(ROOT, program, [join(dir, "probe.ts")]);
  check = checker(program, types, Object.keys(doc.paths ?? {}));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Holds calls against the generated types of `file`. */
function checker(program: ts.Program, file: string, documented: string[]) {
  const tc = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const exported = source && tc.getSymbolAtLocation(source);
  const named = (n: string) => {
    const symbol = exported && tc.getExportsOfModule(exported).find((s) => s.name === n);
    if (!symbol) throw new Error(`the generated types have no ${n}`);
    return tc.getDeclaredTypeOfSymbol(symbol);
  };
  const paths = named("paths");
  const noMembers = named("NoMembers");
  const member = (t: ts.Type | undefined, key: string) => {
    const p = t && tc.getPropertyOfType(t, key);
    const type = p && tc.getNonNullableType(tc.getTypeOfSymbol(p));
    return type && !(type.flags & ts.TypeFlags.Never) ? type : undefined;
  };
  const json = (t: ts.Type | undefined) => member(member(t, "content"), "application/json");
  const fits = (from: ts.Type, to: ts.Type, what: string) =>
    tc.isTypeAssignableTo(from, to) ? [] : [`${what}: ${explain(tc, from, to, "", 3).join("; ")}`];
  const problem = (call: WebCall, op: string, text: string): Problem => ({
    key: `${call.at.split(":")[0]} ${op}`,
    text: `${call.at}: ${text}`,
  });

  return (list: WebCall[] = calls) => {
    const problems: Problem[] = [];
    const unchecked = new Set<string>();
    let checked = 0;
    for (const call of list) {
      const where = (call.paths ?? []).map((p) => operationPath(p, documented));
      if (!call.method || !call.paths || where.includes(undefined)) {
        const paths = JSON.stringify(call.paths ?? "?");
        problems.push(problem(call, "?", `reaches no documented operation (${paths})`));
        continue;
      }
      for (const path of new Set(where as string[])) {
        const name = `${call.method.toUpperCase()} ${path}`;
        const says = (text: string) => problems.push(problem(call, name, text));
        const op = member(member(paths, path), call.method);
        if (!op) {
          says(`${name} is not documented`);
          continue;
        }
        const body = member(op, "requestBody");
        const jsonBody = json(body);
        if (call.raw && (!body || jsonBody)) says(`${name} takes no raw file upload`);
        if (call.body && !jsonBody) says(`${name} documents no JSON body, the web sends one`);
        if (call.body && jsonBody) {
          // A call whose path part and body come from one discriminated union (the dossier
          // actions: { action, body }) reaches several operations with a union of bodies: each
          // operation must take at least one member of the union — the member of its action.
          const members = call.body.type.isUnion() ? call.body.type.types : [];
          const oneFits =
            where.length > 1 &&
            new Set(where).size > 1 &&
            members.some((m) => tc.isTypeAssignableTo(m, jsonBody));
          if (!oneFits) fits(call.body.type, jsonBody, `the body sent to ${name}`).forEach(says);
          if (call.body.mayBeAbsent) fits(noMembers, jsonBody, `{} sent to ${name}`).forEach(says);
          checked++;
        }
        if (!call.expects || call.expects.flags & ts.TypeFlags.Unknown) continue;
        const responses = member(op, "responses");
        const success = tc
          .getPropertiesOfType(responses ?? noMembers)
          .filter((s) => /^2\d\d$/.test(s.name))
          .map((s) => json(tc.getTypeOfSymbol(s)));
        const answer = success.find((t) => t);
        if (!answer) unchecked.add(name);
        else {
          fits(answer, call.expects, `the answer of ${name}`).forEach(says);
          checked++;
        }
      }
    }
    return { problems, unchecked: [...unchecked].sort(), checked };
  };
}

/** Why `from` is not assignable to `to`, member by member (a few levels deep). */
function explain(
  tc: ts.TypeChecker,
  from: ts.Type,
  to: ts.Type,
  at: string,
  depth: number,
): string[] {
  const said = () => [`${at || "the whole"}: ${tc.typeToString(from)} ≠ ${tc.typeToString(to)}`];
  const objects = from.flags & to.flags & ts.TypeFlags.Object;
  if (depth === 0 || !objects || from.isUnion() || to.isUnion()) return said();
  if (tc.isArrayType(from) && tc.isArrayType(to)) {
    const [f] = tc.getTypeArguments(from as ts.TypeReference);
    const [t] = tc.getTypeArguments(to as ts.TypeReference);
    return tc.isTypeAssignableTo(f, t) ? said() : explain(tc, f, t, `${at}[]`, depth - 1);
  }
  const reasons = tc.getPropertiesOfType(to).flatMap((p): string[] => {
    const mine = tc.getPropertyOfType(from, p.name);
    const optional = (p.flags & ts.SymbolFlags.Optional) !== 0;
    if (!mine) return optional ? [] : [`${at}.${p.name}: missing`];
    const f = tc.getTypeOfSymbol(mine);
    const t = tc.getTypeOfSymbol(p);
    return tc.isTypeAssignableTo(f, t) ? [] : explain(tc, f, t, `${at}.${p.name}`, depth - 1);
  });
  return reasons.length ? reasons : said();
}

describe("the web's calls against the OpenAPI document", () => {
  it("finds the web's calls", () => {
    expect(calls.length).toBeGreaterThan(80);
    expect(calls.filter((c) => c.body).length).toBeGreaterThan(20);
    expect(calls.filter((c) => c.expects).length).toBeGreaterThan(50);
  });

  it("sends documented bodies and expects no more than the documented answers", () => {
    const { problems, unchecked, checked } = check();
    const known = problems.filter((p) => p.key in KNOWN);
    console.info(
      `${calls.length} calls, ${checked} bodies and answers checked; the web expects an answer ` +
        `these operations do not document yet (${unchecked.length}):\n  ${unchecked.join("\n  ")}` +
        `\nknown mismatches, to be settled by the contracts (${known.length}):\n  ` +
        known.map((p) => p.text).join("\n  "),
    );
    expect(problems.filter((p) => !(p.key in KNOWN)).map((p) => p.text)).toEqual([]);
  });

  it("lists only known mismatches that are still there", () => {
    const found = new Set(check().problems.map((p) => p.key));
    expect(Object.keys(KNOWN).filter((k) => !found.has(k))).toEqual([]);
  });

  it("refuses calls made wrong on purpose", () => {
    const { problems } = check(probeCalls);
    const refused = (line: number) =>
      problems.map((p) => p.text).filter((p) => p.includes(`probe.ts:${line}:`));
    expect(refused(3).join()).toContain(".date: number ≠ string");
    expect(refused(4).join()).toContain(".unit: string ≠ number");
    expect(refused(5).join()).toContain("reaches no documented operation");
    expect(refused(6).join()).toContain("reaches no documented operation");
    expect(refused(7).join()).toContain("documents no JSON body");
    expect(refused(8).join()).toContain("takes no raw file upload");
  });

  it("reaches the server through the client, or a listed way beside it", () => {
    const sources = readdirSync(join(ROOT, "web/src"), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && f !== "api/client.ts")
      .map((f) => `web/src/${f}`);
    const beside = sources.filter((f) =>
      /\bfetch\(|XMLHttpRequest|EventSource\(|sendBeacon|WebSocket\(/.test(
        readFileSync(join(ROOT, f), "utf8"),
      ),
    );
    expect(beside.sort()).toEqual(Object.keys(BESIDE_THE_CLIENT).sort());
  });

  it("ties a path to its most literal documented operation", () => {
    const documented = ["/api/dossiers/{code}", "/api/dossiers/queue", "/api/x/{a}/b"];
    expect(operationPath("/api/dossiers/queue", documented)).toBe("/api/dossiers/queue");
    expect(operationPath("/api/dossiers/\0", documented)).toBe("/api/dossiers/{code}");
    expect(operationPath("/api/dossiers/\0?x=1", documented)).toBe("/api/dossiers/{code}");
    expect(operationPath("/api/x/\0/c", documented)).toBeUndefined();
  });
});
