// The Decision 766/QĐ-TTg index as effective-dated data. A period is scored with the rule set in
// force on its last day. Facts marked (assumed) have no authoritative text: change them here.
// Each indicator is declared once, in indicators.ts; a rule set takes its scoring part.

import { INDICATORS, type IndicatorDeclaration, type Scoring } from "./indicators.ts";

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

/** The scoring part of an indicator's declaration. */
function indicatorRule(d: IndicatorDeclaration): IndicatorRule {
  const { id, group, vi, en, max, scoring, provinceOnly } = d;
  return provinceOnly
    ? { id, group, vi, en, max, scoring, provinceOnly }
    : { id, group, vi, en, max, scoring };
}

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
    indicators: INDICATORS.map(indicatorRule), // each declared in indicators.ts
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
