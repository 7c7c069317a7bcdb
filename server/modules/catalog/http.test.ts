import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProvince, makeUser, signIn, type TestEnv, testEnv } from "../../test-support.ts";

let env: TestEnv;
let app: TestEnv["app"];
beforeAll(async () => {
  env = await testEnv();
  app = env.app; // the full app: the catalogue beside sign-in, as served
});
afterAll(() => env.close());

let seq = 0;
/** A fresh procedure code per test (codes are global to the catalogue). */
const newCode = () => `9.${String(Date.now() % 1e5).padStart(5, "0")}${seq++}`;

function body(code: string, agency: string, over: Record<string, unknown> = {}) {
  return {
    code,
    name: "Đăng ký khai sinh",
    field: "Hộ tịch",
    level: "commune",
    agencies: [agency],
    sequence: ["Bước 1: nộp hồ sơ", "Bước 2: nhận kết quả"],
    methods: ["counter", "online"],
    components: [{ name: "Tờ khai đăng ký khai sinh", required: true, originals: 1 }],
    sets: 1,
    duration: { value: 3, unit: "working-days" },
    applicantTypes: ["citizen"],
    fees: [{ name: "Lệ phí", amount: 0 }],
    onlineLevel: "full",
    fullOnlineEligible: true,
    eForm: {
      type: "object",
      properties: { hoTen: { type: "string", title: "Họ tên", minLength: 2 } },
      required: ["hoTen"],
    },
    steps: [
      { name: "Tiếp nhận", role: "reception", hours: 2 },
      { name: "Xử lý", role: "handler", hours: 16 },
      { name: "Phê duyệt", role: "leader", hours: 6 },
    ],
    ...over,
  };
}

async function officer(role: "control_officer" | "handler" | "admin", agency: string) {
  const u = await makeUser(env.db, [{ role, agencyCode: agency }]);
  return signIn(app, u.username);
}

