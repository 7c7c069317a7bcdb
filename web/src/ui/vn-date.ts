// Dates and times typed and read the Vietnamese way — dd/mm/yyyy and 24-hour hh:mm — whatever the
// browser's locale (a native date input would follow the browser: 03/01/2026 means 1 March to a
// reader of an en-US browser and 3 January to everyone at the counter). The values the API takes
// stay ISO: YYYY-MM-DD, hh:mm, YYYY-MM-DDThh:mm (Vietnam time).

const pad = (n: number) => String(n).padStart(2, "0");

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "05/03/2026" (also 5/3/2026, 05-03-2026, 05.03.2026) → "2026-03-05"; null when not a real date. */
export function parseVnDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

/** "2026-03-05" → "05/03/2026"; anything else comes back as it is. */
export function showVnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "7:30", "07:30", "7h30", "17" → "07:30" / "17:00"; null when not a time of day. */
export function parseVnTime(text: string): string | null {
  const m = /^\s*(\d{1,2})(?:\s*[:hH.]\s*(\d{2})?)?\s*$/.exec(text);
  if (!m) return null;
  const [h, mi] = [Number(m[1]), Number(m[2] ?? 0)];
  return h <= 23 && mi <= 59 ? `${pad(h)}:${pad(mi)}` : null;
}

/** "05/03/2026 16:30" → "2026-03-05T16:30" (Vietnam time); null when either part is wrong. */
export function parseVnDateTime(text: string): string | null {
  const m = /^\s*(\S+)\s+(\S+)\s*$/.exec(text);
  if (!m) return null;
  const date = parseVnDate(m[1]!);
  const time = parseVnTime(m[2]!);
  return date && time ? `${date}T${time}` : null;
}

/** "2026-03-05T16:30" → "05/03/2026 16:30"; anything else comes back as it is. */
export function showVnDateTime(local: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local);
  return m ? `${showVnDate(m[1]!)} ${m[2]}` : local;
}
