// Calendar administration (days off, make-up working days, office hours) and deadline look-up.
// Every change is a new calendar version, audited in the same transaction.
import { z } from "zod";
import type { Sql } from "../../platform/db.ts";
import { badInput } from "../../platform/errors.ts";
import { type Api, type Ctx, param, parseWith, readJson } from "../../platform/http.ts";
import { type AuditEntry, record } from "../audit/index.ts";
import { authorize, type IdentityDeps, requireUser } from "../identity/index.ts";
import { builtinYear } from "./builtin.ts";
import type { CalendarCache } from "./cache.ts";
import { checkDueInput } from "./due.ts";
import { badInstant } from "./errors.ts";
import { explainDue } from "./explain.ts";
import {
  addDay,
  type ChangeBy,
  type ConfirmBasis,
  confirmDay,
  currentCalendarVersion,
  listYearDays,
  removeDay,
  setOfficeHours,
} from "./repository.ts";
import { MAX_YEAR, MIN_YEAR } from "./types.ts";
import { parseInstant } from "./vn-time.ts";

export interface CalendarDeps extends IdentityDeps {
  calendars: CalendarCache;
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const dayBody = z
  .object({
    date,
    kind: z.enum(["day-off", "working-day"]),
    nameVi: z.string().min(2).max(200),
    nameEn: z.string().min(2).max(200),
    basis: z.string().min(2).max(300),
    notice: z
      .object({ number: z.string().min(1).max(60), date, title: z.string().min(2).max(300) })
      .strict()
      .optional(),
    status: z.enum(["provisional", "confirmed"]).default("confirmed"),
  })
  .strict();
// A rule not yet in force by law (Culture Day) is confirmed with its legal basis and effective date.
const confirmBody = z
  .object({
    basis: z.string().min(2).max(300).optional(),
    effectiveFrom: date.optional(),
    notice: z
      .object({ number: z.string().min(1).max(60), date, title: z.string().min(2).max(300) })
      .strict()
      .optional(),
  })
  .strict()
  .optional();
function confirmBasis(b: NonNullable<z.infer<typeof confirmBody>>): ConfirmBasis {
  if (!b.basis)
    throw badInput(
      "calendar.basis_required",
      "basis",
      "cần nêu căn cứ pháp lý",
      "the legal basis is required",
    );
  if (!b.effectiveFrom)
    throw badInput(
      "calendar.basis_required",
      "effectiveFrom",
      "cần nêu ngày có hiệu lực",
      "the effective date is required",
    );
  return { basis: b.basis, effectiveFrom: b.effectiveFrom, notice: b.notice };
}
const minute = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);
const hoursBody = z
  .object({
    agency: z.string().nullable(),
    validFrom: date,
    sessions: z
      .array(z.object({ start: minute, end: minute }).strict())
      .min(1)
      .max(4),
    weekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    weekdaySessions: z
      .array(
        z
          .object({
            weekday: z.number().int().min(1).max(7),
            sessions: z
              .array(z.object({ start: minute, end: minute }).strict())
              .min(1)
              .max(4),
          })
          .strict(),
      )
      .max(7)
      .optional(),
    sameDayCutoff: minute,
  })
  .strict();

