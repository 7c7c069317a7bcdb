// Files uploaded before their dossier exists (the citizen's online submission, the officer's scan
// at the counter): the content-checked file store takes the bytes, a staging row keeps what its
// check found, and intake attaches to the dossier only files that went through it.
import type { Clock } from "../../platform/clock.ts";
import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";
import { type FileStore, MEDIA } from "../documents/index.ts";

/** Largest file a citizen or an officer uploads for a dossier component, in bytes. */
export const UPLOAD_MAX_BYTES = 20 * 1024 * 1024;

/** Component files: scans and photos of papers (Decree 45/2020/NĐ-CP Art. 9: PDF or images). */
export const UPLOAD_TYPES = [MEDIA.pdf, MEDIA.png, MEDIA.jpeg, MEDIA.tiff] as readonly string[];

export interface StagedUpload {
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
}

export function uploadTooLarge(size: number) {
  return new AppError("dossiers.upload_too_large", "too_large", {
    vi: `Tệp tải lên có ${size} byte, vượt giới hạn ${UPLOAD_MAX_BYTES} byte.`,
    en: `The uploaded file has ${size} bytes, over the ${UPLOAD_MAX_BYTES}-byte limit.`,
  });
}

export async function stageUpload(
  db: Sql,
  files: FileStore | undefined,
  clock: Clock,
  bytes: Uint8Array,
  fileName: string,
  declaredType: string,
): Promise<StagedUpload> {
  if (!files)
    throw new AppError("dossiers.files_unavailable", "internal", {
      vi: "Hệ thống chưa cấu hình kho tệp, không nhận được tệp.",
      en: "No file store is configured; files cannot be uploaded.",
    });
  if (bytes.length > UPLOAD_MAX_BYTES) throw uploadTooLarge(bytes.length);
  // The store checks the real type by content, the size and zip bombs.
  const stored = await files.put(bytes, { declaredName: fileName, declaredType });
  if (!UPLOAD_TYPES.includes(stored.mediaType))
    throw new AppError("dossiers.upload_type", "unsupported", {
      vi: `Tệp "${fileName}" có nội dung ${stored.mediaType}; thành phần hồ sơ nhận tệp PDF, PNG, JPEG hoặc TIFF.`,
      en: `File "${fileName}" is ${stored.mediaType}; dossier components take PDF, PNG, JPEG or TIFF files.`,
    });
  await db.query(
    `INSERT INTO dossier_uploads (sha256, media_type, size, file_name, uploaded_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (sha256) DO NOTHING`,
    [stored.sha256, stored.mediaType, stored.size, fileName, clock.now()],
  );
  return { sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType, fileName };
}

/** The staged uploads among these hashes. */
export async function stagedUploads(
  sql: Sql,
  hashes: string[],
): Promise<Map<string, StagedUpload>> {
  if (!hashes.length) return new Map();
  const r = await sql.query<{
    sha256: string;
    media_type: string;
    size: number;
    file_name: string;
  }>(
    "SELECT sha256, media_type, size, file_name FROM dossier_uploads WHERE sha256 = ANY($1::text[])",
    [hashes],
  );
  return new Map(
    r.rows.map((x) => [
      x.sha256,
      { sha256: x.sha256, mediaType: x.media_type, size: Number(x.size), fileName: x.file_name },
    ]),
  );
}

/** The name the browser sent (URI-encoded header), without folders or quotes. */
export function safeFileName(raw: string | undefined, fallback: string): string {
  if (!raw) return fallback;
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // keep the raw header
  }
  return (
    name
      .replace(/^.*[\\/]/, "")
      .replace(/["\r\n]/g, "")
      .slice(0, 200) || fallback
  );
}
