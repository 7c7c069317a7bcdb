// The evaluation form of a dossier's handling: 9 criteria scored 2, 1 or 0 (18 points), two
// satisfaction questions and a like/dislike (docs/rules/dossier-lifecycle.md, "Evaluation and
// complaints"; Decree 118/2025/NĐ-CP one-stop evaluation). Criteria and bands are data.

import { REACTIONS, SATISFACTION } from "../../../../shared/contracts/feedback.ts";
import type { Messages } from "../../../platform/errors.ts";

type Words = { vi: string; en: string };
const w = (vi: string, en: string): Words => ({ vi, en });

/**
 * The nine criteria (ids, names and scores as stored and counted in the index: unchanged), each
 * asked as a citizen would put it, with three answers in the citizen's words mapped to 2, 1 and 0
 * points (best first). The scoring of each criterion follows Circular 01/2018/TT-VPCP (evaluation
 * of one-stop handling), carried into Decree 118/2025/NĐ-CP.
 */
export const CRITERIA = [
  {
    id: "handlingTime",
    vi: "Thời gian giải quyết so với thời gian quy định",
    en: "Handling time vs the legal time",
    question: w(
      "Bạn nhận được kết quả sớm hay muộn so với ngày hẹn trên giấy tiếp nhận?",
      "Did you get the result before or after the date on your receipt?",
    ),
    answers: {
      2: w("Trước ngày hẹn", "Before the date"),
      1: w("Đúng ngày hẹn", "On the date"),
      0: w("Sau ngày hẹn", "After the date"),
    },
  },
  {
    id: "agencyTime",
    vi: "Thời gian của từng cơ quan so với thời gian được phân bổ",
    en: "Each agency's time vs its quota",
    question: w(
      "Hồ sơ của bạn có bị giữ lâu ở cơ quan nào không?",
      "Was your dossier held up at any office along the way?",
    ),
    answers: {
      2: w("Không, mọi nơi đều xử lý nhanh", "No, every office was quick"),
      1: w("Có chậm một chút nhưng vẫn kịp hẹn", "A little slow, but still in time"),
      0: w("Có, bị giữ lâu và trễ hẹn", "Yes, it was held up and came late"),
    },
  },
  {
    id: "contacts",
    vi: "Số lần phải liên hệ để hoàn thiện hồ sơ",
    en: "Number of contacts needed",
    question: w(
      "Bạn phải đến hoặc liên hệ mấy lần để hồ sơ được nhận đầy đủ?",
      "How many times did you have to come back or get in touch before the dossier was complete?",
    ),
    answers: {
      2: w("Một lần là xong", "Once was enough"),
      1: w("Hai lần", "Twice"),
      0: w("Ba lần trở lên", "Three times or more"),
    },
  },
  {
    id: "agenciesContacted",
    vi: "Số cơ quan phải liên hệ",
    en: "Number of agencies contacted",
    question: w(
      "Bạn phải tự đi đến mấy cơ quan để làm xong việc này?",
      "How many offices did you have to go to yourself to get this done?",
    ),
    answers: {
      2: w("Chỉ một nơi", "Just one"),
      1: w("Hai nơi", "Two"),
      0: w("Ba nơi trở lên", "Three or more"),
    },
  },
  {
    id: "oneStop",
    vi: "Tổ chức một cửa, một cửa liên thông",
    en: "One-stop organisation",
    question: w(
      "Nơi nộp và nhận hồ sơ có dễ tìm, có chỗ ngồi chờ và hướng dẫn rõ ràng không?",
      "Was the desk easy to find, with a place to wait and clear directions?",
    ),
    answers: {
      2: w("Rất thuận tiện", "Very convenient"),
      1: w("Tạm được", "Good enough"),
      0: w("Không thuận tiện", "Not convenient"),
    },
  },
  {
    id: "publicity",
    vi: "Công khai thủ tục hành chính",
    en: "Publicity of the procedure",
    question: w(
      "Trước khi nộp, bạn có dễ dàng biết cần giấy tờ gì, phí bao nhiêu, bao lâu có kết quả không?",
      "Before filing, could you easily find out which papers, what fee and how long it takes?",
    ),
    answers: {
      2: w("Có, đầy đủ và dễ hiểu", "Yes, complete and clear"),
      1: w("Có, nhưng chưa đầy đủ", "Yes, but not all of it"),
      0: w("Không tìm được", "I could not find it"),
    },
  },
  {
    id: "attitude",
    vi: "Thái độ của cán bộ, công chức",
    en: "Staff attitude",
    question: w(
      "Cán bộ tiếp bạn có lịch sự, tận tình hướng dẫn không?",
      "Were the officers who served you polite and helpful?",
    ),
    answers: {
      2: w("Lịch sự, tận tình", "Polite and helpful"),
      1: w("Bình thường", "Ordinary"),
      0: w("Thiếu lịch sự, gây khó khăn", "Impolite or obstructive"),
    },
  },
  {
    id: "complaintHandling",
    vi: "Tiếp nhận, xử lý phản ánh, kiến nghị",
    en: "Complaint handling",
    question: w(
      "Khi bạn có thắc mắc hay phản ánh, bạn có được trả lời thỏa đáng không?",
      "When you had a question or a complaint, did you get a proper answer?",
    ),
    answers: {
      2: w(
        "Được trả lời nhanh và rõ, hoặc tôi không cần hỏi",
        "Quickly and clearly, or I had none",
      ),
      1: w("Được trả lời nhưng chậm", "Answered, but slowly"),
      0: w("Không được trả lời", "Not answered"),
    },
  },
  {
    id: "onlineService",
    vi: "Cung cấp dịch vụ công trực tuyến",
    en: "Online service",
    question: w(
      "Bạn có thể làm thủ tục này qua mạng (nộp, theo dõi, nhận kết quả) dễ dàng không?",
      "Could you do this online (file, follow, get the result) without trouble?",
    ),
    answers: {
      2: w("Dễ dàng", "Easily"),
      1: w("Được, nhưng còn vướng", "Yes, with some trouble"),
      0: w("Không làm được qua mạng", "It could not be done online"),
    },
  },
] as const satisfies readonly {
  id: string;
  vi: string;
  en: string;
  question: Words;
  answers: Record<2 | 1 | 0, Words>;
}[];
export type CriterionId = (typeof CRITERIA)[number]["id"];
export const CRITERION_IDS = CRITERIA.map((c) => c.id) as [CriterionId, ...CriterionId[]];
export type Point = 0 | 1 | 2;
export type Scores = Record<CriterionId, Point>;
export const MAX_TOTAL = CRITERIA.length * 2;

