// The evaluation form of a dossier's handling: 9 criteria scored 2, 1 or 0 (18 points), two
// satisfaction questions and a like/dislike (docs/rules/dossier-lifecycle.md, "Evaluation and
// complaints"; Decree 118/2025/NĐ-CP one-stop evaluation). Criteria and bands are data.
import type { Messages } from "../../../platform/errors.ts";

export const CRITERIA = [
  {
    id: "handlingTime",
    vi: "Thời gian giải quyết so với thời gian quy định",
    en: "Handling time vs the legal time",
  },
  {
    id: "agencyTime",
    vi: "Thời gian của từng cơ quan so với thời gian được phân bổ",
    en: "Each agency's time vs its quota",
  },
  {
    id: "contacts",
    vi: "Số lần phải liên hệ để hoàn thiện hồ sơ",
    en: "Number of contacts needed",
  },
  { id: "agenciesContacted", vi: "Số cơ quan phải liên hệ", en: "Number of agencies contacted" },
  { id: "oneStop", vi: "Tổ chức một cửa, một cửa liên thông", en: "One-stop organisation" },
  { id: "publicity", vi: "Công khai thủ tục hành chính", en: "Publicity of the procedure" },
  { id: "attitude", vi: "Thái độ của cán bộ, công chức", en: "Staff attitude" },
  { id: "complaintHandling", vi: "Tiếp nhận, xử lý phản ánh, kiến nghị", en: "Complaint handling" },
  { id: "onlineService", vi: "Cung cấp dịch vụ công trực tuyến", en: "Online service" },
] as const;
export type CriterionId = (typeof CRITERIA)[number]["id"];
export const CRITERION_IDS = CRITERIA.map((c) => c.id) as [CriterionId, ...CriterionId[]];
export type Point = 0 | 1 | 2;
export type Scores = Record<CriterionId, Point>;
export const MAX_TOTAL = CRITERIA.length * 2;

export const SATISFACTION = ["very-satisfied", "satisfied", "not-satisfied"] as const;
export type Satisfaction = (typeof SATISFACTION)[number];
export const REACTIONS = ["like", "dislike"] as const;
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
