// Calendar administration (days off, make-up working days, office hours) and deadline look-up.
// Every change is a new calendar version, audited in the same transaction.
import { z } from "zod";
import {
  calendarYearAnswer,
  confirmDayBody,
  dayAddedAnswer,
  dayConfirmedAnswer,
  dayRemovedAnswer,
  dueAnswer,
  dueQuery,
  newDayBody,
  officeHoursAnswer,
  officeHoursBody,
} from "../../../shared/contracts/calendar.ts";
import { commandsOn } from "../../platform/command.ts";
import { badInput } from "../../platform/errors.ts";
import { type Api, type Ctx, param, parseWith } from "../../platform/http.ts";
import type { IdentityDeps, WithCommands } from "../identity/index.ts";
import { builtinYear } from "./builtin.ts";
import type { CalendarCache } from "./cache.ts";
import { checkDueInput } from "./due.ts";
import { badInstant } from "./errors.ts";
import { explainDue } from "./explain.ts";
import {
  addDay,
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

// A rule not yet in force by law (Culture Day) is confirmed with its legal basis and effective date.
function confirmBasis(b: NonNullable<z.infer<typeof confirmDayBody>>): ConfirmBasis {
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

/**
 * Every calendar change is a command of the calendar manager: the change (a new calendar version)
 * and its audit record in one transaction, then the cached calendars dropped.
 */
export function calendarRoutes(api: Api, deps: CalendarDeps & WithCommands) {
  const { db } = deps;
  const command = commandsOn(api, deps.commands);
  const dayId = (c: Ctx) => parseWith(z.coerce.number().int().positive(), param(c, "id"), "path");

  api.route(
    {
      method: "get",
      path: "/api/calendar/years/:year",
      summary: "Ngày nghỉ, ngày làm bù trong năm / Days off and make-up days of a year",
      tag: "calendar",
      auth: false,
      response: calendarYearAnswer,
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
      query: dueQuery,
      response: dueAnswer,
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

  command(
    {
      method: "post",
      path: "/api/calendar/days",
      summary: "Thêm ngày nghỉ / ngày làm bù / Add a day off or make-up day",
      tag: "calendar",
      action: "calendar.manage",
      body: newDayBody,
      response: dayAddedAnswer,
    },
    async ({ tx, body, actor, now, afterCommit }) => {
      afterCommit(() => deps.calendars.invalidate());
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
      const r = await addDay(tx, entry, { actorId: actor.userId!, at: now });
      return {
        answer: r,
        audit: {
          action: "calendar.day_added",
          subjectType: "calendar_day",
          subjectId: String(r.day.id),
          details: { version: r.version, ...body },
        },
      };
    },
  );

  command(
    {
      method: "post",
      path: "/api/calendar/days/:id/confirm",
      summary: "Xác nhận ngày nghỉ dự kiến / Confirm a provisional day",
      tag: "calendar",
      action: "calendar.manage",
      body: confirmDayBody,
      response: dayConfirmedAnswer,
    },
    async ({ c, tx, body, actor, now, afterCommit }) => {
      afterCommit(() => deps.calendars.invalidate());
      const given = body?.basis || body?.effectiveFrom ? confirmBasis(body) : undefined;
      const r = await confirmDay(tx, dayId(c), { actorId: actor.userId!, at: now }, given);
      return {
        answer: r,
        audit: {
          action: "calendar.day_confirmed",
          subjectType: "calendar_day",
          subjectId: String(r.before.id),
          details: { version: r.version, date: r.before.date, ...body },
        },
      };
    },
  );

  command(
    {
      method: "delete",
      path: "/api/calendar/days/:id",
      summary: "Gỡ ngày khỏi lịch (giữ lịch sử) / Remove a day (history kept)",
      tag: "calendar",
      action: "calendar.manage",
      response: dayRemovedAnswer,
    },
    async ({ c, tx, actor, now, afterCommit }) => {
      afterCommit(() => deps.calendars.invalidate());
      const r = await removeDay(tx, dayId(c), { actorId: actor.userId!, at: now });
      return {
        answer: r,
        audit: {
          action: "calendar.day_removed",
          subjectType: "calendar_day",
          subjectId: String(r.removed.id),
          details: { version: r.version, date: r.removed.date },
        },
      };
    },
  );

  command(
    {
      method: "put",
      path: "/api/calendar/office-hours",
      summary: "Giờ làm việc theo đơn vị / Office hours per agency",
      tag: "calendar",
      action: "calendar.manage",
      body: officeHoursBody,
      response: officeHoursAnswer,
    },
    async ({ tx, body: { agency, ...period }, actor, now, afterCommit }) => {
      afterCommit(() => deps.calendars.invalidate());
      const r = await setOfficeHours(tx, agency, period, { actorId: actor.userId!, at: now });
      return {
        answer: r,
        audit: {
          action: "calendar.office_hours_set",
          subjectType: "office_hours",
          subjectId: agency ?? "default",
          agencyCode: agency,
          details: { version: r.version, ...period },
        },
      };
    },
  );
}
