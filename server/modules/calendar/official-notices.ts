// Official yearly days off and make-up working days for civil servants, as data. The Prime
// Minister fixes the Tết and National Day days (Labour Code 2019 Art. 112(3)); the Ministry of
// Home Affairs (the Ministry of Labour, Invalids and Social Affairs before 3/2025) announces them.
// Entries whose notice number we could not establish are marked origin "assumed" and stay
// "provisional" until an administrator confirms them against the published notice.
import type { Messages } from "../../platform/errors.ts";
import { CULTURE_DAY_BASIS, PENDING_NOTE } from "./holiday-rules.ts";
import type { DayEntry, DaySource, Notice } from "./types.ts";

const NOTICE_9441_2025: Notice = {
  number: "9441/TB-BNV",
  date: "2025-10-16",
  title:
    "Thông báo nghỉ Tết Âm lịch năm 2026 đối với cán bộ, công chức, viên chức (tiêu đề tóm lược)",
};

// Notice 6150/TB-BLĐTBXH: Tết, Victory/Labour Day swap and National Day 2025 for civil servants,
// after the Prime Minister's approval in Letter 8726/VPCP-KGVX (26/11/2024).
const NOTICE_6150_2024: Notice = {
  number: "6150/TB-BLĐTBXH",
  date: "2024-11-28",
  title: "Thông báo về việc nghỉ Tết Âm lịch, Quốc khánh và hoán đổi ngày làm việc năm 2025",
};

// Letter 12729/VPCP-KGVX (25/12/2025): the Prime Minister lets civil servants take Friday
// 2/1/2026 off, made up on Saturday 10/1/2026.
const LETTER_12729_2025: Notice = {
  number: "12729/VPCP-KGVX",
  date: "2025-12-25",
  title: "Văn bản về việc hoán đổi ngày làm việc dịp Tết Dương lịch 2026",
};

const ASSUMED_NOTE = "assumed, to be confirmed: yearly notice on days off for civil servants";

const law = (basis: string): DaySource => ({ basis, origin: "statutory" });
const assumed = (basis: string): DaySource => ({ basis, origin: "assumed", note: ASSUMED_NOTE });
const official = (basis: string, notice: Notice): DaySource => ({
  basis,
  origin: "official",
  notice,
});

/** A rule decided but not yet in force by law: provisional until an administrator confirms it. */
const provisionalRule = (basis: string): DaySource => ({
  basis,
  origin: "statutory",
  note: PENDING_NOTE,
});

function off(date: string, name: Messages, source: DaySource): DayEntry {
  return {
    date,
    kind: "day-off",
    name,
    source,
    status:
      source.origin === "assumed" || source.note === PENDING_NOTE ? "provisional" : "confirmed",
  };
}
function work(date: string, name: Messages, source: DaySource): DayEntry {
  return { ...off(date, name, source), kind: "working-day" };
}

const NEW_YEAR = { vi: "Tết Dương lịch", en: "New Year's Day" };
const tet = (part: string, en: string) => ({
  vi: `Tết Nguyên đán (${part})`,
  en: `Lunar New Year (${en})`,
});
const HUNG = {
  vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
  en: "Hùng Kings' Commemoration (lunar 10/3)",
};
const VICTORY = { vi: "Ngày Chiến thắng 30/4", en: "Victory Day (30 April)" };
const LABOUR = { vi: "Ngày Quốc tế lao động 1/5", en: "International Labour Day (1 May)" };
const NATIONAL = { vi: "Quốc khánh 2/9", en: "National Day (2 September)" };
const NATIONAL_ADJ = (d: string) => ({
  vi: `Quốc khánh (ngày liền kề ${d})`,
  en: `National Day (adjacent day ${d})`,
});
const SWAP_OFF = (w: string) => ({
  vi: `Nghỉ hoán đổi (làm bù ${w})`,
  en: `Swapped day off (made up on ${w})`,
});
const MAKE_UP = (d: string) => ({
  vi: `Làm bù cho ngày nghỉ ${d}`,
  en: `Make-up working day for ${d}`,
});

const A = "Labour Code 2019 Art. 112(1)(a)";
const B = "Labour Code 2019 Art. 112(1)(b), (3)";
const C = "Labour Code 2019 Art. 112(1)(c)";
const D = "Labour Code 2019 Art. 112(1)(d)";
const DD = "Labour Code 2019 Art. 112(1)(đ), (3)";
const E = "Labour Code 2019 Art. 112(1)(e)";
const SWAP = "Prime Minister's approval of a working-day swap for civil servants";
const CULTURE = {
  vi: "Ngày Văn hóa Việt Nam 24/11 (dự kiến)",
  en: "Vietnamese Culture Day, 24 November (provisional)",
};

