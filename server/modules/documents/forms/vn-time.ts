// Vietnam time is UTC+7 all year (no daylight saving): forms show every instant in it.
const OFFSET_MS = 7 * 3600_000;

export interface VnParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** An instant (Date) or a calendar date ('YYYY-MM-DD', taken as that day in Vietnam). */
export type DateLike = Date | string;

export function vnParts(d: DateLike): VnParts {
  if (typeof d === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    if (m) return { year: +m[1], month: +m[2], day: +m[3], hour: 0, minute: 0 };
    d = new Date(d);
  }
  const t = new Date(d.getTime() + OFFSET_MS);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
  };
}

const p2 = (n: number) => String(n).padStart(2, "0");

/** "ngày 15 tháng 3 năm 2026" / "15 March 2026". */
export function longDate(d: DateLike, lang: "vi" | "en"): string {
  const p = vnParts(d);
  if (lang === "en") return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
  // Decree 30/2020/NĐ-CP Appendix I: a 0 before days under 10 and before months 1 and 2.
  return `ngày ${p2(p.day)} tháng ${p.month <= 2 ? p2(p.month) : p.month} năm ${p.year}`;
}

/** "08 giờ 30 phút, ngày 15 tháng 3 năm 2026" / "08:30, 15 March 2026 (UTC+7)". */
export function longDateTime(d: Date, lang: "vi" | "en"): string {
  const p = vnParts(d);
  if (lang === "en") return `${p2(p.hour)}:${p2(p.minute)}, ${longDate(d, "en")} (UTC+7)`;
  return `${p2(p.hour)} giờ ${p2(p.minute)} phút, ${longDate(d, "vi")}`;
}

/** "15/03/2026". */
export function shortDate(d: DateLike): string {
  const p = vnParts(d);
  return `${p2(p.day)}/${p2(p.month)}/${p.year}`;
}

/** "15/03/2026 08:30". */
export function shortDateTime(d: Date): string {
  const p = vnParts(d);
  return `${shortDate(d)} ${p2(p.hour)}:${p2(p.minute)}`;
}

/** Same calendar day in Vietnam. */
export function sameVnDay(a: Date, b: Date): boolean {
  return shortDate(a) === shortDate(b);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
