// Exchange records (import, export, national-portal synchronisation): one JSON object per line.
// Shapes follow docs "sync-record" (the fields the National Public Service Portal reads to
// compute the Decision 766/QĐ-TTg index), in our own names. Unknown fields are rejected.
import { z } from "zod";

/** An instant: ISO 8601 with an explicit offset ("+07:00" or "Z"); a bare local time is refused. */
export const instant = z.iso.datetime({ offset: true });
/** A calendar date, Vietnam time: YYYY-MM-DD (checked against the real calendar). */
export const isoDate = z.iso.date();
const code = z.string().trim().min(1);
const amount = z.number().int().nonnegative();

export const AGENCY_LEVELS = ["province", "department", "commune", "center", "vertical"] as const;
export const agencyLevel = z.enum(AGENCY_LEVELS);

export const bankAccount = z
  .object({
    bin: z.string().regex(/^\d{6}$/, "6 digits"),
    number: z.string().trim().min(1).max(40),
    name: z.string().trim().min(1).max(200),
  })
  .strict();

export const agencyRecord = z
  .object({
    code,
    name: z.string().trim().min(1),
    parent: code.nullable(),
    level: agencyLevel,
    validFrom: isoDate.optional(),
    validTo: isoDate.optional(),
    mergedInto: code.optional(),
    /** Where the agency collects fees: the bank's BIN (NAPAS), the account number and name. */
    bankAccount: bankAccount.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.level === "province" && a.parent !== null)
      issue(
        ctx,
        ["parent"],
        "tỉnh không có đơn vị cấp trên (phải là null)",
        "a province has no parent (must be null)",
      );
    if (a.validFrom && a.validTo && a.validTo < a.validFrom)
      issue(ctx, ["validTo"], "trước validFrom", "is before validFrom");
  });

/** Units a legal handling time may be stated in [DonViTinh]. */
export const DURATION_UNITS = [
  "working-days",
  "working-hours",
  "days",
  "months",
  "same-day",
] as const;
export const durationUnit = z.enum(DURATION_UNITS);
export const duration = z.object({ value: z.number().nonnegative(), unit: durationUnit }).strict();

export const fee = z.object({ name: z.string().trim().min(1), amount }).strict();
export const APPLICANT_TYPES = [
  "citizen",
  "organisation",
  "overseas-vietnamese",
  "foreigner",
] as const;
/** How a dossier may be submitted (cách thức thực hiện). */
export const PROCEDURE_METHODS = ["counter", "online", "postal"] as const;
/** Level of a procedure: the agency levels plus "central" (a ministry's procedure done locally). */
export const PROCEDURE_LEVELS = ["central", ...AGENCY_LEVELS] as const;

export const procedureRecord = z
  .object({
    code,
    name: z.string().trim().min(1),
    field: z.string().trim().min(1),
    agencies: z.array(code),
    level: z.enum(PROCEDURE_LEVELS),
    duration,
    onlineLevel: z.enum(["full", "partial", "none"]),
    fullOnlineEligible: z.boolean(),
    fees: z.array(fee),
    resultIsDocument: z.boolean(),
    applicantTypes: z.array(z.enum(APPLICANT_TYPES)),
    components: z.array(
      z.object({ name: z.string().trim().min(1), required: z.boolean() }).strict(),
    ),
    steps: z.array(
      z
        .object({
          name: z.string().trim().min(1),
          role: z.string().trim().min(1),
          hours: z.number().nonnegative(),
        })
        .strict(),
    ),
    /** Date of the announcing decision (QĐ công bố); null while not announced. */
    announcedAt: isoDate.nullable(),
    /** Effective date of the legal basis; null when unknown. */
    legalBasisEffectiveAt: isoDate.nullable(),
    /** Date published in the national procedure database; null while not published. */
    publishedAt: isoDate.nullable(),
    // Optional published parts, so a whole catalogue can travel (sync-record.md, Procedure).
    /** Cách thức thực hiện: how a dossier may be submitted. */
    method: z.array(z.enum(PROCEDURE_METHODS)).optional(),
    /** Số lượng hồ sơ: number of sets. */
    sets: z.number().int().min(1).max(20).optional(),
    /** Yêu cầu, điều kiện thực hiện. */
    requirements: z.array(z.string().trim().min(1)).optional(),
    /** Căn cứ pháp lý: the legal documents. */
    legalBasis: z.array(z.string().trim().min(1)).optional(),
    /** Names of the form templates (mẫu đơn, tờ khai). */
    forms: z.array(z.string().trim().min(1)).optional(),
    /** The decision announcing the procedure (số và ngày quyết định công bố). */
    announcement: z
      .object({ number: z.string().trim().min(1), date: isoDate })
      .strict()
      .optional(),
  })
  .strict();

export const EVENT_TYPES = [
  "received",
  "supplement-requested",
  "supplement-completed",
  "payment-requested",
  "handled",
  "result-returned",
  "refused",
  "stopped",
  "withdrawn",
] as const;
export const dossierEvent = z.object({ type: z.enum(EVENT_TYPES), at: instant }).strict();

