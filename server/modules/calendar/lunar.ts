// Vietnamese lunar calendar by Hồ Ngọc Đức's astronomical method ("Thuật toán tính âm lịch"),
// written from its published description: new moons and solar longitude from Jean Meeus's
// "Astronomical Algorithms" formulas, evaluated for UTC+7. Vietnam has used UTC+7 for its
// lunar calendar since 1968, so it can differ from the Chinese (UTC+8) calendar.
export const VN_TIME_ZONE = 7;

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

const INT = Math.floor;
const DR = Math.PI / 180;
/** Julian day number of the new moon of 1900-01-01 used as k = 0 and the mean synodic month. */
const K0_JD = 2415021.076998695;
const SYNODIC = 29.530588853;

/** Julian day number of a (Gregorian from 15/10/1582, Julian before) date. */
export function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = INT((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  let jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - INT(y / 100) + INT(y / 400) - 32045;
  if (jd < 2299161) jd = dd + INT((153 * m + 2) / 5) + 365 * y + INT(y / 4) - 32083;
  return jd;
}

/** [day, month, year] of a Julian day number. */
export function jdToDate(jd: number): [number, number, number] {
  let b: number;
  let c: number;
  if (jd > 2299160) {
    const a = jd + 32044;
    b = INT((4 * a + 3) / 146097);
    c = a - INT((b * 146097) / 4);
  } else {
    b = 0;
    c = jd + 32082;
  }
  const d = INT((4 * c + 3) / 1461);
  const e = c - INT((1461 * d) / 4);
  const m = INT((5 * e + 2) / 153);
  return [
    e - INT((153 * m + 2) / 5) + 1,
    m + 3 - 12 * INT(m / 10),
    b * 100 + d - 4800 + INT(m / 10),
  ];
}

/** Julian day (fractional, UTC) of the k-th new moon after 1900-01-01 (Meeus). */
export function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * DR);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let C1 = (0.1734 - 0.000393 * T) * Math.sin(M * DR) + 0.0021 * Math.sin(2 * DR * M);
  C1 = C1 - 0.4068 * Math.sin(Mpr * DR) + 0.0161 * Math.sin(DR * 2 * Mpr);
  C1 = C1 - 0.0004 * Math.sin(DR * 3 * Mpr);
  C1 = C1 + 0.0104 * Math.sin(DR * 2 * F) - 0.0051 * Math.sin(DR * (M + Mpr));
  C1 = C1 - 0.0074 * Math.sin(DR * (M - Mpr)) + 0.0004 * Math.sin(DR * (2 * F + M));
  C1 = C1 - 0.0004 * Math.sin(DR * (2 * F - M)) - 0.0006 * Math.sin(DR * (2 * F + Mpr));
  C1 = C1 + 0.001 * Math.sin(DR * (2 * F - Mpr)) + 0.0005 * Math.sin(DR * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + C1 - deltaT;
}

/** Sun's apparent longitude in radians, normalised to [0, 2π), at Julian day `jdn` (UTC). */
export function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(DR * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(DR * 2 * M) + 0.00029 * Math.sin(DR * 3 * M);
  const L = (L0 + DL) * DR;
  return L - Math.PI * 2 * INT(L / (Math.PI * 2));
}

/** Julian day number of the local day of the k-th new moon. */
export function getNewMoonDay(k: number, tz: number): number {
  return INT(newMoon(k) + 0.5 + tz / 24);
}

/** Solar term sector (0–11, 30° each) at the start of local day `dayNumber`. */
export function getSunLongitude(dayNumber: number, tz: number): number {
  return INT((sunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI) * 6);
}

/** Julian day number of the start of lunar month 11 (the one containing the winter solstice). */
export function getLunarMonth11(yy: number, tz: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = INT(off / SYNODIC);
  let nm = getNewMoonDay(k, tz);
  if (getSunLongitude(nm, tz) >= 9) nm = getNewMoonDay(k - 1, tz);
  return nm;
}

/** Offset (in months after month 11) of the leap month of the lunar year starting at a11. */
export function getLeapMonthOffset(a11: number, tz: number): number {
  const k = INT((a11 - K0_JD) / SYNODIC + 0.5);
  let last = 0;
  let i = 1;
  let arc = getSunLongitude(getNewMoonDay(k + i, tz), tz);
  do {
    last = arc;
    i++;
    arc = getSunLongitude(getNewMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

const month11Cache = new Map<string, number>();
/** getLunarMonth11 memoised: it is called for the same few years over and over. */
function month11(yy: number, tz: number): number {
  const key = `${yy}/${tz}`;
  let v = month11Cache.get(key);
  if (v === undefined) {
    v = getLunarMonth11(yy, tz);
    month11Cache.set(key, v);
  }
  return v;
}

export function convertSolar2Lunar(
  dd: number,
  mm: number,
  yy: number,
  tz = VN_TIME_ZONE,
): LunarDate {
  const dayNumber = jdFromDate(dd, mm, yy);
  const k = INT((dayNumber - K0_JD) / SYNODIC);
  let monthStart = getNewMoonDay(k + 1, tz);
  // The published code steps back once; the true new moon can lag the mean one by more, which
  // gave lunar day 0 for 7/5/2054 and 9/4/2062. Step back until the month starts on or before.
  for (let j = k; monthStart > dayNumber; j--) monthStart = getNewMoonDay(j, tz);
  let a11 = month11(yy, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = yy;
    a11 = month11(yy - 1, tz);
  } else {
    lunarYear = yy + 1;
    b11 = month11(yy + 1, tz);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = INT((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapMonthDiff = getLeapMonthOffset(a11, tz);
    if (diff >= leapMonthDiff) {
      lunarMonth = diff + 10;
      if (diff === leapMonthDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

/** Solar [day, month, year] of a lunar date; null when the leap month asked for does not exist. */
export function convertLunar2Solar(
  lunarDay: number,
  lunarMonth: number,
  lunarYear: number,
  leap: boolean,
  tz = VN_TIME_ZONE,
): [number, number, number] | null {
  let a11: number;
  let b11: number;
  if (lunarMonth < 11) {
    a11 = month11(lunarYear - 1, tz);
    b11 = month11(lunarYear, tz);
  } else {
    a11 = month11(lunarYear, tz);
    b11 = month11(lunarYear + 1, tz);
  }
  let off = lunarMonth - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = getLeapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && lunarMonth !== leapMonth) return null;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return null;
  }
  const k = INT(0.5 + (a11 - K0_JD) / SYNODIC);
  const monthStart = getNewMoonDay(k + off, tz);
  return jdToDate(monthStart + lunarDay - 1);
}
