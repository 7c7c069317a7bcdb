// Errors of the documents module: every code is "documents.*" and names the file or field at fault.
import { AppError, type ErrorKind } from "../../platform/errors.ts";

export function docError(
  code: string,
  kind: ErrorKind,
  vi: string,
  en: string,
  opts: { extra?: Record<string, unknown>; cause?: unknown } = {},
): AppError {
  return new AppError(`documents.${code}`, kind, { vi, en }, opts);
}
