// Periods of whole Vietnam dates (UTC+7, no daylight saving): [from 00:00, the day after `to` 00:00).
import { badInput } from "../../platform/errors.ts";

const DAY_MS = 86_400_000;

export function periodBounds(from: string, to: string): [Date, Date] {
  const start = new Date(`${from}T00:00:00+07:00`);
  const end = new Date(new Date(`${to}T00:00:00+07:00`).getTime() + DAY_MS);
  if (Number.isNaN(start.getTime()))
    throw badInput(
      "feedback.bad_date",
      "from",
      `ngày không hợp lệ: ${from}`,
      `invalid date: ${from}`,
    );
  if (Number.isNaN(end.getTime()))
    throw badInput("feedback.bad_date", "to", `ngày không hợp lệ: ${to}`, `invalid date: ${to}`);
  if (end <= start)
    throw badInput(
      "feedback.bad_period",
      "to",
      "phải không trước ngày bắt đầu (from)",
      "must not be before from",
    );
  return [start, end];
}
