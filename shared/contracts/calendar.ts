// Contract of the working calendar (server/modules/calendar): days off and make-up working days
// (Labour Code 2019 Art. 112; the yearly notices of the Ministry of Home Affairs), office hours
// per agency, and the due moment of a handling time with its explanation.
import { z } from "zod";

/** A calendar date, YYYY-MM-DD. */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const messages = z.object({ vi: z.string(), en: z.string() });
const dayKind = z.enum(["day-off", "working-day"]);
const dayStatus = z.enum(["provisional", "confirmed"]);
const noticeBody = z.strictObject({
  number: z.string().min(1).max(60),
  date,
  title: z.string().min(2).max(300),
});
/** Minutes after local midnight (Vietnam time). */
const minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
const sessionsBody = z
  .array(z.strictObject({ start: minute, end: minute }))
  .min(1)
  .max(4);

// Requests

export const newDayBody = z.strictObject({
  date,
  kind: dayKind,
  nameVi: z.string().min(2).max(200),
  nameEn: z.string().min(2).max(200),
  basis: z.string().min(2).max(300),
  notice: noticeBody.optional(),
  status: dayStatus.default("confirmed"),
});

/** Optional: a plain confirmation sends no body. A rule not yet in force by law (Culture Day) is
 * confirmed with its legal basis and effective date (checked on the server). */
export const confirmDayBody = z
  .strictObject({
    basis: z.string().min(2).max(300).optional(),
    effectiveFrom: date.optional(),
    notice: noticeBody.optional(),
  })
  .optional();

export const officeHoursBody = z.strictObject({
  agency: z.string().nullable(),
  validFrom: date,
  sessions: sessionsBody,
  weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
  weekdaySessions: z
    .array(z.strictObject({ weekday: z.number().int().min(1).max(7), sessions: sessionsBody }))
    .max(7)
    .optional(),
  sameDayCutoff: minute,
});

export const dueQuery = z.strictObject({
  from: z.string(),
  duration: z.string(),
  unit: z.string(),
  agency: z.string().optional(),
});

// Answers

/** A day that departs from the weekly pattern: a day off or a make-up working day. */
export const calendarDay = z.object({
  date: z.string(),
  kind: dayKind,
  name: messages,
  status: dayStatus,
  source: z.object({
    basis: z.string(),
    origin: z.enum(["official", "assumed", "statutory"]),
    notice: z.object({ number: z.string(), date: z.string(), title: z.string() }).optional(),
    note: z.string().optional(),
  }),
});

/** What the database adds to a day: one calendar version adds it, a later one may remove it. */
const heldFields = z.object({
  id: z.number(),
  version: z.number(),
  removedVersion: z.number().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
  removedBy: z.string().nullable(),
  removedAt: z.string().nullable(),
});
const storedDay = calendarDay.extend(heldFields.shape);

export const calendarYearAnswer = z.object({
  year: z.number(),
  version: z.number(),
  /** false: the statutory proposal, not yet held (its days have no id until the first change). */
  held: z.boolean(),
  status: dayStatus.optional(),
  days: z.array(calendarDay.extend(heldFields.partial().shape)),
});

export const dueAnswer = z.object({
  start: z.string(),
  clockStart: z.string(),
  due: z.string(),
  duration: z.number(),
  unit: z.enum(["working-days", "working-hours", "days", "months", "same-day"]),
  calendarVersion: z.number().nullable(),
  outsideOfficeHours: z.boolean(),
  skipped: z.array(
    z.object({
      date: z.string(),
      reason: z.enum(["weekend", "holiday"]),
      entry: calendarDay.optional(),
      text: messages,
    }),
  ),
  madeUp: z.array(calendarDay),
  lines: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
});

export const dayAddedAnswer = z.object({ version: z.number(), day: storedDay });
export const dayConfirmedAnswer = z.object({
  version: z.number(),
  before: storedDay,
  after: storedDay,
});
export const dayRemovedAnswer = z.object({ version: z.number(), removed: storedDay });

const session = z.object({ start: z.number(), end: z.number() });
const storedOfficeHours = z.object({
  id: z.number(),
  agency: z.string().nullable(),
  validFrom: z.string(),
  sessions: z.array(session),
  weekdays: z.array(z.number()),
  weekdaySessions: z
    .array(z.object({ weekday: z.number(), sessions: z.array(session) }))
    .optional(),
  sameDayCutoff: z.number(),
  version: z.number(),
  removedVersion: z.number().nullable(),
});
export const officeHoursAnswer = z.object({
  version: z.number(),
  stored: storedOfficeHours,
  replaced: storedOfficeHours.nullable(),
});
