// The statutory public holidays, as data. Labour Code 2019 (Law 45/2019/QH14), Art. 112(1):
// 11 days a year; Art. 111(3): a holiday falling on a weekly rest day is compensated on the
// next working day. Which Tết and National Day days are taken is fixed each year by the Prime
// Minister and announced by the Ministry of Home Affairs (see official-notices.ts).
import type { Messages } from "../../platform/errors.ts";

export type HolidayDate =
  | { calendar: "solar"; month: number; day: number }
  | { calendar: "lunar"; month: number; day: number }
  /** The last day of the lunar year that ends in this solar year plus the first `days - 1` of the new one. */
  | { calendar: "lunar-new-year"; days: number }
  /** 2 September and, from `adjacentFromYear`, one adjacent day (1 or 3 September), see nationalDayAdjacent(). */
  | { calendar: "national-day"; adjacentFromYear: number };

export interface HolidayRule {
  id: string;
  name: Messages;
  date: HolidayDate;
  basis: string;
  /** First year the rule applies (omitted: always). */
  fromYear?: number;
  /** Decided but not yet law: every day it gives stays provisional until an administrator confirms it. */
  pending?: boolean;
}

/** Note carried by days of a pending rule, so they stay provisional until confirmed. */
export const PENDING_NOTE =
  "Decided, not yet in the Labour Code: an administrator confirms it with its legal basis and effective date";

// The Politburo decided Vietnamese Culture Day (24 November) as a paid day off; the amendment of
// Labour Code 2019 Art. 112 that writes it in is pending.
export const CULTURE_DAY_BASIS =
  "Politburo decision on Vietnamese Culture Day (24/11, paid day off); amendment of Labour Code 2019 Art. 112 pending";

export const STATUTORY_HOLIDAYS: readonly HolidayRule[] = [
  {
    id: "new-year",
    name: { vi: "Tết Dương lịch", en: "New Year's Day" },
    date: { calendar: "solar", month: 1, day: 1 },
    basis: "Labour Code 2019 Art. 112(1)(a)",
  },
  {
    id: "tet",
    name: { vi: "Tết Nguyên đán", en: "Lunar New Year (Tết)" },
    // Statutory proposal: 1 day before lunar 1/1 and the first 4 days of the new year.
    date: { calendar: "lunar-new-year", days: 5 },
    basis: "Labour Code 2019 Art. 112(1)(b)",
  },
  {
    id: "hung-kings",
    name: { vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", en: "Hùng Kings' Commemoration (lunar 10/3)" },
    date: { calendar: "lunar", month: 3, day: 10 },
    basis: "Labour Code 2019 Art. 112(1)(e)",
  },
  {
    id: "victory-day",
    name: { vi: "Ngày Chiến thắng 30/4", en: "Victory Day (30 April)" },
    date: { calendar: "solar", month: 4, day: 30 },
    basis: "Labour Code 2019 Art. 112(1)(c)",
  },
  {
    id: "labour-day",
    name: { vi: "Ngày Quốc tế lao động 1/5", en: "International Labour Day (1 May)" },
    date: { calendar: "solar", month: 5, day: 1 },
    basis: "Labour Code 2019 Art. 112(1)(d)",
  },
  {
    id: "national-day",
    name: { vi: "Quốc khánh 2/9", en: "National Day (2 September)" },
    // Labour Code 2019 Art. 112(1)(đ): 2/9 and one adjacent day, in force from 1/1/2021 (before:
    // Labour Code 2012 Art. 115, 2/9 only).
    date: { calendar: "national-day", adjacentFromYear: 2021 },
    basis: "Labour Code 2019 Art. 112(1)(đ)",
  },
  {
    id: "culture-day",
    name: { vi: "Ngày Văn hóa Việt Nam 24/11", en: "Vietnamese Culture Day (24 November)" },
    date: { calendar: "solar", month: 11, day: 24 },
    basis: CULTURE_DAY_BASIS,
    fromYear: 2026,
    pending: true,
  },
];

export const COMPENSATION_BASIS = "Labour Code 2019 Art. 111(3)";

/**
 * The day adjacent to 2 September proposed when no notice fixes it (the Prime Minister chooses
 * each year). Rule, matching the 2022–2025 choices: drop a candidate (1/9, 3/9) that falls on
 * Saturday or Sunday; if both remain, take the one that bridges to the weekend (2/9 on Tuesday →
 * 1/9 Monday; on Thursday → 3/9 Friday); on a Wednesday, 1/9. Returns 1 or 3.
 */
export function nationalDayAdjacent(isoWeekdayOf2Sep: number): 1 | 3 {
  const w = isoWeekdayOf2Sep;
  const before = w === 1 ? 7 : w - 1;
  const after = w === 7 ? 1 : w + 1;
  const beforeOk = before <= 5;
  const afterOk = after <= 5;
  if (beforeOk && !afterOk) return 1;
  if (afterOk && !beforeOk) return 3;
  return w === 4 ? 3 : 1;
}
