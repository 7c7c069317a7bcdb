// The periodic reform report of a unit: the text it edited (or the system's first draft, written
// from its figures) with the figures and task progress read anew, assembled as an administrative
// document (Decree 30/2020/NĐ-CP) for the DOCX and PDF exports.
import type { Sql } from "../../../platform/db.ts";
import type { AdminDocument } from "../../documents/index.ts";
import type { AgencyTree } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import type { DayRange } from "../periods.ts";
import { type ReportFigure, reportFigures, type TaskProgress } from "./figures.ts";
import type { ReportText } from "./schemas.ts";

export interface ReportDraft extends ReportText {
  agency: string;
  agencyName: string;
  period: string;
  periodLabel: string;
  from: string;
  to: string;
  saved: { at: string; by: string } | null;
  figures: ReportFigure[];
  tasks: TaskProgress[];
}

const ROMAN = ["I", "II", "III", "IV"];

/** "quý I năm 2026", "6 tháng đầu năm 2026", "tháng 5 năm 2026", "năm 2026". */
export function periodLabel(name: string, cycle: string): string {
  const y = name.slice(0, 4);
  const part = name.slice(5);
  if (cycle === "quarter") return `quý ${ROMAN[Number(part[1]) - 1]} năm ${y}`;
  if (cycle === "half") return part === "H1" ? `6 tháng đầu năm ${y}` : `6 tháng cuối năm ${y}`;
  if (cycle === "month") return `tháng ${Number(part)} năm ${y}`;
  return `năm ${y}`;
}

const pct = (f: ReportFigure) =>
  f.value === null ? "không phát sinh" : `${(f.value * 100).toFixed(1).replace(".", ",")}%`;
const n = (x: number) => x.toLocaleString("vi-VN");

export const STATUS_VI: Record<TaskProgress["status"], string> = {
  done: "Hoàn thành",
  on_track: "Đang thực hiện, đúng tiến độ",
  late: "Trễ hạn",
  not_reported: "Chưa báo cáo",
};

/** The system's first draft of the editable sections, written from the figures. */
function firstDraft(
  name: string,
  label: string,
  figures: ReportFigure[],
  tasks: TaskProgress[],
): ReportText["sections"] {
  const f = Object.fromEntries(figures.map((x) => [x.measure, x])) as Record<string, ReportFigure>;
  const received = f.onlineDossierShare.denominator;
  const online = f.onlineDossierShare.numerator;
  const handled = f.onTimeRate.denominator;
  const late = handled - f.onTimeRate.numerator;
  const unexplained = f.lateExplainedShare.denominator - f.lateExplainedShare.numerator;
  const done = tasks.filter((t) => t.status === "done").length;
  const lateTasks = tasks.filter((t) => t.status === "late");
  const results = [
    `Trong ${label}, ${name} tiếp nhận ${n(received)} hồ sơ thủ tục hành chính, trong đó ${n(online)} hồ sơ nộp trực tuyến (${pct(f.onlineDossierShare)}) và ${n(received - online)} hồ sơ nộp trực tiếp, qua bưu chính; đã giải quyết ${n(handled)} hồ sơ, đúng hạn ${n(f.onTimeRate.numerator)} hồ sơ (${pct(f.onTimeRate)}).`,
    `Thực hiện ${tasks.length} nhiệm vụ cải cách hành chính được giao: hoàn thành ${done}, trễ hạn ${lateTasks.length}.`,
  ].join("\n");
  const shortcomings: string[] = [];
  if (late > 0)
    shortcomings.push(
      `Còn ${n(late)} hồ sơ giải quyết trễ hạn${unexplained > 0 ? `, trong đó ${n(unexplained)} hồ sơ chưa có văn bản giải trình, xin lỗi người dân` : ""}.`,
    );
  if ((f.digitisedShare.value ?? 1) < 1)
    shortcomings.push(`Tỷ lệ số hóa hồ sơ đạt ${pct(f.digitisedShare)}.`);
  for (const t of lateTasks)
    shortcomings.push(`Nhiệm vụ ${t.directive} mục ${t.ref} chưa thực hiện đúng hạn.`);
  return {
    results,
    shortcomings: shortcomings.join("\n") || "Không có.",
    plans:
      "Tiếp tục thực hiện các nhiệm vụ cải cách hành chính được giao; bảo đảm 100% hồ sơ trễ hạn có văn bản xin lỗi; nâng tỷ lệ hồ sơ trực tuyến, thanh toán trực tuyến và số hóa hồ sơ.",
    proposals: "Không có.",
  };
}

