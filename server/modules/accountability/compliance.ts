// The compliance view: per agency and period, the late dossiers, which have an explanation and a
// signed apology (Form 04), and which are missing them — the figure heads answer for (every late
// dossier needs both). A dossier belongs to the period of its original appointment date.
import type { Sql } from "../../platform/db.ts";
import { badInput } from "../../platform/errors.ts";
import type { XlsxSheet } from "../documents/index.ts";
import { LATE_SQL } from "./facts.ts";
import { vnText } from "./messages.ts";

export interface ComplianceRow {
  code: string;
  agencyCode: string;
  procedureCode: string;
  receivedAt: string | null;
  dueAt: string | null;
  endAt: string | null;
  supplementRequests: number;
  /** Why the dossier counts as late, in words (Decision 766/QĐ-TTg, indicator 2.1). */
  whyLate: { vi: string; en: string };
  state: "missing" | "explained" | "apologised";
  explanation: {
    reason: string;
    responsibleName: string;
    responsibleStep: string | null;
    draftedAt: string;
    newDueAt: string | null;
    signedAt: string | null;
    signedBy: string | null;
    /** Signed before the original appointment passed. */
    beforeDue: boolean | null;
  } | null;
}

/** [start, end) instants of whole Vietnam days from..to. */
export function vnPeriod(from: string, to: string): [Date, Date] {
  const start = new Date(`${from}T00:00:00+07:00`);
  const end = new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 86_400_000);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || end <= start)
    throw badInput(
      "accountability.bad_period",
      "from",
      "kỳ không hợp lệ (from ≤ to, YYYY-MM-DD)",
      "invalid period (from ≤ to, YYYY-MM-DD)",
    );
  return [start, end];
}

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

export async function complianceView(
  sql: Sql,
  q: { agencies: string[]; from: string; to: string; now: Date },
) {
  const [start, end] = vnPeriod(q.from, q.to);
  // biome-ignore lint/suspicious/noExplicitAny: database rows, mapped below.
  const r = await sql.query<any>(
    `SELECT a.code, a.agency_code, a.procedure_code, a.received_at, a.due_at, a.end_at, a.supplement_requests,
            e.status, e.reason, e.responsible_name, e.responsible_step_name, e.drafted_at, e.new_due_at,
            e.signed_at, e.signed_by_name
       FROM acc_dossiers a LEFT JOIN late_explanations e ON e.dossier_id = a.dossier_id
      WHERE a.agency_code = ANY($1::text[]) AND a.due_at >= $2 AND a.due_at < $3 AND ${LATE_SQL(4)}
      ORDER BY a.due_at, a.code`,
    [q.agencies, start, end, q.now],
  );
  const rows: ComplianceRow[] = r.rows.map((x) => ({
    code: x.code,
    agencyCode: x.agency_code,
    procedureCode: x.procedure_code,
    receivedAt: iso(x.received_at),
    dueAt: iso(x.due_at),
    endAt: iso(x.end_at),
    supplementRequests: x.supplement_requests,
    whyLate: whyLate(
      {
        dueAt: x.due_at ? new Date(x.due_at) : null,
        endAt: x.end_at ? new Date(x.end_at) : null,
        supplementRequests: x.supplement_requests,
      },
      q.now,
    ),
    state: !x.status ? "missing" : x.status === "signed" ? "apologised" : "explained",
    explanation: x.status
      ? {
          reason: x.reason,
          responsibleName: x.responsible_name,
          responsibleStep: x.responsible_step_name,
          draftedAt: iso(x.drafted_at)!,
          newDueAt: iso(x.new_due_at),
          signedAt: iso(x.signed_at),
          signedBy: x.signed_by_name,
          beforeDue: x.signed_at ? new Date(x.signed_at) <= new Date(x.due_at) : null,
        }
      : null,
  }));
  const count = (f: (r: ComplianceRow) => boolean) => rows.filter(f).length;
  return {
    from: q.from,
    to: q.to,
    agencies: q.agencies,
    summary: {
      late: rows.length,
      withExplanation: count((x) => x.state !== "missing"),
      withApology: count((x) => x.state === "apologised"),
      apologyBeforeDue: count((x) => x.explanation?.beforeDue === true),
      missingExplanation: count((x) => x.state === "missing"),
      missingApology: count((x) => x.state !== "apologised"),
    },
    dossiers: rows,
  };
}

const HOUR = 3_600_000;
/** "2 ngày 3 giờ" / "2 days 3 hours" (calendar time past the appointment). */
function overdue(ms: number): { vi: string; en: string } {
  const h = Math.max(1, Math.ceil(ms / HOUR));
  const d = Math.floor(h / 24);
  const r = h % 24;
  const vi = [d ? `${d} ngày` : "", r ? `${r} giờ` : ""].filter(Boolean).join(" ");
  const en = [d ? `${d} day${d > 1 ? "s" : ""}` : "", r ? `${r} hour${r > 1 ? "s" : ""}` : ""]
    .filter(Boolean)
    .join(" ");
  return { vi, en };
}