export { SATISFACTION };
export type Satisfaction = (typeof SATISFACTION)[number];
export { REACTIONS };
export type Reaction = (typeof REACTIONS)[number];

export type BandId = "excellent" | "good" | "fair" | "average" | "weak";
export interface Band {
  id: BandId;
  /** The band holds totals ≥ min (or > min when `above` is set); bands are tried in order. */
  min: number;
  above?: boolean;
  name: Messages;
}

/**
 * Bands of the 18-point total: excellent > 15, good 12–15, fair 9–<12, average 6–<9, weak < 6.
 * The sources do not settle the boundary at exactly 15 (assumed: good); kept as data.
 */
export const BANDS: readonly Band[] = [
  { id: "excellent", min: 15, above: true, name: { vi: "Xuất sắc", en: "Excellent" } },
  { id: "good", min: 12, name: { vi: "Tốt", en: "Good" } },
  { id: "fair", min: 9, name: { vi: "Khá", en: "Fair" } },
  { id: "average", min: 6, name: { vi: "Trung bình", en: "Average" } },
  { id: "weak", min: Number.NEGATIVE_INFINITY, name: { vi: "Yếu", en: "Weak" } },
];

export function totalOf(scores: Scores): number {
  return CRITERION_IDS.reduce((sum, id) => sum + scores[id], 0);
}

export function bandOf(total: number, bands: readonly Band[] = BANDS): BandId {
  for (const b of bands) if (b.above ? total > b.min : total >= b.min) return b.id;
  return bands[bands.length - 1].id;
}
