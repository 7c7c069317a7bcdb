import { describe, expect, it } from "vitest";
import { builtinYear } from "./builtin.ts";
import { nationalDayAdjacent } from "./holiday-rules.ts";
import { OFFICIAL_YEARS } from "./official-notices.ts";
import { statutoryYear } from "./statutory.ts";
import { isoWeekday, parseIsoDate } from "./vn-time.ts";

const offDays = (entries: { date: string; kind: string }[]) =>
  entries.filter((e) => e.kind === "day-off").map((e) => e.date);

describe("statutory holidays (Labour Code 2019 Arts. 111(3), 112)", () => {
  it("proposes 2027: Tết = last day of the lunar year + 4 days, weekend holidays compensated", () => {
    const y = statutoryYear(2027);
    expect(y.every((e) => e.status === "provisional" && e.source.origin === "statutory")).toBe(
      true,
    );
    // Lunar new year 6/2/2027 (Saturday): 5/2 Fri … 9/2 Tue; Sat 6/2 and Sun 7/2 → Wed 10/2, Thu 11/2.
    // Hùng Kings 16/4/2027 (Friday). 30/4 Fri, 1/5 Sat → Mon 3/5. 2/9 Thu + 3/9 Fri. 1/1 Fri.
    expect(offDays(y)).toEqual([
      "2027-01-01",
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-02-09",
      "2027-02-10",
      "2027-02-11",
      "2027-04-16",
      "2027-04-30",
      "2027-05-01",
      "2027-05-03",
      "2027-09-02",
      "2027-09-03",
      "2027-11-24",
    ]);
    expect(y.find((e) => e.date === "2027-05-03")?.source.basis).toContain("Art. 111(3)");
  });

  it("gives 10 holidays a year before 2021, 11 from 2021, 12 from 2026 (Culture Day, pending), unique dates, 1900–2100", () => {
    for (let year = 1900; year <= 2100; year++) {
      const y = statutoryYear(year);
      const dates = y.map((e) => e.date);
      expect(new Set(dates).size).toBe(dates.length);
      const holidays = y.filter((e) => !e.name.vi.startsWith("Nghỉ bù"));
      // 11 days, fewer only when lunar 10/3 coincides with 30/4 or 1/5 (one day, both names).
      const expected = year < 2021 ? 10 : year < 2026 ? 11 : 12;
      expect(holidays.length + holidays.filter((e) => e.name.vi.includes("; ")).length).toBe(
        expected,
      );
      for (const e of y) {
        expect(e.date.startsWith(String(year))).toBe(true);
        if (e.name.vi.startsWith("Nghỉ bù"))
          expect(isoWeekday(parseIsoDate(e.date)!)).toBeLessThan(6);
      }
    }
  });

  it("chooses the National Day adjacent day that bridges to the weekend", () => {
    // 2/9 on Mon → 3/9 (2024); Tue → 1/9 (2025); Wed → 1/9; Thu → 3/9 (2021); Fri → 1/9 (2022);
    // Sat → 1/9 (2023); Sun → 3/9.
    expect([1, 2, 3, 4, 5, 6, 7].map(nationalDayAdjacent)).toEqual([3, 1, 1, 3, 1, 1, 3]);
  });
});

describe("official yearly data", () => {
  it("2026 follows Notice 9441/TB-BNV: Tết Mon 16/2 – Fri 20/2, Hùng Kings Sun 26/4 → Mon 27/4", () => {
    const y = builtinYear(2026);
    const tet = y.entries.filter(
      (e) => e.source.notice?.number === "9441/TB-BNV" && e.name.vi.startsWith("Tết"),
    );
    expect(tet.map((e) => e.date)).toEqual([
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
    ]);
    expect(
      tet.every((e) => e.status === "confirmed" && e.source.notice?.date === "2025-10-16"),
    ).toBe(true);
    expect(offDays(y.entries)).toContain("2026-04-26");
    expect(offDays(y.entries)).toContain("2026-04-27");
    // Culture Day 24/11 awaits the Labour Code amendment: the year stays provisional.
    expect(y.status).toBe("provisional");
    expect(y.entries.filter((e) => e.status === "provisional").map((e) => e.date)).toEqual([
      "2026-11-24",
    ]);
  });

  it("2024 and 2025: Tết 8–14/2/2024 and 25/1–2/2/2025, swaps with make-up Saturdays", () => {
    expect(offDays(builtinYear(2024).entries)).toEqual(
      expect.arrayContaining([
        "2024-02-08",
        "2024-02-09",
        "2024-02-12",
        "2024-02-13",
        "2024-02-14",
        "2024-04-29",
      ]),
    );
    const y25 = builtinYear(2025).entries;
    expect(offDays(y25)).toEqual(
      expect.arrayContaining(["2025-01-27", "2025-01-31", "2025-05-02", "2025-09-01"]),
    );
    expect(y25.filter((e) => e.kind === "working-day").map((e) => e.date)).toEqual(["2025-04-26"]);
    expect(
      builtinYear(2024)
        .entries.filter((e) => e.kind === "working-day")
        .map((e) => e.date),
    ).toEqual(["2024-05-04"]);
  });

  it("every shipped entry has a legal basis; assumed ones stay provisional, notices are complete", () => {
    for (const [year, entries] of OFFICIAL_YEARS) {
      for (const e of entries) {
        expect(e.date.startsWith(String(year))).toBe(true);
        expect(e.source.basis).toMatch(/Labour Code 2019|Prime Minister/);
        if (e.source.origin === "assumed") expect(e.status).toBe("provisional");
        if (e.source.notice)
          expect(
            e.source.notice.number && e.source.notice.date && e.source.notice.title,
          ).toBeTruthy();
      }
    }
  });

  it("years without official data are the statutory proposal, provisional", () => {
    expect(builtinYear(2030)).toEqual({
      year: 2030,
      status: "provisional",
      entries: statutoryYear(2030),
    });
  });
});
