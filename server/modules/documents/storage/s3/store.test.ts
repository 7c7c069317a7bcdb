// The S3 adapter against the local S3 simulator, which checks every signature as S3 does: where
// the files land, that a file already there is not sent again, the retries on busy and slow
// answers, damaged reads, wrong credentials, and the simulator's own refusals.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type AppError, isAppError } from "../../../../platform/errors.ts";
import { MEDIA } from "../detect.ts";
import { EMPTY_SHA256, sha256Hex, signRequest } from "./sigv4.ts";
import { type S3Simulator, startS3Simulator } from "./simulator.ts";
import { createS3FileStore, s3FileObjects } from "./store.ts";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const pdf = (text: string) => Buffer.concat([PDF, Buffer.from(`% ${text}\n`)]);
const meta = { declaredName: "to-khai.pdf", declaredType: "application/pdf" };
/** Fast tries for the tests; the defaults wait 200 ms, 400 ms, 800 ms. */
const FAST = { backoffMs: 5, timeoutMs: 5_000 };

let sim: S3Simulator;
beforeAll(async () => {
  sim = await startS3Simulator({ bucket: "motcua-files", region: "ap-southeast-1" });
});
afterAll(() => sim.stop());
beforeEach(() => {
  Object.assign(sim.faults, { failRate: 0, slowMs: 0, failNext: 0, damageNextReads: 0 });
  sim.calls.length = 0;
});

