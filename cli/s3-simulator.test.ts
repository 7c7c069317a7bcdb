// `motcua s3-simulator` as a process: it says where it listens on its first line, checks the
// secret it was given, and with --dir keeps the objects as files that outlive it.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createS3FileStore } from "../server/modules/documents/index.ts";
import { isAppError } from "../server/platform/errors.ts";
import { kill, motcua, motcuaRun } from "./testing/server-process.ts";

const SECRET = "bi-mat-cua-kho-mo-phong-2026";

async function simulator(args: string[]) {
  const p = motcua(["s3-simulator", "--port", "0", ...args]);
  const url = await new Promise<string>((resolve, reject) => {
    p.child.stdout!.on("data", () => {
      const m = /^MOTCUA_FILES_S3=(\S+)$/m.exec(p.output());
      if (m) resolve(m[1]);
    });
    p.exited.then((r) => reject(new Error(`s3-simulator exited: ${r.out}${r.err}`)));
  });
  return { p, url };
}

describe("motcua s3-simulator", () => {
  it("serves a bucket with the given keys, keeping objects in a folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "motcua-s3-sim-"));
    const { p, url } = await simulator([
      "--secret-key",
      SECRET,
      "--access-key",
      "dien-tap",
      "--bucket",
      "tinh-h58",
      "--dir",
      dir,
    ]);
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/tinh-h58$/);
      expect(p.output()).not.toContain(SECRET);
      const location = {
        endpoint: url,
        region: "us-east-1",
        accessKey: "dien-tap",
        secret: SECRET,
      };
      const bytes = Buffer.from("%PDF-1.7\n% diễn tập\n%%EOF\n");
      const r = await createS3FileStore(location).put(bytes, { declaredName: "a.pdf" });
      const file = join(dir, r.sha256.slice(0, 2), r.sha256);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file).equals(bytes)).toBe(true);
      const wrong = await createS3FileStore({ ...location, secret: "khac" })
        .get(r.sha256)
        .catch((e: unknown) => e);
      expect(isAppError(wrong) && wrong.messages.en).toContain("403 SignatureDoesNotMatch");
    } finally {
      await kill(p);
    }
  }, 120_000);

  it("refuses to start without a secret key, in both languages", async () => {
    const r = await motcuaRun(["s3-simulator"], { MOTCUA_FILES_S3_SECRET_KEY: "" });
    expect(r.code).toBe(2);
    expect(r.err).toContain("cần khoá bí mật");
    expect(r.err).toContain("a secret key is required");
  }, 120_000);
});
