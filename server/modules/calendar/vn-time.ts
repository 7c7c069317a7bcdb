// Vietnam time arithmetic with a fixed UTC+7 offset (no daylight saving), independent of the
// machine's time zone. Days are numbered from 1970-01-01 (Vietnam date) = 0.
export const VN_OFFSET_MS = 7 * 3_600_000;
export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

/** Vietnam day number of an instant (ms since the epoch). */
export function dayIndexOf(ms: number): number {
  return Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
}

/** Milliseconds since Vietnam midnight. */
export function msOfDay(ms: number, day: number): number {
  return ms + VN_OFFSET_MS - day * DAY_MS;
}

/** The instant at `minutes` after Vietnam midnight of day `day`. */
export function instantAt(day: number, msInDay: number): number {
  return day * DAY_MS + msInDay - VN_OFFSET_MS;
}

/** Day number from a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayIndexFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month, day] of a day number (H. Hinnant's civil_from_days). */
export function civilFromDayIndex(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function isoDate(day: number): string {
  const [y, m, d] = civilFromDayIndex(day);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Day number of 'YYYY-MM-DD', or null when it is not a real date. */
export function parseIsoDate(s: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = dayIndexFromCivil(y, mo, d);
  return isoDate(day) === s ? day : null;
}

/** ISO 8601 in Vietnam time with +07:00; milliseconds only when not zero. */
export function formatVn(t: Date | number): string {
  const ms = typeof t === "number" ? t : t.getTime();
  const day = dayIndexOf(ms);
  const inDay = msOfDay(ms, day);
  const h = Math.floor(inDay / 3_600_000);
  const mi = Math.floor((inDay % 3_600_000) / MINUTE_MS);
  const s = Math.floor((inDay % MINUTE_MS) / 1000);
  const frac = inDay % 1000;
  return `${isoDate(day)}T${pad(h)}:${pad(mi)}:${pad(s)}${frac ? `.${pad(frac, 3)}` : ""}+07:00`;
}

/** "HH:MM" for a minute of the day. */
export function hhmm(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Minutes after midnight of "HH:MM" (00:00–24:00), or null. */
export function parseHhmm(s: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(s);
  if (!m) return null;
  const v = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && v <= 24 * 60 ? v : null;
}

/**
 * Parses an ISO 8601 instant that carries an explicit offset ("Z" or ±HH:MM); null otherwise.
 * Offset-less strings are rejected: they would depend on the machine's time zone.
 */
export function parseInstant(s: string): Date | null {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))$/.exec(
      s,
    );
  if (!m) return null;
  const day = parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`);
  const [h, mi, sec] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (day === null || h > 23 || mi > 59 || sec > 59) return null;
  const frac = Number((m[7] ?? "0").padEnd(3, "0"));
  let offsetMin = 0;
  if (m[8] !== "Z") {
    const [oh, om] = [Number(m[10]), Number(m[11])];
    if (oh > 14 || om > 59) return null;
    offsetMin = (m[9] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  return new Date(day * DAY_MS + ((h * 60 + mi - offsetMin) * 60 + sec) * 1000 + frac);
}
