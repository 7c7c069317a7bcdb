import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppError, isAppError } from "../../../platform/errors.ts";
import { toXlsx } from "../xlsx.ts";
import type { FileStore, FileStoreOptions } from "./admission.ts";
import { MEDIA } from "./detect.ts";
import { createFileStore, folderPathOf } from "./file-store.ts";
import { type S3Simulator, startS3Simulator } from "./s3/simulator.ts";
import { createS3FileStore } from "./s3/store.ts";
import { buildZip } from "./zip-builder.test-util.ts";

const dir = mkdtempSync(join(tmpdir(), "motcua-files-"));
let sim: S3Simulator;
beforeAll(async () => {
  sim = await startS3Simulator();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await sim.stop();
});

/** The two stores share their admission: each case runs against both. */
interface Kind {
  name: string;
  make(opts?: FileStoreOptions): FileStore;
  /** Overwrites a stored file's bytes where the store keeps them. */
  damage(sha: string, text: string): void;
  /** The names kept where a file is (no temporary file left beside it). */
  beside(sha: string): string[];
}
const KINDS: Kind[] = [
  {
    name: "a folder",
    make: (opts) => createFileStore(dir, opts),
    damage: (sha, text) => writeFileSync(join(dir, folderPathOf(sha)), text),
    beside: (sha) => readdirSync(join(dir, sha.slice(0, 2), sha.slice(2, 4))),
  },
  {
    name: "an S3 bucket (the simulator)",
    make: (opts) => createS3FileStore(sim.location, opts),
    damage: (sha, text) => sim.tamper(`${sha.slice(0, 2)}/${sha}`, Buffer.from(text)),
    beside: (sha) =>
      sim
        .keys()
        .filter((k) => k.startsWith(`${sha.slice(0, 2)}/${sha.slice(0, 4)}`))
        .map((k) => k.slice(3)),
  },
];