export async function loadDraft(
  deps: ReformDeps,
  sql: Sql,
  tree: AgencyTree,
  agency: string,
  period: DayRange & { name: string; cycle: string },
  today: string,
): Promise<ReportDraft> {
  const unit = tree.byCode.get(agency)!;
  const label = periodLabel(period.name, period.cycle);
  const { figures, tasks } = await reportFigures(deps, sql, tree, agency, period, today);
  const saved = await sql.query<Record<string, unknown>>(
    "SELECT * FROM reform_reports WHERE agency_code = $1 AND period = $2",
    [agency, period.name],
  );
  const row = saved.rows[0];
  const province = [...tree.byCode.values()].find((a) => a.level === "province");
  const base = {
    agency,
    agencyName: unit.name,
    period: period.name,
    periodLabel: label,
    from: period.from,
    to: period.to,
    figures,
    tasks,
  };
  if (row)
    return {
      ...base,
      number: row.number as string,
      place: row.place as string,
      signer: row.signer as ReportText["signer"],
      recipients: row.recipients as string[],
      sections: row.sections as ReportText["sections"],
      saved: { at: new Date(row.updated_at as string).toISOString(), by: row.updated_by as string },
    };
  return {
    ...base,
    number: unit.level === "commune" ? "…/BC-UBND" : "…/BC",
    place: (province?.name ?? unit.name).replace(
      /^((UBND|Ủy ban nhân dân)\s+)?(tỉnh|thành phố)\s+/i,
      "",
    ),
    signer: {
      position: unit.level === "commune" ? "Chủ tịch" : "Giám đốc",
      name: "(Họ và tên)",
    },
    recipients: ["Sở Nội vụ", "Văn phòng UBND tỉnh", "Lưu: VT"],
    sections: firstDraft(unit.name, label, figures, tasks),
    saved: null,
  };
}

/** The report as an administrative document, dated on the day it is exported. */
export function reportDocument(d: ReportDraft, tree: AgencyTree, issuedOn: string): AdminDocument {
  const unit = tree.byCode.get(d.agency);
  const parent = unit?.parentCode ? tree.byCode.get(unit.parentCode) : undefined;
  const ratio = (f: ReportFigure) =>
    f.value === null ? "—" : `${(f.value * 100).toFixed(1).replace(".", ",")}%`;
  return {
    unit: { parent: parent?.name, name: d.agencyName },
    number: d.number,
    place: d.place,
    issuedOn,
    title: "Báo cáo",
    subject: `Kết quả thực hiện công tác cải cách hành chính ${d.periodLabel}`,
    blocks: [
      { kind: "heading", text: "I. KẾT QUẢ THỰC HIỆN" },
      { kind: "paragraph", text: d.sections.results },
      { kind: "heading", text: "1. Số liệu giải quyết thủ tục hành chính (số liệu của hệ thống)" },
      {
        kind: "table",
        columns: [
          { header: "STT", width: 1, align: "center" },
          { header: "Chỉ tiêu", width: 7 },
          { header: "Đạt / Tổng số", width: 3, align: "right" },
          { header: "Tỷ lệ", width: 2, align: "right" },
        ],
        rows: d.figures.map((f, i) => [
          String(i + 1),
          f.name.vi,
          `${n(f.numerator)} / ${n(f.denominator)}`,
          ratio(f),
        ]),
      },
      { kind: "heading", text: "2. Thực hiện nhiệm vụ được giao" },
      {
        kind: "table",
        columns: [
          { header: "STT", width: 1, align: "center" },
          { header: "Văn bản, mục", width: 3 },
          { header: "Nhiệm vụ", width: 6 },
          { header: "Tình trạng", width: 3 },
          { header: "Báo cáo gần nhất", width: 5 },
        ],
        rows: d.tasks.map((t, i) => [
          String(i + 1),
          `${t.directive} mục ${t.ref}`,
          t.text.length > 300 ? `${t.text.slice(0, 300)}…` : t.text,
          STATUS_VI[t.status],
          t.lastReport ? `${t.lastReportOn}: ${t.lastReport}` : "—",
        ]),
      },
      { kind: "heading", text: "II. TỒN TẠI, HẠN CHẾ" },
      { kind: "paragraph", text: d.sections.shortcomings },
      { kind: "heading", text: "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI" },
      { kind: "paragraph", text: d.sections.plans },
      { kind: "heading", text: "IV. ĐỀ XUẤT, KIẾN NGHỊ" },
      { kind: "paragraph", text: d.sections.proposals },
    ],
    signer: d.signer,
    recipients: d.recipients,
  };
}
