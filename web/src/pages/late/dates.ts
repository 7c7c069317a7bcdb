// Date-time values in Vietnam time (UTC+7, no daylight saving), whatever the browser's zone.
const VN = 7 * 3_600_000;

/** An instant as the value of a date-time field (YYYY-MM-DDThh:mm), in Vietnam time. */
export function toVnLocal(iso: string | number | Date): string {
  return new Date(new Date(iso).getTime() + VN).toISOString().slice(0, 16);
}

/** a date-time field (YYYY-MM-DDThh:mm) value (Vietnam time) → ISO instant with offset, or null. */
export function fromVnLocal(v: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? `${v}:00+07:00` : null;
}

/** A default new appointment: five days after the later of the appointment and now, at 16:00. */
export function defaultNewDue(dueAt: string | null, now = Date.now()): string {
  const base = Math.max(dueAt ? Date.parse(dueAt) : 0, now);
  return `${toVnLocal(base + 5 * 86_400_000).slice(0, 10)}T16:00`;
}