export function calendarRoutes(api: Api, deps: CalendarDeps) {
  const { db, clock } = deps;
  /**
   * Every calendar change: the manager's check, the change (a new calendar version) and its audit
   * record in one transaction, then the cached calendars dropped.
   */
  const change = async <T extends { version: number }>(
    c: Ctx,
    run: (tx: Sql, by: ChangeBy) => Promise<T>,
    audit: (r: T) => AuditEntry,
  ): Promise<T> => {
    const actor = requireUser(c);
    authorize(actor, "calendar.manage", (await deps.agencies.tree()).subtreeOf);
    const out = await db.transaction(async (tx) => {
      const r = await run(tx, { actorId: actor.userId!, at: clock.now() });
      await record(tx, actor, clock.now(), audit(r));
      return r;
    });
    deps.calendars.invalidate();
    return out;
  };
  const dayId = (c: Ctx) => parseWith(z.coerce.number().int().positive(), param(c, "id"), "path");

  api.route(
    {
      method: "get",
      path: "/api/calendar/years/:year",
      summary: "Ngày nghỉ, ngày làm bù trong năm / Days off and make-up days of a year",
      tag: "calendar",
      auth: false,
    },
    async (c) => {
      const year = parseWith(
        z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR),
        param(c, "year"),
        "path",
      );
      const version = await currentCalendarVersion(db);
      const stored = await listYearDays(db, year, version);
      if (stored.length) return { year, version, held: true, days: stored };
      const generated = builtinYear(year);
      return { year, version, held: false, status: generated.status, days: generated.entries };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/calendar/due",
      summary: "Tính hạn giải quyết / Compute a due moment",
      tag: "calendar",
      auth: false,
      query: z
        .object({
          from: z.string(),
          duration: z.string(),
          unit: z.string(),
          agency: z.string().optional(),
        })
        .strict(),
    },
    async (_c, { query }) => {
      const start = parseInstant(query.from);
      if (!start) throw badInstant("from", query.from);
      const duration = Number(query.duration);
      const unit = checkDueInput(duration, query.unit, { duration: "duration", unit: "unit" });
      const cal = await deps.calendars.get(query.agency ?? null);
      return explainDue(start, duration, unit, cal);
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/calendar/days",
      summary: "Thêm ngày nghỉ / ngày làm bù / Add a day off or make-up day",
      tag: "calendar",
      body: dayBody,
    },
    async (c, { body }) => {
      const entry = {
        date: body.date,
        kind: body.kind,
        name: { vi: body.nameVi, en: body.nameEn },
        status: body.status,
        source: {
          basis: body.basis,
          origin: body.notice ? ("official" as const) : ("assumed" as const),
          notice: body.notice,
        },
      };
      return change(
        c,
        (tx, by) => addDay(tx, entry, by),
        (r) => ({
          action: "calendar.day_added",
          subjectType: "calendar_day",
          subjectId: String(r.day.id),
          details: { version: r.version, ...body },
        }),
      );
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/calendar/days/:id/confirm",
      summary: "Xác nhận ngày nghỉ dự kiến / Confirm a provisional day",
      tag: "calendar",
    },
    async (c) => {
      // The body is optional: a plain confirmation sends none.
      const body = c.req.header("content-type") ? await readJson(c, confirmBody) : undefined;
      const given = body?.basis || body?.effectiveFrom ? confirmBasis(body) : undefined;
      return change(
        c,
        (tx, by) => confirmDay(tx, dayId(c), by, given),
        (r) => ({
          action: "calendar.day_confirmed",
          subjectType: "calendar_day",
          subjectId: String(r.before.id),
          details: { version: r.version, date: r.before.date, ...body },
        }),
      );
    },
  );

  api.route(
    {
      method: "delete",
      path: "/api/calendar/days/:id",
      summary: "Gỡ ngày khỏi lịch (giữ lịch sử) / Remove a day (history kept)",
      tag: "calendar",
    },
    async (c) =>
      change(
        c,
        (tx, by) => removeDay(tx, dayId(c), by),
        (r) => ({
          action: "calendar.day_removed",
          subjectType: "calendar_day",
          subjectId: String(r.removed.id),
          details: { version: r.version, date: r.removed.date },
        }),
      ),
  );

  api.route(
    {
      method: "put",
      path: "/api/calendar/office-hours",
      summary: "Giờ làm việc theo đơn vị / Office hours per agency",
      tag: "calendar",
      body: hoursBody,
    },
    async (c, { body }) => {
      const { agency, ...period } = body;
      return change(
        c,
        (tx, by) => setOfficeHours(tx, agency, period, by),
        (r) => ({
          action: "calendar.office_hours_set",
          subjectType: "office_hours",
          subjectId: agency ?? "default",
          agencyCode: agency,
          details: { version: r.version, ...period },
        }),
      );
    },
  );
}
