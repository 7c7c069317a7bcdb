// --explain: why a due moment is where it is — the days skipped (weekend, holiday with its
// source) and a start outside office hours, in Vietnamese and English.
import type { Messages } from "../../platform/errors.ts";
import { tableOfDay } from "./day-table.ts";
import { computeDue } from "./due.ts";
import type { Calendar, DayEntry, DaySource, Unit } from "./types.ts";
import { dayIndexOf, formatVn, isoDate, isoWeekday } from "./vn-time.ts";

export interface SkippedDay {
  date: string;
  reason: "weekend" | "holiday";
  /** The holiday / day off, when reason is "holiday". */
  entry?: DayEntry;
  text: Messages;
}

export interface Explanation {
  start: string;
  clockStart: string;
  due: string;
  duration: number;
  unit: Unit;
  calendarVersion: number | null;
  outsideOfficeHours: boolean;
  skipped: SkippedDay[];
  /** Make-up working days (e.g. a Saturday) counted as working days. */
  madeUp: DayEntry[];
  lines: { vi: string[]; en: string[] };
}

const WEEKDAY_VI = ["", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"];
const WEEKDAY_EN = [
  "",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];

/** The legal basis in Vietnamese (basis texts are stored in English citation form). */
export function basisVi(basis: string): string {
  return basis
    .replace(/Labour Code 2019/g, "Bộ luật Lao động 2019")
    .replace(/Civil Code 2015/g, "Bộ luật Dân sự 2015")
    .replace(/Art\. /g, "Điều ")
    .replace(
      /Prime Minister's approval of a working-day swap for civil servants/,
      "Thủ tướng đồng ý hoán đổi ngày làm việc",
    );
}

export function describeSource(s: DaySource): Messages {
  const notice = s.notice ? `; ${s.notice.number} (${s.notice.date})` : "";
  const flag = {
    official: { vi: "", en: "" },
    assumed: { vi: " — giả định, cần xác nhận", en: " — assumed, to be confirmed" },
    statutory: { vi: " — đề xuất theo luật, tạm tính", en: " — statutory proposal" },
  }[s.origin];
  return { vi: `${basisVi(s.basis)}${notice}${flag.vi}`, en: `${s.basis}${notice}${flag.en}` };
}

function skippedDay(cal: Calendar, day: number): SkippedDay | null {
  const t = tableOfDay(cal, day);
  if (t.sessions[day - t.first]) return null;
  const date = isoDate(day);
  const w = isoWeekday(day);
  const entry = t.entries.get(day);
  if (entry?.kind === "day-off") {
    const src = describeSource(entry.source);
    return {
      date,
      reason: "holiday",
      entry,
      text: {
        vi: `${WEEKDAY_VI[w]} ${date}: nghỉ — ${entry.name.vi} (${src.vi})`,
        en: `${WEEKDAY_EN[w]} ${date}: day off — ${entry.name.en} (${src.en})`,
      },
    };
  }
  return {
    date,
    reason: "weekend",
    text: {
      vi: `${WEEKDAY_VI[w]} ${date}: nghỉ hằng tuần`,
      en: `${WEEKDAY_EN[w]} ${date}: weekly rest day`,
    },
  };
}

export function explainDue(start: Date, duration: number, unit: Unit, cal: Calendar): Explanation {
  const d = computeDue(start, duration, unit, cal);
  const outside = d.clockStart !== start.getTime();
  // Working units and same-day skip every day off between start and due; calendar days and
  // months count days off, and only move the end when the last day is one.
  const from = d.nominalEndDay ?? dayIndexOf(start.getTime());
  const to = dayIndexOf(d.due);
  const skipped: SkippedDay[] = [];
  const madeUp: DayEntry[] = [];
  for (let day = from; day <= to; day++) {
    const s = skippedDay(cal, day);
    if (s) skipped.push(s);
    const e = tableOfDay(cal, day).entries.get(day);
    if (e?.kind === "working-day" && (d.nominalEndDay === undefined || day === to)) madeUp.push(e);
  }
  const vi: string[] = [];
  const en: string[] = [];
  if (outside) {
    vi.push(
      `Tiếp nhận ${formatVn(start)} ngoài giờ làm việc; bắt đầu tính từ ${formatVn(d.clockStart)}`,
    );
    en.push(
      `Received ${formatVn(start)} outside office hours; the clock starts at ${formatVn(d.clockStart)}`,
    );
  }
  if (d.nominalEndDay !== undefined && d.nominalEndDay !== to) {
    vi.push(
      `Ngày cuối của thời hạn ${isoDate(d.nominalEndDay)} là ngày nghỉ: chuyển sang ngày làm việc tiếp theo (Điều 148 Bộ luật Dân sự 2015)`,
    );
    en.push(
      `The last day ${isoDate(d.nominalEndDay)} is a day off: moved to the next working day (Civil Code 2015 Art. 148)`,
    );
  }
  for (const s of skipped) {
    vi.push(`Bỏ qua ${s.text.vi}`);
    en.push(`Skipped ${s.text.en}`);
  }
  for (const e of madeUp) {
    vi.push(`Tính là ngày làm việc ${e.date}: ${e.name.vi}`);
    en.push(`Counted as a working day ${e.date}: ${e.name.en}`);
  }
  vi.push(`Hạn xử lý: ${formatVn(d.due)}`);
  en.push(`Due: ${formatVn(d.due)}`);
  return {
    start: formatVn(start),
    clockStart: formatVn(d.clockStart),
    due: formatVn(d.due),
    duration,
    unit,
    calendarVersion: cal.version,
    outsideOfficeHours: outside,
    skipped,
    madeUp,
    lines: { vi, en },
  };
}
