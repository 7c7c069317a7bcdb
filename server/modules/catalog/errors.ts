// Errors of the catalogue: codes "catalog.*", messages in Vietnamese and English naming the field.
import { AppError, type FieldIssue, notFound } from "../../platform/errors.ts";

export function procedureNotFound(code: string, version?: number): AppError {
  return notFound("catalog.not_found", {
    vi: version
      ? `Không có phiên bản ${version} của thủ tục ${code}.`
      : `Không tìm thấy thủ tục mã ${code}.`,
    en: version ? `No version ${version} of procedure ${code}.` : `No procedure with code ${code}.`,
  });
}

/** A procedure that breaks the catalogue's rules; every issue names its field. */
export function invalidProcedure(code: string, issues: FieldIssue[]): AppError {
  return new AppError(
    "catalog.invalid",
    "bad_input",
    {
      vi: `Thủ tục ${code} không hợp lệ: ${issues.map((i) => `${i.field}: ${i.vi}`).join("; ")}`,
      en: `Procedure ${code} is not valid: ${issues.map((i) => `${i.field}: ${i.en}`).join("; ")}`,
    },
    { issues },
  );
}

export function procedureExists(code: string): AppError {
  return new AppError("catalog.exists", "conflict", {
    vi: `Thủ tục mã ${code} đã có trong danh mục; hãy sửa (tạo phiên bản mới) thay vì thêm.`,
    en: `Procedure ${code} is already in the catalogue; edit it (new version) instead.`,
  });
}

export function staleVersion(code: string, expected: number, current: number): AppError {
  return new AppError(
    "catalog.stale_version",
    "conflict",
    {
      vi: `expectedVersion: thủ tục ${code} đã có phiên bản ${current} (bạn sửa từ phiên bản ${expected}). Hãy tải lại.`,
      en: `expectedVersion: procedure ${code} is at version ${current} (you edited version ${expected}). Reload it.`,
    },
    { extra: { currentVersion: current } },
  );
}

export function badCursor(): AppError {
  return new AppError(
    "catalog.bad_cursor",
    "bad_input",
    { vi: "cursor: con trỏ phân trang không hợp lệ", en: "cursor: invalid pagination cursor" },
    {
      issues: [
        { field: "cursor", vi: "con trỏ phân trang không hợp lệ", en: "invalid pagination cursor" },
      ],
    },
  );
}
