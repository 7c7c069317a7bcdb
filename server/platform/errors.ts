// One error type for the whole system. Codes are prefixed by module ("calendar.bad_unit");
// every error carries a Vietnamese and an English message and maps to one HTTP status.

export interface Messages {
  vi: string;
  en: string;
}

export type ErrorKind =
  | "bad_input" // 400
  | "unauthenticated" // 401
  | "forbidden" // 403
  | "not_found" // 404
  | "conflict" // 409
  | "too_large" // 413
  | "unsupported" // 415
  | "unprocessable" // 422
  | "rate_limited" // 429
  | "internal" // 500
  | "unavailable"; // 503: a part the deployment has not configured (signing identity)

export const STATUS_OF_KIND: Record<ErrorKind, number> = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export interface FieldIssue {
  /** Where: a JSON pointer-like path ("applicant.idNumber"), an argument ("--unit") or "line 12". */
  field: string;
  vi: string;
  en: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly messages: Messages;
  readonly issues: FieldIssue[];
  readonly extra: Record<string, unknown>;

  constructor(
    code: string,
    kind: ErrorKind,
    messages: Messages,
    opts: { issues?: FieldIssue[]; extra?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(messages.en, { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.kind = kind;
    this.messages = messages;
    this.issues = opts.issues ?? [];
    this.extra = opts.extra ?? {};
  }

  get status(): number {
    return STATUS_OF_KIND[this.kind];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Shorthand for a bad-input error about one field. */
export function badInput(code: string, field: string, vi: string, en: string): AppError {
  return new AppError(
    code,
    "bad_input",
    { vi: `${field}: ${vi}`, en: `${field}: ${en}` },
    {
      issues: [{ field, vi, en }],
    },
  );
}

export function notFound(code: string, what: Messages): AppError {
  return new AppError(code, "not_found", what);
}

export function forbidden(code: string, what: Messages): AppError {
  return new AppError(code, "forbidden", what);
}

export function conflict(code: string, what: Messages, extra?: Record<string, unknown>): AppError {
  return new AppError(code, "conflict", what, { extra });
}

/** RFC 9457 problem details, in the requested language with the other one beside it. */
export function toProblem(e: AppError, lang: "vi" | "en", instance?: string, requestId?: string) {
  // Extension members first: the members RFC 9457 defines (and ours) are never overwritten by them.
  return {
    ...e.extra,
    type: `https://motcua.gov.vn/problems/${e.code}`,
    title: e.messages[lang],
    status: e.status,
    code: e.code,
    detail: e.messages[lang],
    messages: e.messages,
    instance,
    requestId,
    ...(e.issues.length ? { errors: e.issues } : {}),
  };
}
