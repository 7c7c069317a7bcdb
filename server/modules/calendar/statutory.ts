// The statutory proposal for a year without an official notice (Labour Code 2019 Arts. 111(3),
// 112): every entry is "provisional" until an administrator confirms it.
import {
  COMPENSATION_BASIS,
  type HolidayRule,
  nationalDayAdjacent,
  PENDING_NOTE,
  STATUTORY_HOLIDAYS,
} from "./holiday-rules.ts";
import { convertLunar2Solar } from "./lunar.ts";
import type { DayEntry, DaySource, DayStatus } from "./types.ts";
import { dayIndexFromCivil, isoDate, isoWeekday } from "./vn-time.ts";

export interface HolidayDay {
  day: number;
  rule: HolidayRule;
  /** Label suffix, e.g. "mùng 1" for Tết days or "ngày liền kề" for National Day. */
  part?: { vi: string; en: string };
}

function lunarToDay(day: number, month: number, year: number): number {
  const s = convertLunar2Solar(day, month, year, false);
  if (!s) throw new Error(`lunar ${day}/${month}/${year} does not exist`);
  return dayIndexFromCivil(s[2], s[1], s[0]);
}

/** The statutory holidays of a solar year (before compensation), in date order. */
export function statutoryHolidays(year: number): HolidayDay[] {
  const out: HolidayDay[] = [];
  for (const rule of STATUTORY_HOLIDAYS) {
    if (rule.fromYear !== undefined && year < rule.fromYear) continue;
    const d = rule.date;
    if (d.calendar === "solar") out.push({ day: dayIndexFromCivil(year, d.month, d.day), rule });
    else if (d.calendar === "lunar") out.push({ day: lunarToDay(d.day, d.month, year), rule });
    else if (d.calendar === "lunar-new-year") {
      const newYear = lunarToDay(1, 1, year);
      out.push({
        day: newYear - 1,
        rule,
        part: { vi: "cuối năm âm lịch", en: "last day of the lunar year" },
      });
      for (let i = 0; i < d.days - 1; i++) {
        out.push({ day: newYear + i, rule, part: { vi: `mùng ${i + 1}`, en: `day ${i + 1}` } });
      }
    } else {
      const second = dayIndexFromCivil(year, 9, 2);
      const adjacent = nationalDayAdjacent(isoWeekday(second));
      out.push({ day: second, rule });
      if (year < d.adjacentFromYear) continue;
      out.push({
        day: dayIndexFromCivil(year, 9, adjacent),
        rule,
        part: { vi: `ngày liền kề ${adjacent}/9`, en: `adjacent day ${adjacent} September` },
      });
    }
  }
  return out.sort((a, b) => a.day - b.day);
}

const isWeekend = (day: number) => isoWeekday(day) >= 6;

/**
 * Turns holidays into day entries and adds a compensation day for each one on a weekly rest day
 * (Saturday/Sunday for civil servants): the next weekday that is not already a day off.
 */
export function withCompensation(
  holidays: HolidayDay[],
  status: DayStatus,
  source: (h: HolidayDay) => DaySource,
): DayEntry[] {
  const off = new Set(holidays.map((h) => h.day));
  const entries: DayEntry[] = [];
  const byDay = new Map<number, DayEntry>();
  for (const h of holidays) {
    const name = h.part
      ? { vi: `${h.rule.name.vi} (${h.part.vi})`, en: `${h.rule.name.en} (${h.part.en})` }
      : h.rule.name;
    const same = byDay.get(h.day);
    if (same) {
      // Two holidays on one date (lunar 10/3 can fall on 30/4 or 1/5): one day off, both names.
      same.name = { vi: `${same.name.vi}; ${name.vi}`, en: `${same.name.en}; ${name.en}` };
      continue;
    }
    const entry: DayEntry = {
      date: isoDate(h.day),
      kind: "day-off",
      name,
      source: source(h),
      status,
    };
    byDay.set(h.day, entry);
    entries.push(entry);
    if (!isWeekend(h.day)) continue;
    let c = h.day + 1;
    while (isWeekend(c) || off.has(c)) c++;
    off.add(c);
    const s = source(h);
    entries.push({
      date: isoDate(c),
      kind: "day-off",
      name: {
        vi: `Nghỉ bù ${name.vi} (${isoDate(h.day)} trùng ngày nghỉ hằng tuần)`,
        en: `Compensation for ${name.en} (${isoDate(h.day)} fell on a weekly rest day)`,
      },
      source: { ...s, basis: `${s.basis}; ${COMPENSATION_BASIS}` },
      status,
    });
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The statutory proposal for `year`, all provisional. */
export function statutoryYear(year: number): DayEntry[] {
  return withCompensation(statutoryHolidays(year), "provisional", (h) => ({
    basis: h.rule.basis,
    origin: "statutory",
    note: h.rule.pending
      ? PENDING_NOTE
      : "Proposed from the Labour Code; to be confirmed against the yearly notice",
  }));
}
