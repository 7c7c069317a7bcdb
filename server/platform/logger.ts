import { pino } from "pino";

export type Logger = pino.Logger;

/**
 * Members that may hold personal data or secrets, wherever they appear in a logged object: they
 * are censored by path before a line is written (Decree 13/2023/NĐ-CP on personal data).
 */
export const REDACTED_PATHS = [
  "password",
  "*.password",
  "passwordHash",
  "*.passwordHash",
  "password_hash",
  "*.password_hash",
  "secret",
  "*.secret",
  // The configuration's secrets one level further down (config.filesS3.secret).
  "*.*.secret",
  "idNumber",
  "*.idNumber",
  "id_number",
  "*.id_number",
  "phone",
  "*.phone",
  "email",
  "*.email",
  "applicant",
  "*.applicant",
  "complainant",
  "*.complainant",
  "params",
  "*.params",
  "headers.cookie",
  "*.headers.cookie",
  "headers.authorization",
  "*.headers.authorization",
  "*.headers['x-csrf-token']",
];

/**
 * Quoted values, e-mail addresses and long digit runs (ID numbers, phones) out of a message from a
 * database or another system (an SMTP refusal names its recipient).
 */
export function scrubText(s: string): string {
  return s
    .replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, "…@…")
    .replace(/"[^"]*"/g, '"…"')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\([^()]*\)=\([^()]*\)/g, "(…)=(…)")
    .replace(/\d{6,}/g, "…");
}

/**
 * An error as logged: its kind, code (SQLSTATE for database errors), routine and scrubbed message
 * and stack. Never the query's parameters, detail, where-clause or the query text.
 */
export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error) && (typeof err !== "object" || err === null))
    return { message: scrubText(String(err)) };
  const e = err as Error & { code?: unknown; routine?: unknown; severity?: unknown };
  return {
    type: e.constructor?.name ?? "Error",
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(typeof e.severity === "string" ? { severity: e.severity } : {}),
    ...(typeof e.routine === "string" ? { routine: e.routine } : {}),
    message: scrubText(String(e.message ?? "")),
    ...(e.stack ? { stack: scrubText(e.stack) } : {}),
    ...(e.cause ? { cause: safeError(e.cause) } : {}),
  };
}

/** Structured JSON logs (one line per event), with request ids added by the HTTP layer. */
export function createLogger(level = "info", destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { app: "motcua" },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: safeError, error: safeError, e: safeError },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  };
  return destination ? pino(options, destination) : pino(options);
}
