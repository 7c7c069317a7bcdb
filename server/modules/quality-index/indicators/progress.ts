// Group 2 of the Decision 766/QĐ-TTg index: progress and results (Tiến độ, kết quả giải quyết).
// One declaration per indicator.
import { ratio } from "../fraction.ts";
import type { HandlingState } from "../timeline.ts";
import { type HandledFacts, type IndicatorDeclaration, lin, type Text } from "./types.ts";

/** Why a dossier is late (766/QĐ-TTg, indicator 2.1; see "On time" in the specification). */
export const LATE: Record<Exclude<HandlingState["lateReason"], null>, Text> = {
  supplements: ["yêu cầu bổ sung lần thứ hai", "second supplement request"],
  "after-due": ["kết thúc xử lý sau ngày hẹn trả", "handling ended after the appointment date"],
  "over-duration": ["vượt thời hạn giải quyết theo quy định", "over the legal handling time"],
  "no-duration": [
    "thiếu dữ liệu: không có ngày hẹn trả và không có thời hạn của thủ tục",
    "data incomplete: no appointment date and no procedure duration",
  ],
};

/** Added to a late dossier's reason when its procedure is missing from the catalogue. */
const unknown = (h: HandledFacts) =>
  h.proc
    ? ""
    : ` (thủ tục ${h.rec.procedure} không có trong danh mục / procedure not in the catalogue)`;

export const PROGRESS: readonly IndicatorDeclaration[] = [
  {
    id: "2.1",
    group: "2",
    vi: "Hồ sơ giải quyết trước, đúng hạn",
    en: "Dossiers handled early or on time",
    max: 20,
    scoring: lin,
    basis: "766/QĐ-TTg; linear (assumed)",
    advice: {
      missing: [
        "Chưa có hồ sơ tiếp nhận hoặc đang giải quyết trong kỳ.",
        "No dossier received or in handling in the period.",
      ],
      short: [
        "Giải quyết trước các hồ sơ sắp đến hạn (xem Dự báo); không yêu cầu bổ sung lần thứ hai; hồ sơ trễ hạn phải giải trình và xin lỗi.",
        "Finish the dossiers due soonest first (see the forecast); never ask for a second supplement; explain and apologise for late ones.",
      ],
    },
    // handled(P) and onTime(d) are judged on the dossier's timeline (timeline.ts, pieces.ts).
    rate: (t) => ratio(t.onTime21, t.handled21),
    handled: (h) =>
      h.lateReason
        ? [[LATE[h.lateReason][0] + unknown(h), LATE[h.lateReason][1] + unknown(h)]]
        : [],
  },
  {
    id: "2.2",
    group: "2",
    vi: "Thời gian giải quyết trung bình",
    en: "Average handling time",
    max: 0,
    scoring: lin,
    basis: "766/QĐ-TTg (tracking)",
    // Mean share of the legal time used; the numerator is a sum of percentages (facts.ts, handlingShare).
    rate: (t) => ({
      numerator: t.handling22 / 100,
      denominator: t.finished22,
      value: t.finished22 === 0 ? null : t.handling22 / 10_000 / t.finished22,
    }),
  },
];
