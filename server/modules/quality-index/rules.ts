// The Decision 766/QĐ-TTg index as effective-dated data. A period is scored with the rule set in
// force on its last day. Facts marked (assumed) have no authoritative text: change them here.

export type Scoring = { kind: "linear" } | { kind: "threshold"; threshold: number };

export interface GroupRule {
  id: string;
  vi: string;
  en: string;
  max: number;
}

export interface IndicatorRule {
  id: string;
  group: string;
  vi: string;
  en: string;
  /** Maximum points; 0 for tracking-only indicators. */
  max: number;
  scoring: Scoring;
  /** Scored only for a province (other units report it with max 0). */
  provinceOnly?: boolean;
}

export interface Band {
  min: number;
  vi: string;
  en: string;
}

export interface RuleSet {
  validFrom: string;
  groups: GroupRule[];
  indicators: IndicatorRule[];
  /** Highest first; the first whose min ≤ total applies. */
  bands: Band[];
  limits: {
    /** 1.1: decision date ≤ legal basis effective date − N working days (province / ministry). */
    announceLeadDays: { province: number; ministry: number };
    /** 1.2: published ≤ N working days after the decision (province / ministry). */
    publishWithinDays: { province: number; ministry: number };
    /** 5.2: complaint time limits in working days. */
    complaint: { refuse: number; firstRequest: number; answer: number; publish: number };
  };
}

const lin: Scoring = { kind: "linear" };
const thr = (threshold: number): Scoring => ({ kind: "threshold", threshold });

