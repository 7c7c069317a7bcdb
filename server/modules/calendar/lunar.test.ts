import { describe, expect, it } from "vitest";
import { convertLunar2Solar, convertSolar2Lunar } from "./lunar.ts";
import { civilFromDayIndex, dayIndexFromCivil } from "./vn-time.ts";

const dmy = (s: string) => s.split("/").map(Number) as [number, number, number];

describe("Vietnamese lunar calendar (Hồ Ngọc Đức, UTC+7)", () => {
  it.each([
    [2024, "10/2/2024", "18/4/2024"],
    [2025, "29/1/2025", "7/4/2025"],
    [2026, "17/2/2026", "26/4/2026"],
    [2027, "6/2/2027", "16/4/2027"],
    [2000, "5/2/2000", "14/4/2000"],
    [2020, "25/1/2020", "2/4/2020"],
    [1900, "31/1/1900", "9/4/1900"],
  ])("lunar new year and 10/3 of %i", (year, newYear, hung) => {
    expect(convertLunar2Solar(1, 1, year, false)).toEqual(dmy(newYear));
    expect(convertLunar2Solar(10, 3, year, false)).toEqual(dmy(hung));
  });

  it.each([
    [1968, "29/1/1968", "30/1/1968"],
    [1985, "21/1/1985", "20/2/1985"],
    [2007, "17/2/2007", "18/2/2007"],
  ])("%i: the Vietnamese (UTC+7) new year differs from the Chinese (UTC+8) one", (year, vn, cn) => {
    expect(convertLunar2Solar(1, 1, year, false, 7)).toEqual(dmy(vn));
    expect(convertLunar2Solar(1, 1, year, false, 8)).toEqual(dmy(cn));
  });

  it("finds leap months (2020: 4, 2023: 2, 2025: 6)", () => {
    expect(convertLunar2Solar(1, 4, 2020, true)).toEqual([23, 5, 2020]);
    expect(convertLunar2Solar(1, 2, 2023, true)).toEqual([22, 3, 2023]);
    expect(convertSolar2Lunar(25, 7, 2025)).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(convertLunar2Solar(1, 5, 2025, true)).toBeNull();
  });

  it("the day before the lunar new year is the last day of month 12", () => {
    expect(convertSolar2Lunar(16, 2, 2026)).toEqual({
      day: 29,
      month: 12,
      year: 2025,
      leap: false,
    });
    expect(convertSolar2Lunar(9, 2, 2024)).toEqual({ day: 30, month: 12, year: 2023, leap: false });
  });

  it("round-trips every day from 1900 to 2100 (solar → lunar → solar)", () => {
    const first = dayIndexFromCivil(1900, 1, 1);
    const last = dayIndexFromCivil(2100, 12, 31);
    let bad = 0;
    let prevDay = 0;
    for (let day = first; day <= last; day++) {
      const [y, m, d] = civilFromDayIndex(day);
      const l = convertSolar2Lunar(d, m, y);
      const back = convertLunar2Solar(l.day, l.month, l.year, l.leap);
      if (!back || back[0] !== d || back[1] !== m || back[2] !== y) bad++;
      if (l.day < 1 || l.day > 30 || l.month < 1 || l.month > 12) bad++;
      // Lunar days run 1, 2, … and restart at 1 after day 29 or 30.
      if (day > first && l.day !== prevDay + 1 && !(l.day === 1 && prevDay >= 29)) bad++;
      prevDay = l.day;
    }
    expect(bad).toBe(0);
  });
});