export const dossierRecord = z
  .object({
    code, // [MaHoSo]
    procedure: code, // [MaTTHC]
    agency: code, // competent agency
    channel: z.literal([1, 2, 3]), // 1 counter, 2 online, 3 postal [KenhThucHien]
    submittedAt: instant, // [NgayNopHoSo]
    receivedAt: instant.nullable(), // null when never received [NgayTiepNhan]
    dueAt: instant.nullable(), // [NgayHenTra]
    status: z.number().int().min(1).max(10), // [TrangThaiHoSo]
    events: z.array(dossierEvent),
    paidOnline: z.literal([0, 1, 2]), // [DuocThanhToanTrucTuyen]
    fees: z.array(fee), // [DanhSachPhiLePhi]
    components: z.array(
      z
        .object({
          name: z.string().trim().min(1),
          digitized: z.literal([0, 1, 2, 3]), // [TaiLieuNop.DuocSoHoa]
          fromPersonalStore: z.boolean(), // [TaiLieuNop.DuocLayTuKhoDMQG]
        })
        .strict(),
    ),
    vneidVerified: z.boolean(),
    populationDb: z.boolean(),
    result: z
      .object({ code, file: z.string().trim().min(1) })
      .strict()
      .nullable(),
    resultPushedToPersonalStore: z.boolean(),
    syncedToPortal: z.boolean(),
    fullOnline: z.boolean(),
    feedback: z
      .object({ complaint: z.boolean(), reaction: z.enum(["like", "dislike"]).nullable() })
      .strict(),
  })
  .strict()
  .superRefine((d, ctx) => {
    for (let i = 1; i < d.events.length; i++) {
      if (Date.parse(d.events[i].at) < Date.parse(d.events[i - 1].at))
        issue(
          ctx,
          ["events", i, "at"],
          `sự kiện thứ ${i} (${d.events[i].type}) sớm hơn sự kiện thứ ${i - 1}: các sự kiện phải theo thứ tự thời gian`,
          `event ${i} (${d.events[i].type}) is earlier than event ${i - 1}: events must be in time order`,
        );
    }
  });

export type AgencyRecord = z.infer<typeof agencyRecord>;
export type ProcedureRecord = z.infer<typeof procedureRecord>;
export type DossierRecord = z.infer<typeof dossierRecord>;
export type DossierEvent = z.infer<typeof dossierEvent>;
export type DossierEventType = (typeof EVENT_TYPES)[number];
export type Duration = z.infer<typeof duration>;
export type DurationUnit = (typeof DURATION_UNITS)[number];
export type Fee = z.infer<typeof fee>;

function issue(ctx: z.RefinementCtx, path: (string | number)[], vi: string, en: string): void {
  ctx.addIssue({ code: "custom", path, message: en, params: { vi, en } });
}

/** One problem with a record, naming the field path ("events[2].at"), in Vietnamese and English. */
export interface RecordIssue {
  field: string;
  vi: string;
  en: string;
}

/** Field path as text: ["events", 2, "at"] → "events[2].at"; the whole record → "(record)". */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const k of path) out += typeof k === "number" ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || "(record)";
}

/**
 * Turns a zod error on an exchange record into field issues. Pass the input that was parsed so
 * a missing field is told apart from an ill-typed one.
 */
export function recordIssues(error: z.ZodError, input?: unknown): RecordIssue[] {
  const out: RecordIssue[] = [];
  for (const i of error.issues) {
    const field = fieldPath(i.path);
    if (i.code === "unrecognized_keys") {
      for (const k of i.keys) {
        const f = fieldPath([...i.path, k]);
        out.push({ field: f, vi: `${f}: trường không được phép`, en: `${f}: unknown field` });
      }
      continue;
    }
    const [vi, en] = describe(i, input);
    out.push({ field, vi: `${field}: ${vi}`, en: `${field}: ${en}` });
  }
  return out;
}

function describe(i: z.core.$ZodIssue, input: unknown): [string, string] {
  switch (i.code) {
    case "invalid_type": {
      const missing =
        input !== undefined ? valueAt(input, i.path) === undefined : / undefined$/.test(i.message);
      if (missing) return ["thiếu trường bắt buộc", "required field is missing"];
      return [`sai kiểu, cần ${typeVi(i.expected)}`, `wrong type, expected ${i.expected}`];
    }
    case "invalid_value": {
      const allowed = i.values.map((v) => JSON.stringify(v)).join(" | ");
      return [
        `giá trị không hợp lệ, cần một trong ${allowed}`,
        `invalid value, expected one of ${allowed}`,
      ];
    }
    case "invalid_format":
      if (i.format === "datetime")
        return [
          "không phải thời điểm ISO 8601 có múi giờ (vd. 2026-03-02T09:00:00+07:00)",
          "not an ISO 8601 instant with an offset (e.g. 2026-03-02T09:00:00+07:00)",
        ];
      if (i.format === "date")
        return [
          "không phải ngày hợp lệ dạng YYYY-MM-DD",
          "not a valid date in the form YYYY-MM-DD",
        ];
      return [`sai định dạng (${i.format})`, `wrong format (${i.format})`];
    case "too_small":
      return i.origin === "string"
        ? ["không được để trống", "must not be empty"]
        : [`phải ≥ ${String(i.minimum)}`, `must be ≥ ${String(i.minimum)}`];
    case "too_big":
      return [`phải ≤ ${String(i.maximum)}`, `must be ≤ ${String(i.maximum)}`];
    case "custom": {
      const p = i.params as { vi?: string; en?: string } | undefined;
      return [p?.vi ?? i.message, p?.en ?? i.message];
    }
    default:
      return [`không hợp lệ (${i.message})`, `invalid (${i.message})`];
  }
}

const TYPE_VI: Record<string, string> = {
  string: "chuỗi",
  number: "số",
  int: "số nguyên",
  boolean: "true/false",
  object: "đối tượng",
  array: "mảng",
};
function typeVi(t: string): string {
  return TYPE_VI[t] ?? t;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

/** Parses one record: the typed value, or the field issues that reject it. */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; value: z.infer<S> } | { ok: false; issues: RecordIssue[] } {
  const r = schema.safeParse(input);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, issues: recordIssues(r.error, input) };
}