export const RULE_SETS: RuleSet[] = [
  {
    validFrom: "2022-06-23", // Decision 766/QĐ-TTg of 23 June 2022
    groups: [
      { id: "1", vi: "Công khai, minh bạch", en: "Publicity and transparency", max: 18 }, // 766/QĐ-TTg
      { id: "2", vi: "Tiến độ, kết quả giải quyết", en: "Progress and results", max: 20 }, // 766/QĐ-TTg
      { id: "3", vi: "Dịch vụ công trực tuyến", en: "Online services", max: 12 }, // 766/QĐ-TTg (portal split)
      { id: "3b", vi: "Thanh toán trực tuyến", en: "Online payment", max: 10 }, // 766/QĐ-TTg (portal split)
      { id: "4", vi: "Số hóa hồ sơ", en: "Digitisation", max: 22 }, // 766/QĐ-TTg
      { id: "5", vi: "Mức độ hài lòng", en: "Satisfaction", max: 18 }, // 766/QĐ-TTg
    ],
    indicators: [
      {
        id: "1.1",
        group: "1",
        vi: "TTHC được công bố đúng hạn",
        en: "Procedures announced on time",
        max: 6,
        scoring: lin,
      }, // 766/QĐ-TTg
      {
        id: "1.2",
        group: "1",
        vi: "TTHC được công khai đúng hạn",
        en: "Procedures published on time",
        max: 4,
        scoring: lin,
        provinceOnly: true,
      }, // 766/QĐ-TTg
      {
        id: "1.3",
        group: "1",
        vi: "TTHC công khai đầy đủ bảy bộ phận",
        en: "Procedures published with all seven parts",
        max: 2,
        scoring: lin,
      }, // 766/QĐ-TTg
      {
        id: "1.4",
        group: "1",
        vi: "Hồ sơ đồng bộ lên Cổng DVCQG",
        en: "Dossiers synchronised to the national portal",
        max: 6,
        scoring: lin,
      }, // 766/QĐ-TTg
      {
        id: "2.1",
        group: "2",
        vi: "Hồ sơ giải quyết trước, đúng hạn",
        en: "Dossiers handled early or on time",
        max: 20,
        scoring: lin,
      }, // 766/QĐ-TTg; linear (assumed)
      {
        id: "2.2",
        group: "2",
        vi: "Thời gian giải quyết trung bình",
        en: "Average handling time",
        max: 0,
        scoring: lin,
      }, // 766/QĐ-TTg (tracking)
      {
        id: "3.1",
        group: "3",
        vi: "TTHC cung cấp trực tuyến",
        en: "Procedures offered online",
        max: 0,
        scoring: thr(80),
      }, // 766/QĐ-TTg (tracking)
      {
        id: "3.2",
        group: "3",
        vi: "DVC trực tuyến có phát sinh hồ sơ",
        en: "Online services that received dossiers",
        max: 0,
        scoring: lin,
      }, // 766/QĐ-TTg (tracking)
      {
        id: "3.3",
        group: "3",
        vi: "Hồ sơ tiếp nhận trực tuyến",
        en: "Dossiers received online",
        max: 0,
        scoring: thr(50),
      }, // 766/QĐ-TTg (tracking)
      {
        id: "3.4",
        group: "3",
        vi: "Hồ sơ trực tuyến toàn trình",
        en: "Fully-online dossiers",
        max: 12,
        scoring: lin,
      }, // 766/QĐ-TTg; linear (assumed)
      {
        id: "3.5a",
        group: "3b",
        vi: "TTHC có phí tích hợp thanh toán trực tuyến",
        en: "Fee-bearing procedures integrated for online payment",
        max: 2,
        scoring: thr(80),
      }, // 766/QĐ-TTg
      {
        id: "3.5b",
        group: "3b",
        vi: "TTHC có phí phát sinh thanh toán trực tuyến",
        en: "Fee-bearing procedures with an online payment",
        max: 2,
        scoring: thr(80),
      }, // 766/QĐ-TTg
      {
        id: "3.6",
        group: "3b",
        vi: "Hồ sơ thanh toán trực tuyến",
        en: "Dossiers paid online",
        max: 6,
        scoring: lin,
      }, // 766/QĐ-TTg
      {
        id: "4.1",
        group: "4",
        vi: "Hồ sơ có kết quả điện tử",
        en: "Dossiers with an electronic result",
        max: 6,
        scoring: lin,
      }, // 766/QĐ-TTg
      {
        id: "4.2",
        group: "4",
        vi: "Hồ sơ được số hóa",
        en: "Dossiers digitised",
        max: 4,
        scoring: thr(80),
      }, // 766/QĐ-TTg
      {
        id: "4.3",
        group: "4",
        vi: "Hồ sơ tái sử dụng dữ liệu số hóa",
        en: "Dossiers reusing digitised data",
        max: 2,
        scoring: thr(80),
      }, // 766/QĐ-TTg
      {
        id: "4.4",
        group: "4",
        vi: "Hồ sơ kết nối kho dữ liệu cá nhân",
        en: "Dossiers linked to the personal data store",
        max: 4,
        scoring: lin,
      }, // 766/QĐ-TTg
      {
        id: "4.5a",
        group: "4",
        vi: "TTHC sử dụng dữ liệu dân cư",
        en: "Procedures using population data",
        max: 2,
        scoring: lin,
      }, // 766/QĐ-TTg
      {
        id: "4.5b",
        group: "4",
        vi: "Hồ sơ sử dụng dữ liệu dân cư",
        en: "Dossiers using population data",
        max: 2,
        scoring: lin,
      }, // 766/QĐ-TTg
      {
        id: "4.6",
        group: "4",
        vi: "Bản sao điện tử chứng thực từ bản chính",
        en: "Electronic certified copies from originals",
        max: 2,
        scoring: lin,
      }, // (assumed) formula
      {
        id: "5.1",
        group: "5",
        vi: "PAKN theo phân loại",
        en: "Complaints and petitions by class",
        max: 0,
        scoring: lin,
      }, // 766/QĐ-TTg (tracking)
      {
        id: "5.2",
        group: "5",
        vi: "PAKN xử lý đúng hạn",
        en: "Complaints and petitions handled on time",
        max: 6,
        scoring: lin,
      }, // 766/QĐ-TTg
      {
        id: "5.3",
        group: "5",
        vi: "Mức độ hài lòng xử lý PAKN",
        en: "Satisfaction with complaint handling",
        max: 6,
        scoring: lin,
      }, // 766/QĐ-TTg
      {
        id: "5.4",
        group: "5",
        vi: "Mức độ hài lòng tiếp nhận, giải quyết",
        en: "Satisfaction with reception and handling",
        max: 6,
        scoring: thr(90),
      }, // 766/QĐ-TTg
    ],
    bands: [
      { min: 80, vi: "Tốt", en: "Good" }, // (assumed)
      { min: 65, vi: "Khá", en: "Fair" }, // (assumed)
      { min: 50, vi: "Trung bình", en: "Average" }, // (assumed)
      { min: Number.NEGATIVE_INFINITY, vi: "Yếu", en: "Weak" }, // (assumed)
    ],
    limits: {
      announceLeadDays: { province: 5, ministry: 20 }, // 766/QĐ-TTg, indicator 1.1
      publishWithinDays: { province: 5, ministry: 10 }, // 766/QĐ-TTg, indicator 1.2
      complaint: { refuse: 2, firstRequest: 5, answer: 15, publish: 2 }, // 766/QĐ-TTg, indicator 5.2
    },
  },
];

/** The rule set in force on a day (YYYY-MM-DD); the earliest one before any validFrom. */
export function rulesFor(day: string, sets: RuleSet[] = RULE_SETS): RuleSet {
  const sorted = [...sets].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  let pick = sorted[0];
  for (const s of sorted) if (s.validFrom <= day) pick = s;
  return pick;
}