export const OFFICIAL_YEARS: ReadonlyMap<number, readonly DayEntry[]> = new Map([
  [
    2024,
    [
      off("2024-01-01", NEW_YEAR, law(A)),
      off("2024-02-08", tet("28 tháng Chạp", "28th of the 12th month"), assumed(B)),
      off("2024-02-09", tet("30 tháng Chạp", "last day of the lunar year"), assumed(B)),
      off("2024-02-10", tet("mùng 1", "day 1"), assumed(B)),
      off("2024-02-11", tet("mùng 2", "day 2"), assumed(B)),
      off("2024-02-12", tet("mùng 3", "day 3"), assumed(B)),
      off("2024-02-13", tet("mùng 4", "day 4"), assumed(B)),
      off("2024-02-14", tet("mùng 5", "day 5"), assumed(B)),
      off("2024-04-18", HUNG, law(E)),
      off("2024-04-29", SWAP_OFF("04/05/2024"), assumed(SWAP)),
      off("2024-04-30", VICTORY, law(C)),
      off("2024-05-01", LABOUR, law(D)),
      work("2024-05-04", MAKE_UP("29/04/2024"), assumed(SWAP)),
      off("2024-09-02", NATIONAL, law(DD)),
      off("2024-09-03", NATIONAL_ADJ("3/9"), assumed(DD)),
    ],
  ],
  [
    2025,
    [
      off("2025-01-01", NEW_YEAR, law(A)),
      off(
        "2025-01-27",
        tet("28 tháng Chạp", "28th of the 12th month"),
        official(B, NOTICE_6150_2024),
      ),
      off(
        "2025-01-28",
        tet("29 tháng Chạp", "last day of the lunar year"),
        official(B, NOTICE_6150_2024),
      ),
      off("2025-01-29", tet("mùng 1", "day 1"), official(B, NOTICE_6150_2024)),
      off("2025-01-30", tet("mùng 2", "day 2"), official(B, NOTICE_6150_2024)),
      off("2025-01-31", tet("mùng 3", "day 3"), official(B, NOTICE_6150_2024)),
      off("2025-04-07", HUNG, law(E)),
      work("2025-04-26", MAKE_UP("02/05/2025"), official(SWAP, NOTICE_6150_2024)),
      off("2025-04-30", VICTORY, law(C)),
      off("2025-05-01", LABOUR, law(D)),
      off("2025-05-02", SWAP_OFF("26/04/2025"), official(SWAP, NOTICE_6150_2024)),
      off("2025-09-01", NATIONAL_ADJ("1/9"), official(DD, NOTICE_6150_2024)),
      off("2025-09-02", NATIONAL, law(DD)),
    ],
  ],
  [
    2026,
    [
      off("2026-01-01", NEW_YEAR, law(A)),
      off("2026-01-02", SWAP_OFF("10/01/2026"), official(SWAP, LETTER_12729_2025)),
      work("2026-01-10", MAKE_UP("02/01/2026"), official(SWAP, LETTER_12729_2025)),
      off(
        "2026-02-16",
        tet("29 tháng Chạp", "last day of the lunar year"),
        official(B, NOTICE_9441_2025),
      ),
      off("2026-02-17", tet("mùng 1", "day 1"), official(B, NOTICE_9441_2025)),
      off("2026-02-18", tet("mùng 2", "day 2"), official(B, NOTICE_9441_2025)),
      off("2026-02-19", tet("mùng 3", "day 3"), official(B, NOTICE_9441_2025)),
      off("2026-02-20", tet("mùng 4", "day 4"), official(B, NOTICE_9441_2025)),
      off("2026-04-26", HUNG, law(E)),
      off(
        "2026-04-27",
        {
          vi: "Nghỉ bù Giỗ Tổ Hùng Vương (26/4 trùng Chủ nhật)",
          en: "Compensation for Hùng Kings' day (26/4 is a Sunday)",
        },
        law(`${E}; Labour Code 2019 Art. 111(3)`),
      ),
      off("2026-04-30", VICTORY, law(C)),
      off("2026-05-01", LABOUR, law(D)),
      work("2026-08-22", MAKE_UP("31/08/2026"), official(SWAP, NOTICE_9441_2025)),
      off("2026-08-31", SWAP_OFF("22/08/2026"), official(SWAP, NOTICE_9441_2025)),
      off("2026-09-01", NATIONAL_ADJ("1/9"), official(DD, NOTICE_9441_2025)),
      off("2026-09-02", NATIONAL, law(DD)),
      off("2026-11-24", CULTURE, provisionalRule(CULTURE_DAY_BASIS)),
    ],
  ],
]);
