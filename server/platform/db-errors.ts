// Database errors caused by the request's data become 4xx problems, in both languages, without the
// database's own text (which quotes the offending value). SQLSTATE classes: PostgreSQL Appendix A.
import { AppError } from "./errors.ts";

export function sqlState(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : null;
}

/** The problem a database error stands for when the request's data caused it; null otherwise. */
export function databaseProblem(err: unknown): AppError | null {
  const state = sqlState(err);
  if (!state) return null;
  // Class 22, data exception: a value out of range, malformed, or not valid text.
  if (state.startsWith("22"))
    return new AppError(
      "http.invalid_value",
      "bad_input",
      {
        vi: `Dữ liệu gửi lên có giá trị không hợp lệ hoặc vượt giới hạn lưu trữ (mã ${state}).`,
        en: `The request holds a value that is malformed or out of the storable range (code ${state}).`,
      },
      { extra: { sqlState: state } },
    );
  // 23505 unique violation: the same record was written concurrently or already exists.
  if (state === "23505")
    return new AppError(
      "http.duplicate",
      "conflict",
      {
        vi: "Bản ghi này đã tồn tại (có thể vừa được tạo đồng thời). Vui lòng tải lại và thử lại.",
        en: "This record already exists (perhaps created concurrently). Reload and retry.",
      },
      { extra: { sqlState: state } },
    );
  // 54000 program limit exceeded (e.g. a value too large for an index).
  if (state === "54000")
    return new AppError(
      "http.value_too_large",
      "bad_input",
      {
        vi: "Một giá trị gửi lên quá lớn để lưu trữ.",
        en: "A value in the request is too large to store.",
      },
      { extra: { sqlState: state } },
    );
  return null;
}