describe("catalogue routes", () => {
  it("lets a control officer add a procedure, audited, and anyone read it with its seven parts and quota", async () => {
    const codes = await makeProvince(env.db);
    const s = await officer("control_officer", codes.province);
    const code = newCode();
    const res = await s.call("/api/procedures", {
      method: "POST",
      body: body(code, codes.communeA),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      code,
      version: 1,
      validFrom: env.clock.now().toISOString(),
    });

    const got = await app.request(`/api/procedures/${code}`);
    expect(got.status).toBe(200);
    const p = (await got.json()) as Record<string, unknown>;
    expect(p).toMatchObject({
      code,
      name: "Đăng ký khai sinh",
      sevenPartsMissing: [],
      quota: { fits: true, stepHours: 24, limitHours: 24 },
    });
    expect(p.eForm).toMatchObject({ required: ["hoTen"] });

    const audit = await env.db.query<{ action: string; details: { version: number } }>(
      "SELECT action, details FROM audit_log WHERE subject_id = $1",
      [code],
    );
    expect(audit.rows).toEqual([
      expect.objectContaining({
        action: "procedure.created",
        details: expect.objectContaining({ version: 1 }),
      }),
    ]);

    const check = await app.request(`/api/procedures/${code}/form-check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ data: { hoTen: "A" } }),
    });
    expect(await check.json()).toMatchObject({ valid: false, errors: [{ field: "hoTen" }] });
  });

  it("refuses a handler with 403 and an anonymous caller with 401", async () => {
    const codes = await makeProvince(env.db);
    const s = await officer("handler", codes.communeA);
    const res = await s.call("/api/procedures", {
      method: "POST",
      body: body(newCode(), codes.communeA),
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe("identity.forbidden");
    const anon = await app.request("/api/procedures", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body(newCode(), codes.communeA)),
    });
    expect(anon.status).toBe(401);
  });

  it("answers bad input with 400 naming the field", async () => {
    const codes = await makeProvince(env.db);
    const s = await officer("admin", codes.province);
    const problem = async (b: unknown) => {
      const r = await s.call("/api/procedures?lang=en", { method: "POST", body: b });
      expect(r.status).toBe(400);
      return (await r.json()) as {
        code: string;
        errors: { field: string; vi: string; en: string }[];
      };
    };
    const unit = await problem(
      body(newCode(), codes.communeA, { duration: { value: 3, unit: "weeks" } }),
    );
    expect(unit.errors[0].field).toBe("duration.unit");
    const quota = await problem(
      body(newCode(), codes.communeA, { steps: [{ name: "Xử lý", role: "handler", hours: 25 }] }),
    );
    expect(quota).toMatchObject({ code: "catalog.invalid", errors: [{ field: "steps" }] });
    expect(quota.errors[0].vi).toMatch(/25 giờ làm việc.*24 giờ làm việc/);
    const agency = await problem(
      body(newCode(), codes.communeA, { agencies: [codes.communeA, "Z99.9"] }),
    );
    expect(agency.errors).toEqual([
      expect.objectContaining({ field: "agencies.1", en: "no agency with code Z99.9" }),
    ]);
    const role = await problem(
      body(newCode(), codes.communeA, { steps: [{ name: "Xử lý", role: "boss", hours: 2 }] }),
    );
    expect(role.errors[0].field).toBe("steps.0.role");
    const form = await problem(
      body(newCode(), codes.communeA, {
        eForm: { type: "object", properties: { a: { type: "string", oneOf: [] } } },
      }),
    );
    expect(form.errors[0].field).toBe("eForm.properties.a.oneOf");
  });

  it("records an edit as a new version, keeps the old one for dossiers received before it, and lists both", async () => {
    const codes = await makeProvince(env.db);
    const s = await officer("control_officer", codes.province);
    const code = newCode();
    const t1 = env.clock.now();
    await s.call("/api/procedures", { method: "POST", body: body(code, codes.communeA) });
    env.clock.advance(30 * 60_000); // within the session's idle time
    const { code: _c, ...content } = body(code, codes.communeA, {
      name: "Đăng ký khai sinh (sửa đổi)",
      fees: [{ name: "Lệ phí", amount: 8000 }],
    });
    const put = await s.call(`/api/procedures/${code}`, {
      method: "PUT",
      body: { ...content, expectedVersion: 1, note: "Theo Quyết định 12/QĐ-UBND" },
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ version: 2, change: "new-version" });

    const stale = await s.call(`/api/procedures/${code}`, {
      method: "PUT",
      body: { ...content, name: "Khác", expectedVersion: 1 },
    });
    expect(stale.status).toBe(409);
    const past = await s.call(`/api/procedures/${code}`, {
      method: "PUT",
      body: { ...content, name: "Khác", validFrom: t1.toISOString() },
    });
    expect(((await past.json()) as { errors: { field: string }[] }).errors[0].field).toBe(
      "validFrom",
    );

    const old = (await (
      await app.request(
        `/api/procedures/${code}?at=${encodeURIComponent(new Date(t1.getTime() + 1000).toISOString())}`,
      )
    ).json()) as { version: number; name: string };
    expect(old).toMatchObject({ version: 1, name: "Đăng ký khai sinh" });
    const now = (await (await app.request(`/api/procedures/${code}`)).json()) as {
      version: number;
    };
    expect(now.version).toBe(2);
    const versions = (await (await app.request(`/api/procedures/${code}/versions`)).json()) as {
      versions: { version: number; note: string | null }[];
    };
    expect(versions.versions.map((v) => [v.version, v.note])).toEqual([
      [1, null],
      [2, "Theo Quyết định 12/QĐ-UBND"],
    ]);
    expect((await app.request("/api/procedures/0.000000")).status).toBe(404);
    env.clock.advance(-30 * 60_000);
  });

  it("searches without accents, filters, and pages with a cursor", async () => {
    const codes = await makeProvince(env.db);
    const s = await officer("control_officer", codes.province);
    const names = [
      "Đăng ký khai sinh cho trẻ em",
      "Đăng ký kết hôn",
      "Chứng thực bản sao từ bản chính",
      "Đăng ký khai sinh có yếu tố nước ngoài",
    ];
    for (const [i, name] of names.entries())
      await s.call("/api/procedures", {
        method: "POST",
        body: body(newCode(), i === 2 ? codes.communeB : codes.communeA, {
          name,
          field: i === 2 ? "Chứng thực" : "Hộ tịch",
          onlineLevel: i === 1 ? "partial" : "full",
        }),
      });
    const list = async (qs: string) =>
      (await (await app.request(`/api/procedures?${qs}`)).json()) as {
        items: { name: string }[];
        nextCursor: string | null;
      };

    const births = await list(`q=dang%20ky%20KHAI%20sinh&agency=${codes.communeA}`);
    expect(births.items.map((x) => x.name)).toEqual([
      "Đăng ký khai sinh cho trẻ em",
      "Đăng ký khai sinh có yếu tố nước ngoài",
    ]);
    expect(
      (await list(`field=chung%20thuc&agency=${codes.communeB}`)).items.map((x) => x.name),
    ).toEqual(["Chứng thực bản sao từ bản chính"]);
    expect(
      (await list(`onlineLevel=partial&agency=${codes.communeA}`)).items.map((x) => x.name),
    ).toEqual(["Đăng ký kết hôn"]);

    const first = await list(`agency=${codes.communeA}&limit=2`);
    expect(first.items).toHaveLength(2);
    const second = await list(`agency=${codes.communeA}&limit=2&cursor=${first.nextCursor}`);
    expect(second).toMatchObject({ items: [{}], nextCursor: null });
    expect(new Set([...first.items, ...second.items].map((x) => x.name)).size).toBe(3);

    const bad = await app.request("/api/procedures?cursor=nonsense");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: string }).code).toBe("catalog.bad_cursor");
  });
});
