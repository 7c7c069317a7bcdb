// Group 5 of the Decision 766/QĐ-TTg index: satisfaction (Mức độ hài lòng).
// One declaration per indicator.
import { ratio } from "../fraction.ts";
import { LATE } from "./progress.ts";
import { type IndicatorDeclaration, lin, thr } from "./types.ts";

export const SATISFACTION: readonly IndicatorDeclaration[] = [
  {
    id: "5.1",
    group: "5",
    vi: "PAKN theo phân loại",
    en: "Complaints and petitions by class",
    max: 0,
    scoring: lin,
    basis: "766/QĐ-TTg (tracking)",
    counted: "complaint-indicators.ts",
  },
  {
    id: "5.2",
    group: "5",
    vi: "PAKN xử lý đúng hạn",
    en: "Complaints and petitions handled on time",
    max: 6,
    scoring: lin,
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Chưa ghi nhận phản ánh, kiến nghị nào trong kỳ: tiếp nhận và ghi nhận PAKN trên hệ thống, kể cả PAKN chuyển từ Cổng DVCQG.",
        "No complaint or petition recorded in the period: record them in the system, including those forwarded by the national portal.",
      ],
      short: [
        "Trả lời PAKN trong 15 ngày làm việc, từ chối trong 2 ngày, công khai trả lời trong 2 ngày.",
        "Answer complaints within 15 working days, refuse within 2, publish the answer within 2.",
      ],
    },
    counted: "complaint-indicators.ts",
    complaint: (reason) => [`xử lý trễ hạn (${reason})`, `handled late (${reason})`],
  },
  {
    id: "5.3",
    group: "5",
    vi: "Mức độ hài lòng xử lý PAKN",
    en: "Satisfaction with complaint handling",
    max: 6,
    scoring: lin,
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Chưa ghi nhận phản ánh, kiến nghị nào trong kỳ: tiếp nhận và ghi nhận PAKN trên hệ thống, kể cả PAKN chuyển từ Cổng DVCQG.",
        "No complaint or petition recorded in the period: record them in the system, including those forwarded by the national portal.",
      ],
      short: [
        "Xử lý PAKN đúng hạn và đến khi người phản ánh hài lòng.",
        "Handle complaints on time and to the complainant's satisfaction.",
      ],
    },
    counted: "complaint-indicators.ts",
    complaint: () => [
      "không hài lòng, trễ hạn hoặc phản ánh lại",
      "unsatisfied, late or raised again",
    ],
  },
  {
    id: "5.4",
    group: "5",
    vi: "Mức độ hài lòng tiếp nhận, giải quyết",
    en: "Satisfaction with reception and handling",
    max: 6,
    scoring: thr(90),
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Chưa có hồ sơ tiếp nhận hoặc đang giải quyết trong kỳ.",
        "No dossier received or in handling in the period.",
      ],
      short: [
        "Giảm hồ sơ trễ hạn; liên hệ người có phản ánh hoặc đánh giá không hài lòng.",
        "Reduce late dossiers; contact those who complained or rated the service poorly.",
      ],
    },
    // 100 % − (late rate + feedback rate) = (onTime − feedback) / handled(P), not below 0.
    rate: (t) => ratio(Math.max(0, t.onTime21 - t.feedback54), t.handled21),
    handled: (h) => [
      ...(h.lateReason
        ? [[`trễ hạn: ${LATE[h.lateReason][0]}`, `late: ${LATE[h.lateReason][1]}`] as const]
        : []),
      ...(h.feedback ? [["có phản ánh hoặc không hài lòng", "complaint or dislike"] as const] : []),
    ],
  },
];
