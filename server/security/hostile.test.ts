// Each hostile input the issue names, on real routes: a 400 problem naming where, in both
// languages; never a 500. (The fuzzing in fuzz.test.ts walks every route; these pin the cases.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentDisposition } from "../platform/content-disposition.ts";
import { encodeCursor } from "../platform/cursor.ts";
import { makeProvince, makeUser } from "../test-support.ts";
import { loggedEnv } from "./logged-env.ts";
import { type Client, clientOf } from "./matrix-seed.ts";

let env: Awaited<ReturnType<typeof loggedEnv>>;
let officer: Client;
beforeAll(async () => {
  env = await loggedEnv();
  const codes = await makeProvince(env.db);
  const u = await makeUser(env.db, [
    { role: "control_officer", agencyCode: codes.province },
    { role: "admin", agencyCode: codes.province },
  ]);
  officer = await clientOf(env.app, u.username, "control_officer");
}, 120_000);
afterAll(() => env.close());

async function problem(path: string, init?: { method?: string; raw?: string }) {
  const r = await officer.call(path, init);
  const body = (await r.json()) as {
    code: string;
    messages: { vi: string; en: string };
    status: number;
  };
  return {
    status: r.status,
    code: body.code,
    vi: body.messages?.vi,
    en: body.messages?.en,
    member: body.status,
  };
}

describe("hostile input", () => {
  it.each([
    ["NUL in a path", "/api/procedures/1.0%00", "http.nul_character"],
    ["NUL in a query", "/api/procedures?q=a%00", "http.nul_character"],
    ["a lone surrogate sent as UTF-8 escapes", "/api/procedures?q=%ED%A0%80", "http.bad_escape"],
    ["a malformed URL escape", "/api/dossiers/%E0%A4%A", "http.bad_escape"],
    ["a year-0 date", "/api/exchange/dossiers?since=0000-01-01T00:00:00Z", "http.bad_date"],
    ["an impossible date", "/api/exchange/dossiers?since=2026-02-31T00:00:00Z", "http.bad_date"],
    [
      "a forged work-queue cursor",
      `/api/dossiers?cursor=${encodeCursor(["not-a-time", "X"])}`,
      "dossiers.bad_cursor",
    ],
    [
      "a forged exchange cursor",
      `/api/exchange/dossiers?since=2026-01-01T00:00:00Z&cursor=${encodeCursor(["2026-01-01T00:00:00Z"])}`,
      "dossiers.bad_cursor",
    ],
  ])("refuses %s with 400", async (_what, path, code) => {
    const p = await problem(path);
    expect(p).toMatchObject({ status: 400, code, member: 400 });
    expect(p.vi).toBeTruthy();
    expect(p.en).toBeTruthy();
  });

  it.each([
    [
      "NUL in a JSON string",
      '{"content":"a\\u0000b","class":"behaviour","complainant":{"name":"A"}}',
      "http.nul_character",
    ],
    [
      "a lone surrogate in a JSON string",
      '{"content":"a\\ud800","class":"behaviour","complainant":{"name":"A"}}',
      "http.lone_surrogate",
    ],
    ["deep nesting", `{"content":${"[".repeat(100)}${"]".repeat(100)}}`, "http.too_deep"],
    [
      "a number beyond exact integers",
      '{"content":"x","class":"behaviour","n":1e400}',
      "http.number_out_of_range",
    ],
  ])("refuses %s in a body with 400", async (_what, raw, code) => {
    expect(await problem("/api/complaints", { method: "POST", raw })).toMatchObject({
      status: 400,
      code,
    });
  });

  it("maps a database data error (an integer beyond the column) to 400 with both languages", async () => {
    const p = await problem("/api/procedures/1.000001/form-check", {
      method: "POST",
      raw: JSON.stringify({ data: {}, version: 2 ** 31 }),
    });
    expect(p.status).toBe(400);
    expect(["http.invalid_value", "http.invalid_input"]).toContain(p.code);
  });

  it("encodes file names in Content-Disposition (RFC 6266 / 5987)", () => {
    const h = contentDisposition("attachment", 'Quyết định "số 1"\r\nX-Evil: 1.pdf');
    expect(h).not.toMatch(/[\r\n]/);
    expect(h).toMatch(
      /^attachment; filename="Quyet dinh _so 1_[_ ]*X-Evil: 1\.pdf"; filename\*=UTF-8''/,
    );
    expect(decodeURIComponent(h.split("UTF-8''")[1])).toBe('Quyết định "số 1"\r\nX-Evil: 1.pdf');
  });
});