/**
 * Why a dossier counts as late, by the rule of LATE_SQL (Decision 766/QĐ-TTg, indicator 2.1):
 * a second supplement request makes it late whatever its dates; otherwise its end of handling
 * (now while still open) is after the appointment.
 */
export function whyLate(
  d: { dueAt: Date | null; endAt: Date | null; supplementRequests: number },
  now: Date,
): { vi: string; en: string } {
  const parts: { vi: string; en: string }[] = [];
  if (d.supplementRequests > 1)
    parts.push({
      vi: `Yêu cầu bổ sung ${d.supplementRequests} lần: từ lần thứ hai hồ sơ tính là trễ hạn`,
      en: `${d.supplementRequests} supplement requests: from the second, a dossier counts as late`,
    });
  if (d.dueAt) {
    const end = d.endAt ?? now;
    if (end > d.dueAt) {
      const o = overdue(end.getTime() - d.dueAt.getTime());
      parts.push(
        d.endAt
          ? {
              vi: `Kết thúc xử lý lúc ${vnText(d.endAt)}, sau hẹn trả ${vnText(d.dueAt)} (trễ ${o.vi})`,
              en: `Handling ended ${vnText(d.endAt)}, after the appointment ${vnText(d.dueAt)} (${o.en} late)`,
            }
          : {
              vi: `Chưa giải quyết xong, đã quá hẹn trả ${vnText(d.dueAt)} (${o.vi})`,
              en: `Not finished, past the appointment ${vnText(d.dueAt)} (${o.en})`,
            },
      );
    }
  }
  return {
    vi: parts.map((p) => p.vi).join("; "),
    en: parts.map((p) => p.en).join("; "),
  };
}

const STATE_VI = {
  missing: "Chưa giải trình",
  explained: "Đã giải trình, chưa ký xin lỗi",
  apologised: "Đã xin lỗi, gia hạn",
};

const dmy = (d: string) => d.split("-").reverse().join("/");

export function complianceSheets(v: Awaited<ReturnType<typeof complianceView>>): XlsxSheet[] {
  return [
    {
      name: "Hồ sơ trễ hạn",
      columns: [
        { header: "Mã hồ sơ", key: "code", width: 26 },
        { header: "Đơn vị", key: "agency", width: 14 },
        { header: "Thủ tục", key: "procedure", width: 12 },
        { header: "Tiếp nhận", key: "received", type: "datetime" },
        { header: "Hẹn trả", key: "due", type: "datetime" },
        { header: "Kết thúc xử lý", key: "end", type: "datetime" },
        { header: "Số lần yêu cầu bổ sung", key: "supplements", type: "number" },
        { header: "Vì sao trễ hạn", key: "whyLate", width: 60 },
        { header: "Tình trạng", key: "state", width: 30 },
        { header: "Lý do giải trình", key: "reason", width: 40 },
        { header: "Người chịu trách nhiệm", key: "responsible", width: 24 },
        { header: "Hẹn mới", key: "newDue", type: "datetime" },
        { header: "Ký xin lỗi lúc", key: "signed", type: "datetime" },
      ],
      rows: v.dossiers.map((x) => ({
        code: x.code,
        agency: x.agencyCode,
        procedure: x.procedureCode,
        received: x.receivedAt,
        due: x.dueAt,
        end: x.endAt,
        supplements: x.supplementRequests,
        whyLate: x.whyLate.vi,
        state: STATE_VI[x.state],
        reason: x.explanation?.reason ?? "",
        responsible: x.explanation?.responsibleName ?? "",
        newDue: x.explanation?.newDueAt ?? null,
        signed: x.explanation?.signedAt ?? null,
      })),
    },
    {
      name: "Tổng hợp",
      columns: [
        { header: "Chỉ tiêu", key: "k", width: 40 },
        { header: "Số hồ sơ", key: "v", width: 12, type: "number" },
      ],
      rows: [
        { k: `Kỳ ${dmy(v.from)} – ${dmy(v.to)}`, v: null },
        { k: "Hồ sơ trễ hạn", v: v.summary.late },
        { k: "Có báo cáo giải trình", v: v.summary.withExplanation },
        { k: "Có văn bản xin lỗi đã ký (Mẫu 04)", v: v.summary.withApology },
        { k: "Xin lỗi trước ngày hẹn cũ", v: v.summary.apologyBeforeDue },
        { k: "Thiếu giải trình", v: v.summary.missingExplanation },
        { k: "Thiếu văn bản xin lỗi", v: v.summary.missingApology },
      ],
    },
  ];
}