const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(40, 1),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(40, 2)]);
const TIFF = Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00]), Buffer.alloc(40, 3)]);
const DOCX = buildZip([
  { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
  { name: "word/document.xml", data: Buffer.from("<w:document>Đơn đề nghị</w:document>") },
]);
const ODT = buildZip([
  { name: "mimetype", data: Buffer.from(MEDIA.odt), method: 0 },
  { name: "content.xml", data: Buffer.from("<office:document-content/>") },
]);

async function rejects(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isAppError(e)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

describe.each(KINDS)("file store in $name", (kind) => {
  let store: FileStore;
  beforeAll(() => {
    store = kind.make();
  });

  it("stores by SHA-256, detects each allowed type, reads back and is idempotent", async () => {
    const xlsx = await toXlsx([
      { name: "Sổ", columns: [{ header: "Mã hồ sơ", key: "code" }], rows: [{ code: "X" }] },
    ]);
    const cases: [Buffer, string, string, string][] = [
      [PDF, "to-khai.pdf", "application/pdf", MEDIA.pdf],
      [PNG, "anh.png", "image/png", MEDIA.png],
      [JPEG, "anh.jpg", "image/jpeg", MEDIA.jpeg],
      [TIFF, "scan.tiff", "image/tiff", MEDIA.tiff],
      [DOCX, "don.docx", MEDIA.docx, MEDIA.docx],
      [xlsx, "so.xlsx", MEDIA.xlsx, MEDIA.xlsx],
      [ODT, "don.odt", MEDIA.odt, MEDIA.odt],
      [Buffer.from('<?xml version="1.0"?><hoSo ma="1"/>'), "hs.xml", "text/xml", MEDIA.xml],
      [
        Buffer.from("Họ và tên: Nguyễn Văn An\n"),
        "ghi-chu.txt",
        "text/plain; charset=utf-8",
        MEDIA.text,
      ],
    ];
    for (const [bytes, name, declared, expected] of cases) {
      const r = await store.put(bytes, { declaredName: name, declaredType: declared });
      expect(r, name).toEqual({
        sha256: createHash("sha256").update(bytes).digest("hex"),
        size: bytes.length,
        mediaType: expected,
      });
      expect(await store.has(r.sha256)).toBe(true);
      expect(Buffer.from(await store.get(r.sha256)).equals(bytes)).toBe(true);
    }
    const again = await store.put(PDF, {
      declaredName: "lan-2.pdf",
      declaredType: "application/octet-stream",
    });
    expect(again.mediaType).toBe(MEDIA.pdf);
    // No temp files left behind.
    const sha = again.sha256;
    expect(kind.beside(sha)).toEqual([sha]);
  });

  it("rejects an upload that lies about its type, by declared type or by extension", async () => {
    const e1 = await rejects(
      store.put(PNG, { declaredName: "giay-to.pdf", declaredType: "application/pdf" }),
    );
    expect(e1.code).toBe("documents.type_mismatch");
    expect(e1.messages.vi).toContain("giay-to.pdf");
    expect(e1.messages.en).toContain("image/png");
    const e2 = await rejects(
      store.put(PDF, { declaredName: "anh.png", declaredType: "application/octet-stream" }),
    );
    expect(e2.code).toBe("documents.type_mismatch");
  });

  it("rejects types outside the allow-list (executables, HTML, SVG) and empty files", async () => {
    const exe = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(100, 0)]);
    expect((await rejects(store.put(exe, { declaredName: "a.exe" }))).code).toBe(
      "documents.type_not_allowed",
    );
    const html = Buffer.from("<!DOCTYPE html><html><script>alert(1)</script></html>");
    expect((await rejects(store.put(html, { declaredName: "a.html" }))).code).toBe(
      "documents.type_not_allowed",
    );
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>');
    expect((await rejects(store.put(svg, { declaredName: "a.svg" }))).code).toBe(
      "documents.type_not_allowed",
    );
    expect((await rejects(store.put(new Uint8Array(0), { declaredName: "rong.pdf" }))).code).toBe(
      "documents.empty_file",
    );
  });

  it("enforces the size limit", async () => {
    const small = kind.make({ maxBytes: 1000 });
    const big = Buffer.concat([PDF, Buffer.alloc(2000, 0x20)]);
    const e = await rejects(
      small.put(big, { declaredName: "lon.pdf", declaredType: "application/pdf" }),
    );
    expect(e.code).toBe("documents.file_too_large");
    expect(e.status).toBe(413);
    expect(e.messages.en).toContain("lon.pdf");
  });

  it("detects a zip bomb from its central directory without inflating it", async () => {
    // 64 MiB of zeros deflates to about 64 KiB: a ratio near 1000.
    const bomb = buildZip([{ name: "zeros.txt", data: Buffer.alloc(64 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(200_000);
    const e = await rejects(
      store.put(bomb, { declaredName: "ho-so.zip", declaredType: "application/zip" }),
    );
    expect(e.code).toBe("documents.unsafe_archive");
    expect(e.extra.problem).toBe("ratio");
    expect(e.messages.vi).toContain("ho-so.zip");
  });

  it("rejects archives whose declared total is too large, that nest archives, overlap or escape", async () => {
    const liar = buildZip([{ name: "a.txt", data: Buffer.from("x"), claimSize: 3_000_000_000 }]);
    expect((await rejects(store.put(liar, { declaredName: "a.zip" }))).extra.problem).toBe(
      "too_large",
    );
    const inner = buildZip([{ name: "x.txt", data: Buffer.from("x") }]);
    const nested = buildZip([{ name: "inner.zip", data: inner }]);
    expect((await rejects(store.put(nested, { declaredName: "n.zip" }))).extra.problem).toBe(
      "nested",
    );
    const disguised = buildZip([{ name: "photo.jpg", data: inner, method: 0 }]);
    expect((await rejects(store.put(disguised, { declaredName: "d.zip" }))).extra.problem).toBe(
      "nested",
    );
    const overlap = buildZip(
      Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.txt`, data: Buffer.alloc(1000, 65) })),
      { overlapAll: true },
    );
    expect((await rejects(store.put(overlap, { declaredName: "o.zip" }))).extra.problem).toBe(
      "overlap",
    );
    const slip = buildZip([{ name: "../../etc/passwd", data: Buffer.from("x") }]);
    expect((await rejects(store.put(slip, { declaredName: "s.zip" }))).extra.problem).toBe(
      "unsafe_path",
    );
    const many = kind.make({ zip: { maxEntries: 3 } });
    const four = buildZip(
      Array.from({ length: 4 }, (_, i) => ({ name: `${i}.txt`, data: Buffer.from("x") })),
    );
    expect((await rejects(many.put(four, { declaredName: "4.zip" }))).extra.problem).toBe(
      "too_many_entries",
    );
    const ok = await store.put(inner, { declaredName: "ok.zip", declaredType: "application/zip" });
    expect(ok.mediaType).toBe(MEDIA.zip);
  });

  it("validates hashes, reports missing files and corrupt stored files", async () => {
    expect((await rejects(store.get("../../etc/passwd"))).code).toBe("documents.bad_hash");
    expect((await rejects(store.get("0".repeat(64)))).code).toBe("documents.file_not_found");
    expect(await store.has("0".repeat(64))).toBe(false);
    const r = await store.put(Buffer.from("nội dung gốc\n"), {
      declaredName: "g.txt",
      declaredType: "text/plain",
    });
    kind.damage(r.sha256, "bị sửa\n");
    expect((await rejects(store.get(r.sha256))).code).toBe("documents.file_corrupt");
  });
});
