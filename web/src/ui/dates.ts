/** Today in Vietnam (UTC+7, no daylight saving) as YYYY-MM-DD: a default for date inputs. */
export function todayVn(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}
