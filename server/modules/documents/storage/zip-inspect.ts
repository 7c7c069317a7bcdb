// Zip-bomb and archive checks that read only the central directory and local headers: nothing is
// inflated. Catches huge declared sizes, extreme ratios, overlapping entries (non-recursive
// bombs), archives inside archives and unsafe entry paths.

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

export interface ZipLimits {
  /** Sum of declared uncompressed sizes (default 100 MiB). */
  maxTotalUncompressed: number;
  /** Uncompressed / compressed, for the whole archive and for any entry over 1 MiB (default 100). */
  maxRatio: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalUncompressed: 100 * 1024 * 1024,
  maxRatio: 100,
  maxEntries: 10_000,
};

export type ZipProblemKind =
  | "corrupt"
  | "too_many_entries"
  | "too_large"
  | "ratio"
  | "overlap"
  | "nested"
  | "unsafe_path";

export class ZipProblem extends Error {
  constructor(
    readonly kind: ZipProblemKind,
    message: string,
  ) {
    super(message);
  }
}

const MAX32 = 0xffffffff;

function findEocd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 65535);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === 0x06054b50) return i;
  throw new ZipProblem("corrupt", "no end of central directory");
}

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER))
    throw new ZipProblem("too_large", "a ZIP64 size beyond 2^53");
  return Number(v);
}

export function listZipEntries(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipProblem("corrupt", "too short for a ZIP archive");
  const eocd = findEocd(buf);
  let count = buf.readUInt16LE(eocd + 10);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === MAX32) {
    const loc = eocd - 20;
    if (loc < 0 || buf.readUInt32LE(loc) !== 0x07064b50)
      throw new ZipProblem("corrupt", "ZIP64 locator missing");
    const z64 = u64(buf, loc + 8);
    if (z64 + 56 > buf.length || buf.readUInt32LE(z64) !== 0x06064b50)
      throw new ZipProblem("corrupt", "bad ZIP64 record");
    count = u64(buf, z64 + 32);
    cdOffset = u64(buf, z64 + 48);
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50)
      throw new ZipProblem("corrupt", `central directory entry ${i + 1} is damaged`);
    const flags = buf.readUInt16LE(p + 8);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLen + extraLen > buf.length)
      throw new ZipProblem("corrupt", `entry ${i + 1} runs past the end`);
    const name = buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLen);
    const e: ZipEntry = {
      name,
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      uncompressedSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    readZip64Extra(buf, p + 46 + nameLen, extraLen, e);
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Replaces 0xFFFFFFFF sizes and offset by their 64-bit values from extra field 0x0001. */
function readZip64Extra(buf: Buffer, at: number, len: number, e: ZipEntry): void {
  let q = at;
  while (q + 4 <= at + len) {
    const id = buf.readUInt16LE(q);
    const size = buf.readUInt16LE(q + 2);
    if (id === 0x0001) {
      let f = q + 4;
      const next = () => {
        if (f + 8 > q + 4 + size) throw new ZipProblem("corrupt", `bad ZIP64 field in "${e.name}"`);
        const v = u64(buf, f);
        f += 8;
        return v;
      };
      if (e.uncompressedSize === MAX32) e.uncompressedSize = next();
      if (e.compressedSize === MAX32) e.compressedSize = next();
      if (e.localOffset === MAX32) e.localOffset = next();
    }
    q += 4 + size;
  }
}

const ARCHIVE_EXT = /\.(zip|7z|rar|gz|tgz|bz2|xz|zst|tar|jar|cab|iso)$/i;
/** Embedded objects of office documents (charts, OLE packages) are zips by design. */
const OFFICE_EMBEDDING = /^(word|xl|ppt)\/embeddings\/|^Object \d+\//;
const ARCHIVE_MAGIC = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x1f, 0x8b],
  [0x37, 0x7a, 0xbc, 0xaf],
  [0x52, 0x61, 0x72, 0x21],
  [0x42, 0x5a, 0x68],
  [0xfd, 0x37, 0x7a, 0x58],
];

export interface ZipSummary {
  entries: number;
  totalUncompressed: number;
}

export function inspectZip(buf: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipSummary {
  const entries = listZipEntries(buf);
  if (entries.length > limits.maxEntries)
    throw new ZipProblem(
      "too_many_entries",
      `${entries.length} entries (limit ${limits.maxEntries})`,
    );
  let total = 0;
  const spans: { start: number; end: number; name: string }[] = [];
  for (const e of entries) {
    if (e.name.startsWith("/") || e.name.includes("\\") || e.name.split("/").includes(".."))
      throw new ZipProblem("unsafe_path", `unsafe entry path "${e.name}"`);
    total += e.uncompressedSize;
    if (total > limits.maxTotalUncompressed)
      throw new ZipProblem(
        "too_large",
        `uncompressed content over ${limits.maxTotalUncompressed} bytes`,
      );
    if (
      e.uncompressedSize > 1024 * 1024 &&
      e.uncompressedSize > limits.maxRatio * Math.max(1, e.compressedSize)
    )
      throw new ZipProblem(
        "ratio",
        `entry "${e.name}" expands ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))}×`,
      );
    const lh = e.localOffset;
    if (lh + 30 > buf.length || buf.readUInt32LE(lh) !== 0x04034b50)
      throw new ZipProblem("corrupt", `local header of "${e.name}" is missing`);
    const start = lh + 30 + buf.readUInt16LE(lh + 26) + buf.readUInt16LE(lh + 28);
    if (start + e.compressedSize > buf.length)
      throw new ZipProblem("corrupt", `entry "${e.name}" runs past the end`);
    spans.push({ start: lh, end: start + e.compressedSize, name: e.name });
    if (!OFFICE_EMBEDDING.test(e.name)) {
      const stored =
        e.method === 0 &&
        e.compressedSize >= 4 &&
        ARCHIVE_MAGIC.some((sig) => sig.every((v, i) => buf[start + i] === v));
      if (ARCHIVE_EXT.test(e.name) || stored)
        throw new ZipProblem("nested", `archive inside the archive: "${e.name}"`);
    }
  }
  if (total > 1024 * 1024 && total > limits.maxRatio * buf.length)
    throw new ZipProblem("ratio", `archive expands ${Math.round(total / buf.length)}×`);
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++)
    if (spans[i].start < spans[i - 1].end)
      throw new ZipProblem(
        "overlap",
        `entries "${spans[i - 1].name}" and "${spans[i].name}" share bytes`,
      );
  return { entries: entries.length, totalUncompressed: total };
}
