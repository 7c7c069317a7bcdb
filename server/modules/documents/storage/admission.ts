// What every file store checks before it keeps a file, wherever the bytes then go (a folder, an
// S3-compatible bucket): the real type by content against an allow-list, the size, zip bombs,
// the declared type and extension; and, on the way out, that the bytes still hash to their name.
import { createHash } from "node:crypto";
import { extname } from "node:path";
import { docError } from "../errors.ts";
import {
  ACCEPTED_DECLARATIONS,
  detectMediaType,
  EXTENSIONS,
  MEDIA,
  type MediaType,
  ZIP_BASED,
} from "./detect.ts";
import { DEFAULT_ZIP_LIMITS, inspectZip, type ZipLimits, ZipProblem } from "./zip-inspect.ts";

export interface StoredFile {
  sha256: string;
  size: number;
  mediaType: MediaType;
}

export interface FileStoreOptions {
  /** Largest accepted file, in bytes (default 20 MiB). */
  maxBytes?: number;
  /** Media types accepted (default: PDF, PNG, JPEG, TIFF, ZIP, DOCX, XLSX, ODT, ODS, XML, text). */
  allow?: readonly MediaType[];
  zip?: Partial<ZipLimits>;
}

export interface FileStore {
  put(
    bytes: Uint8Array,
    meta: { declaredName: string; declaredType?: string },
  ): Promise<StoredFile>;
  get(sha256: string): Promise<Uint8Array>;
  has(sha256: string): Promise<boolean>;
}

export const DEFAULT_ALLOW: readonly MediaType[] = [
  MEDIA.pdf,
  MEDIA.png,
  MEDIA.jpeg,
  MEDIA.tiff,
  MEDIA.zip,
  MEDIA.docx,
  MEDIA.xlsx,
  MEDIA.odt,
  MEDIA.ods,
  MEDIA.xml,
  MEDIA.text,
];
const SHA256 = /^[0-9a-f]{64}$/;
/** Declarations that claim nothing (a browser that does not know the type). */
const NO_CLAIM = new Set(["", "application/octet-stream", "binary/octet-stream"]);

export const sha256Of = (bytes: Uint8Array): string =>
  createHash("sha256").update(bytes).digest("hex");

/** The checks of `put`, with the limits of one store: the file's name, size and real type. */
export function admission(
  opts: FileStoreOptions = {},
): (bytes: Uint8Array, meta: { declaredName: string; declaredType?: string }) => StoredFile {
  const maxBytes = opts.maxBytes ?? 20 * 1024 * 1024;
  const allow = new Set(opts.allow ?? DEFAULT_ALLOW);
  const zipLimits = { ...DEFAULT_ZIP_LIMITS, ...opts.zip };
  return (bytes, { declaredName: name, declaredType }) => {
    if (bytes.length === 0)
      throw docError("empty_file", "bad_input", `Tệp "${name}" rỗng`, `File "${name}" is empty`);
    if (bytes.length > maxBytes)
      throw docError(
        "file_too_large",
        "too_large",
        `Tệp "${name}" có ${bytes.length} byte, vượt giới hạn ${maxBytes} byte`,
        `File "${name}" has ${bytes.length} bytes, over the ${maxBytes}-byte limit`,
        { extra: { limit: maxBytes } },
      );
    const mediaType = detectMediaType(bytes);
    if (!allow.has(mediaType))
      throw docError(
        "type_not_allowed",
        "unsupported",
        `Tệp "${name}" có kiểu ${mediaType}, không thuộc các kiểu được chấp nhận`,
        `File "${name}" is ${mediaType}, which is not accepted`,
        { extra: { mediaType } },
      );
    checkDeclared(name, declaredType, mediaType);
    if (ZIP_BASED.includes(mediaType))
      checkZip(name, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), zipLimits);
    return { sha256: sha256Of(bytes), size: bytes.length, mediaType };
  };
}

export function checkSha(sha: string): void {
  if (!SHA256.test(sha))
    throw docError(
      "bad_hash",
      "bad_input",
      `Mã băm "${sha}" không phải SHA-256`,
      `"${sha}" is not a SHA-256 hash`,
    );
}

export function fileNotFound(sha256: string) {
  return docError("file_not_found", "not_found", `Không có tệp ${sha256}`, `No file ${sha256}`);
}

export function fileCorrupt(sha256: string) {
  return docError(
    "file_corrupt",
    "internal",
    `Tệp ${sha256} bị hỏng trong kho`,
    `Stored file ${sha256} is corrupt`,
  );
}

/** Whether the bytes read back still hash to their name. */
export const intact = (sha256: string, bytes: Uint8Array): boolean => sha256Of(bytes) === sha256;

function checkDeclared(name: string, declaredType: string | undefined, real: MediaType): void {
  const declared = (declaredType ?? "").split(";")[0].trim().toLowerCase();
  const typeOk =
    NO_CLAIM.has(declared) || (ACCEPTED_DECLARATIONS[real] ?? [real]).includes(declared);
  const ext = extname(name).slice(1).toLowerCase();
  const extOk = ext === "" || (EXTENSIONS[real] ?? []).includes(ext);
  if (!typeOk || !extOk)
    throw docError(
      "type_mismatch",
      "unsupported",
      `Tệp "${name}" khai là ${declared || `.${ext}`} nhưng nội dung là ${real}`,
      `File "${name}" claims ${declared || `.${ext}`} but its content is ${real}`,
      { extra: { declaredType: declared, mediaType: real } },
    );
}

function checkZip(name: string, buf: Buffer, limits: ZipLimits): void {
  try {
    inspectZip(buf, limits);
  } catch (e) {
    if (!(e instanceof ZipProblem)) throw e;
    const corrupt = e.kind === "corrupt";
    throw docError(
      corrupt ? "corrupt_archive" : "unsafe_archive",
      e.kind === "too_large" ? "too_large" : "unprocessable",
      `Tệp nén "${name}" bị từ chối (${e.kind}): ${e.message}`,
      `Archive "${name}" rejected (${e.kind}): ${e.message}`,
      { extra: { problem: e.kind } },
    );
  }
}
