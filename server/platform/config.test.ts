// The file store's settings: an S3-compatible store is named by its endpoint with the bucket and
// needs both keys; a bad setting stops the start with a message naming the variable in both
// languages; the secret never reaches a log line.
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";
import { isAppError } from "./errors.ts";
import { createLogger } from "./logger.ts";

const S3 = {
  MOTCUA_FILES_S3: "http://127.0.0.1:9000/motcua-files",
  MOTCUA_FILES_S3_ACCESS_KEY: "motcua",
  MOTCUA_FILES_S3_SECRET_KEY: "khoa-bi-mat-rat-dai-0001",
};

function refusal(env: Record<string, string>) {
  try {
    loadConfig(env);
  } catch (e) {
    if (isAppError(e)) return e.messages;
  }
  throw new Error("expected the configuration to be refused");
}

describe("configuration of the file store", () => {
  it("keeps the folder unless an S3 store is named; empty settings mean unset", () => {
    expect(loadConfig({}).filesS3).toBeUndefined();
    expect(loadConfig({ MOTCUA_FILES_S3: "", MOTCUA_FILES_S3_SECRET_KEY: "" }).filesS3).toBe(
      undefined,
    );
    expect(loadConfig(S3).filesS3).toEqual({
      endpoint: "http://127.0.0.1:9000/motcua-files",
      region: "us-east-1",
      accessKey: "motcua",
      secret: "khoa-bi-mat-rat-dai-0001",
    });
    expect(loadConfig({ ...S3, MOTCUA_FILES_S3_REGION: "ap-southeast-1" }).filesS3?.region).toBe(
      "ap-southeast-1",
    );
  });

  it("refuses an S3 store without its keys, naming each missing variable in both languages", () => {
    const m = refusal({ MOTCUA_FILES_S3: S3.MOTCUA_FILES_S3 });
    expect(m.vi).toContain("MOTCUA_FILES_S3_ACCESS_KEY: bắt buộc khi đặt MOTCUA_FILES_S3");
    expect(m.vi).toContain("MOTCUA_FILES_S3_SECRET_KEY: bắt buộc khi đặt MOTCUA_FILES_S3");
    expect(m.en).toContain("MOTCUA_FILES_S3_SECRET_KEY: is required when MOTCUA_FILES_S3 is set");
  });

  it("refuses an address without a bucket, with a query or with credentials in it", () => {
    for (const bad of [
      "http://127.0.0.1:9000",
      "http://127.0.0.1:9000/",
      "ftp://host/bucket",
      "http://host/bucket?x=1",
      "http://user:pass@host/bucket",
      "not a url",
    ]) {
      const m = refusal({ ...S3, MOTCUA_FILES_S3: bad });
      expect(m.vi, bad).toContain("MOTCUA_FILES_S3: cần địa chỉ http(s)://máy-chủ[:cổng]/bucket");
      expect(m.en, bad).toContain("MOTCUA_FILES_S3: expected http(s)://host[:port]/bucket");
      expect(m.en, bad).not.toContain("pass");
    }
    // A key prefix after the bucket is taken.
    const prefixed = "https://s3.example.vn/motcua/node-1";
    expect(loadConfig({ ...S3, MOTCUA_FILES_S3: prefixed }).filesS3?.endpoint).toBe(prefixed);
  });

  it("never writes the secret key to a log line, wherever the configuration is logged", () => {
    const lines: string[] = [];
    const log = createLogger("info", { write: (l: string) => void lines.push(l) });
    const config = loadConfig(S3);
    log.info({ filesS3: config.filesS3 }, "file store");
    log.info({ config }, "configuration");
    const text = lines.join("");
    expect(text).not.toContain(S3.MOTCUA_FILES_S3_SECRET_KEY);
    expect(text).toContain("motcua-files");
    expect(text).toContain("[redacted]");
  });
});
