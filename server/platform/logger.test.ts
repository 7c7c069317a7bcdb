// Database errors and personal data never reach a log line: the error serializer keeps the kind,
// SQLSTATE and a scrubbed message; redaction censors personal members by path.
import { describe, expect, it } from "vitest";
import { createLogger, scrubText } from "./logger.ts";
import { testDb } from "./testing.ts";

function capture() {
  const lines: string[] = [];
  return { lines, log: createLogger("info", { write: (l: string) => void lines.push(l) }) };
}

describe("logs", () => {
  // A store of its own, migrated inside the test: the budget of a hook, not of a test.
  it("log a database error without its parameters, detail or quoted values", {
    timeout: 60_000,
  }, async () => {
    const db = await testDb();
    const { lines, log } = capture();
    const err = await db
      .query("SELECT $1::int AS n, $2::text AS t", ["079199912345", "bí mật"])
      .catch((e: unknown) => e);
    log.error({ err }, "unhandled error");
    const dup = await db
      .query(
        "CREATE TEMP TABLE t (id text PRIMARY KEY); INSERT INTO t VALUES ('0912777333'), ('0912777333')",
      )
      .catch((e: unknown) => e);
    log.error({ err: dup }, "unhandled error");
    await db.close();
    const text = lines.join("");
    expect(text).toContain('"code":"22003"');
    expect(text).not.toContain("079199912345");
    expect(text).not.toContain("0912777333");
    expect(text).not.toContain("bí mật");
    expect(text).not.toContain("params");
  });

  it("leave no e-mail address, phone or ID number in another system's refusal", () => {
    const line = scrubText(
      "SMTP 550 5.1.1 <tran.binh@example.vn>: Recipient address rejected; SMS 0901234567 / 087190000001",
    );
    expect(line).not.toMatch(/tran\.binh|example\.vn|0901234567|087190000001/);
    expect(line).toContain("SMTP 550 5.1.1");
  });

  it("censor personal members and secrets by path", () => {
    const { lines, log } = capture();
    log.info(
      {
        body: { password: "mat-khau-1234", applicant: { idNumber: "079199912345" } },
        user: { phone: "0909111222", secret: "ABCD1234" },
        req: { headers: { cookie: "motcua_session=xyz" } },
      },
      "request",
    );
    const text = lines.join("");
    for (const v of ["mat-khau-1234", "079199912345", "0909111222", "ABCD1234", "xyz"])
      expect(text).not.toContain(v);
    expect(text).toContain("[redacted]");
  });
});

describe("the problem answer", () => {
  it("logs a refusal that is the system's fault (503) by its code, without its message", async () => {
    const { Hono } = await import("hono");
    const { problemResponse } = await import("../app.ts");
    const { AppError } = await import("./errors.ts");
    const { lines, log } = capture();
    const app = new Hono();
    app.onError((err, c) => problemResponse(err, c as never, log));
    app.get("/x", () => {
      throw new AppError("files.store_unavailable", "unavailable", {
        vi: "Kho tệp của hồ sơ 079199912345 không trả lời",
        en: "The file store of dossier 079199912345 does not answer",
      });
    });
    app.get("/y", () => {
      throw new AppError("dossiers.not_found", "not_found", { vi: "Không có", en: "None" });
    });
    expect((await app.request("/x")).status).toBe(503);
    expect((await app.request("/y")).status).toBe(404);
    const text = lines.join("");
    expect(text).toContain('"code":"files.store_unavailable"');
    expect(text).not.toContain("079199912345");
    // A refusal of the user's request (404) is not the operators' concern.
    expect(text).not.toContain("dossiers.not_found");
  });
});
