// Calendar administration (days off, make-up working days, office hours) and deadline look-up.
// Every change is a new calendar version, audited in the same transaction.
import { z } from "zod";
import { type Api, param, parseWith } from "../../platform/http.ts";
import { record } from "../audit/index.ts";
import { authorize, type IdentityDeps, requireUser } from "../identity/index.ts";
import { builtinYear } from "./builtin.ts";
import type { CalendarCache } from "./cache.ts";
import { checkDueInput } from "./due.ts";
import { badInstant } from "./errors.ts";
import { explainDue } from "./explain.ts";
import {
  addDay,
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
    sameDayCutoff: minute,
  })
  .strict();

export function calendarRoutes(api: Api, deps: CalendarDeps) {
  const { db, clock } = deps;
  const manage = async (c: Parameters<Parameters<Api["route"]>[1]>[0]) => {
    const actor = requireUser(c);
    authorize(actor, "calendar.manage", (await deps.agencies.tree()).subtreeOf);
    return actor;
  };

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
      const actor = await manage(c);
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
      const out = await db.transaction(async (tx) => {
        const r = await addDay(tx, entry, { actorId: actor.userId!, at: clock.now() });
        await record(tx, actor, clock.now(), {
          action: "calendar.day_added",
          subjectType: "calendar_day",
          subjectId: String(r.day.id),
          details: { version: r.version, ...body },
        });
        return r;
      });
      deps.calendars.invalidate();
      return out;
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
      const actor = await manage(c);
      const id = parseWith(z.coerce.number().int().positive(), param(c, "id"), "path");
      const out = await db.transaction(async (tx) => {
        const r = await confirmDay(tx, id, { actorId: actor.userId!, at: clock.now() });
        await record(tx, actor, clock.now(), {
          action: "calendar.day_confirmed",
          subjectType: "calendar_day",
          subjectId: String(id),
          details: { version: r.version, date: r.before.date },
        });
        return r;
      });
      deps.calendars.invalidate();
      return out;
    },
  );

  api.route(
    {
      method: "delete",
      path: "/api/calendar/days/:id",
      summary: "Gỡ ngày khỏi lịch (giữ lịch sử) / Remove a day (history kept)",
      tag: "calendar",
    },
    async (c) => {
      const actor = await manage(c);
      const id = parseWith(z.coerce.number().int().positive(), param(c, "id"), "path");
      const out = await db.transaction(async (tx) => {
        const r = await removeDay(tx, id, { actorId: actor.userId!, at: clock.now() });
        await record(tx, actor, clock.now(), {
          action: "calendar.day_removed",
          subjectType: "calendar_day",
          subjectId: String(id),
          details: { version: r.version, date: r.removed.date },
        });
        return r;
      });
      deps.calendars.invalidate();
      return out;
    },
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
      const actor = await manage(c);
      const { agency, ...period } = body;
      const out = await db.transaction(async (tx) => {
        const r = await setOfficeHours(tx, agency, period, {
          actorId: actor.userId!,
          at: clock.now(),
        });
        await record(tx, actor, clock.now(), {
          action: "calendar.office_hours_set",
          subjectType: "office_hours",
          subjectId: agency ?? "default",
          agencyCode: agency,
          details: { version: r.version, ...period },
        });
        return r;
      });
      deps.calendars.invalidate();
      return out;
    },
  );
}