async function rejects(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

describe("S3 file store", () => {
  it("keeps each file under <prefix>/<sha[0:2]>/<sha> and reads it back", async () => {
    const store = createS3FileStore({ ...sim.location, endpoint: `${sim.url}/node-a` }, FAST);
    const bytes = pdf("một tệp");
    const r = await store.put(bytes, meta);
    expect(r).toEqual({ sha256: sha256Hex(bytes), size: bytes.length, mediaType: MEDIA.pdf });
    expect(sim.keys()).toContain(`node-a/${r.sha256.slice(0, 2)}/${r.sha256}`);
    expect(sim.object(`node-a/${r.sha256.slice(0, 2)}/${r.sha256}`)?.equals(bytes)).toBe(true);
    expect(await store.has(r.sha256)).toBe(true);
    expect(Buffer.from(await store.get(r.sha256)).equals(bytes)).toBe(true);
    // Another prefix is another store: the file is not there.
    const other = createS3FileStore({ ...sim.location, endpoint: `${sim.url}/node-b` }, FAST);
    expect(await other.has(r.sha256)).toBe(false);
    expect((await rejects(other.get(r.sha256))).code).toBe("documents.file_not_found");
  });

  it("does not send a file already stored again (HEAD, no second PUT)", async () => {
    const store = createS3FileStore(sim.location, FAST);
    const bytes = pdf("hai lần");
    await store.put(bytes, meta);
    expect(sim.calls.map((c) => `${c.method} ${c.status}`)).toEqual(["HEAD 404", "PUT 200"]);
    sim.calls.length = 0;
    const again = await store.put(bytes, { declaredName: "lan-2.pdf" });
    expect(again.sha256).toBe(sha256Hex(bytes));
    expect(sim.calls.map((c) => `${c.method} ${c.status}`)).toEqual(["HEAD 200"]);
  });

  it("tries again when the service answers 503 SlowDown, and says so when it never recovers", async () => {
    const store = createS3FileStore(sim.location, { ...FAST, attempts: 4 });
    sim.faults.failNext = 3;
    const bytes = pdf("bận");
    const r = await store.put(bytes, meta);
    expect(sim.calls.filter((c) => c.code === "SlowDown")).toHaveLength(3);
    expect(Buffer.from(await store.get(r.sha256)).equals(bytes)).toBe(true);

    sim.faults.failNext = 4;
    const e = await rejects(store.get(r.sha256));
    expect(e.code).toBe("documents.file_store_unavailable");
    expect(e.status).toBe(503);
    expect(e.messages.vi).toMatch(/^Kho tệp S3 127\.0\.0\.1:\d+\/motcua-files không trả lời/);
    expect(e.messages.vi).toContain("sau 4 lần thử (503 SlowDown)");
    expect(e.messages.en).toContain(`did not answer the read of ${r.sha256.slice(0, 2)}/`);
  });

  it("gets through a service that fails a share of its calls", async () => {
    // A fixed sequence instead of chance: every other call is refused.
    const flaky = await startS3Simulator({ failRate: 0.5, random: alternating() });
    try {
      const store = createS3FileStore(flaky.location, FAST);
      for (let i = 0; i < 5; i++) {
        const bytes = pdf(`tệp ${i}`);
        const r = await store.put(bytes, meta);
        expect(Buffer.from(await store.get(r.sha256)).equals(bytes)).toBe(true);
      }
      expect(flaky.calls.filter((c) => c.code === "SlowDown").length).toBeGreaterThanOrEqual(10);
      expect(flaky.keys()).toHaveLength(5);
    } finally {
      await flaky.stop();
    }
  });

  it("gives up on a silent service after the timeout of each try", async () => {
    const bytes = pdf("chậm");
    const r = await createS3FileStore(sim.location, FAST).put(bytes, meta);
    sim.faults.slowMs = 400;
    const impatient = createS3FileStore(sim.location, { ...FAST, timeoutMs: 100, attempts: 2 });
    const e = await rejects(impatient.get(r.sha256));
    expect(e.code).toBe("documents.file_store_unavailable");
    expect(e.messages.en).toContain("after 2 tries (timeout 100 ms)");
    // Slow but within the timeout: answered.
    const patient = createS3FileStore(sim.location, { ...FAST, timeoutMs: 5_000 });
    expect(Buffer.from(await patient.get(r.sha256)).equals(bytes)).toBe(true);
  });

  it("reads again after a damaged transfer, and calls a damaged object corrupt", async () => {
    const store = createS3FileStore(sim.location, FAST);
    const bytes = pdf("hỏng đường truyền");
    const r = await store.put(bytes, meta);
    sim.faults.damageNextReads = 1;
    expect(Buffer.from(await store.get(r.sha256)).equals(bytes)).toBe(true);
    sim.faults.damageNextReads = 2;
    expect((await rejects(store.get(r.sha256))).code).toBe("documents.file_corrupt");
    sim.tamper(`${r.sha256.slice(0, 2)}/${r.sha256}`, Buffer.from("bị sửa"));
    expect((await rejects(store.get(r.sha256))).code).toBe("documents.file_corrupt");
    // A stored object of the wrong length is written again by the next put of the true bytes.
    await store.put(bytes, meta);
    expect(Buffer.from(await store.get(r.sha256)).equals(bytes)).toBe(true);
  });

  it("is refused with a wrong secret or an unknown access key, without naming the secret", async () => {
    const wrong = "sai-khoa-bi-mat-0123456789";
    const badSecret = createS3FileStore({ ...sim.location, secret: wrong }, FAST);
    const e = await rejects(badSecret.put(pdf("khoá sai"), meta));
    expect(e.code).toBe("documents.file_store_refused");
    // The HEAD before the PUT is refused; a HEAD answer has no body to name S3's reason.
    expect(e.messages.vi).toContain("từ chối việc kiểm tra");
    expect(e.messages.en).toContain("(403)");
    expect(JSON.stringify(e.messages)).not.toContain(wrong);
    expect(JSON.stringify(e.messages)).not.toContain(sim.location.secret);
    // A refusal is not retried.
    expect(sim.calls).toEqual([
      expect.objectContaining({ method: "HEAD", status: 403, code: "SignatureDoesNotMatch" }),
    ]);
    const g = await rejects(badSecret.get("0".repeat(64)));
    expect(g.messages.vi).toContain("từ chối việc đọc");
    expect(g.messages.en).toContain("(403 SignatureDoesNotMatch)");

    const badKey = createS3FileStore({ ...sim.location, accessKey: "AKIA-KHONG-CO" }, FAST);
    const k = await rejects(badKey.get("0".repeat(64)));
    expect(k.messages.en).toContain("(403 InvalidAccessKeyId)");
    expect(k.messages.vi).toContain("MOTCUA_FILES_S3_SECRET_KEY");

    const badRegion = createS3FileStore({ ...sim.location, region: "us-east-1" }, FAST);
    expect((await rejects(badRegion.get("0".repeat(64)))).messages.en).toContain(
      "(400 AuthorizationHeaderMalformed)",
    );
    expect(sim.keys().some((key) => key.endsWith(sha256Hex(pdf("khoá sai"))))).toBe(false);
  });

  it("reports a missing bucket and an unreachable service in both languages", async () => {
    const noBucket = createS3FileStore({ ...sim.location, endpoint: `${sim.url}-khac` }, FAST);
    const b = await rejects(noBucket.get("0".repeat(64)));
    expect(b.messages.en).toContain("(404 NoSuchBucket)");
    const down = await startS3Simulator();
    const store = createS3FileStore(down.location, { ...FAST, attempts: 2 });
    await down.stop();
    const e = await rejects(store.has("0".repeat(64)));
    expect(e.code).toBe("documents.file_store_unavailable");
    expect(e.messages.en).toContain("(ECONNREFUSED)");
  });

  it("cannot store bytes under a name that is not their hash (the service checks the signed hash)", async () => {
    const objects = s3FileObjects(sim.location, FAST);
    const bytes = pdf("tên sai");
    const other = sha256Hex(pdf("tệp khác"));
    const e = await rejects(objects.put(other, bytes));
    expect(e.code).toBe("documents.file_store_error");
    expect(e.messages.en).toContain("(400 XAmzContentSHA256Mismatch)");
    expect(sim.keys()).not.toContain(`${other.slice(0, 2)}/${other}`);
    expect(await objects.put(sha256Hex(bytes), bytes)).toBe(true);
  });

  it("lists every stored file across pages (ListObjectsV2), ignoring other keys", async () => {
    const listed = await startS3Simulator();
    try {
      const store = createS3FileStore({ ...listed.location, endpoint: `${listed.url}/p` }, FAST);
      const shas = new Set<string>();
      for (let i = 0; i < 7; i++) shas.add((await store.put(pdf(`danh sách ${i}`), meta)).sha256);
      listed.tamper("p/ghi-chu.txt", Buffer.from("không phải tệp lưu"));
      listed.tamper("khac/00/abc", Buffer.from("ngoài tiền tố"));
      const objects = s3FileObjects({ ...listed.location, endpoint: `${listed.url}/p` }, FAST);
      const seen: string[] = [];
      for await (const sha of objects.list(3)) seen.push(sha);
      expect(new Set(seen)).toEqual(shas);
      expect(seen).toHaveLength(7);
      expect(listed.calls.filter((c) => c.method === "GET" && c.key === "").length).toBe(3);
    } finally {
      await listed.stop();
    }
  });
});

describe("S3 simulator", () => {
  const send = async (
    method: string,
    path: string,
    opts: { body?: string; payloadHash?: string; at?: Date; sign?: boolean } = {},
  ) => {
    const url = new URL(`${sim.url}${path}`);
    const headers =
      opts.sign === false
        ? {}
        : signRequest(
            { method, url, payloadHash: opts.payloadHash ?? sha256Hex(opts.body ?? "") },
            sim.location,
            opts.at ?? new Date(),
          );
    const res = await fetch(url, { method, headers, body: opts.body });
    return { status: res.status, text: await res.text() };
  };

  it("answers S3's XML errors: no signature, a stale one, a body that is not the one signed, no key", async () => {
    const anonymous = await send("GET", "/a/b", { sign: false });
    expect(anonymous.status).toBe(403);
    expect(anonymous.text).toContain("<Code>AccessDenied</Code>");
    const stale = await send("GET", "/a/b", { at: new Date(Date.now() - 20 * 60_000) });
    expect(stale.text).toContain("<Code>RequestTimeTooSkewed</Code>");
    const swapped = await send("PUT", "/a/b", { body: "khác", payloadHash: sha256Hex("gốc") });
    expect(swapped.status).toBe(400);
    expect(swapped.text).toContain("<Code>XAmzContentSHA256Mismatch</Code>");
    expect(sim.keys()).not.toContain("a/b");
    const missing = await send("GET", "/khong/co", { payloadHash: EMPTY_SHA256 });
    expect(missing.status).toBe(404);
    expect(missing.text).toContain("<Code>NoSuchKey</Code>");
    const outside = await send("PUT", "/a%2F..%2F..%2Fngoai", { body: "x" });
    expect(outside.status).toBe(400);
    expect(outside.text).toContain("<Code>InvalidArgument</Code>");
    const put = await send("PUT", "/a/b", { body: "nội dung" });
    expect(put.status).toBe(200);
    expect(sim.object("a/b")?.toString()).toBe("nội dung");
  });
});

/** 0.9, 0.1, 0.9, 0.1…: with failRate 0.5, every other call fails. */
function alternating(): () => number {
  let n = 0;
  return () => (n++ % 2 === 0 ? 0.9 : 0.1);
}
