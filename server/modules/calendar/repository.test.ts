import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../platform/db.ts";
import { isAppError } from "../../platform/errors.ts";
import { testDb } from "../../platform/testing.ts";
import { loadCalendar } from "./calendar-load.ts";
import { dueAt } from "./due.ts";
import {
  addDay,
  confirmDay,
  currentCalendarVersion,
  listYearDays,
  removeDay,
  seedYear,
  setOfficeHours,
} from "./repository.ts";
import type { DayEntry } from "./types.ts";
import { formatVn } from "./vn-time.ts";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await db.close();
});

const by = { actorId: "admin-1", at: new Date("2026-01-05T02:00:00Z") };
const at = (s: string) => new Date(`${s}+07:00`);
const makeUp: DayEntry = {
  date: "2027-01-16",
  kind: "working-day",
  name: { vi: "Làm bù", en: "Make-up working day" },
  source: {
    basis: "Prime Minister's approval of a working-day swap for civil servants",
    origin: "official",
    notice: { number: "1/TB-TEST", date: "2026-01-02", title: "Test notice" },
  },
  status: "provisional",
};

describe("calendar repository", () => {
  it("keeps every version: seed, add, confirm, remove, and loads the calendar at any of them", async () => {
    const v0 = await currentCalendarVersion(db);
    const seeded = await db.transaction((tx) => seedYear(tx, 2027, by));
    expect(seeded.days.map((d) => d.date)).toContain("2027-02-05");
    const added = await db.transaction((tx) => addDay(tx, makeUp, by));
    expect(added.version).toBe(seeded.version + 1);
    const confirmed = await db.transaction((tx) => confirmDay(tx, added.day.id, by));
    expect(confirmed.after.status).toBe("confirmed");
    const removed = await db.transaction((tx) => removeDay(tx, confirmed.after.id, by));
    expect(removed.version).toBe(confirmed.version + 1);
    expect(v0).toBeLessThan(seeded.version);

    // Friday 15/1/2027 09:00 + 1 working day: Saturday 16/1 counts only while the make-up day is in force.
    const due = async (version: number) =>
      formatVn(
        dueAt(at("2027-01-15T09:00"), 1, "working-days", await loadCalendar(db, { version })),
      );
    expect(await due(seeded.version)).toBe("2027-01-18T09:00:00+07:00");
    expect(await due(added.version)).toBe("2027-01-16T09:00:00+07:00");
    expect(await due(confirmed.version)).toBe("2027-01-16T09:00:00+07:00");
    expect(await due(removed.version)).toBe("2027-01-18T09:00:00+07:00");

    const atAdded = await listYearDays(db, 2027, added.version);
    expect(atAdded.find((d) => d.date === "2027-01-16")?.status).toBe("provisional");
    const atConfirmed = await listYearDays(db, 2027, confirmed.version);
    expect(atConfirmed.find((d) => d.date === "2027-01-16")?.status).toBe("confirmed");
    expect((await listYearDays(db, 2027)).find((d) => d.date === "2027-01-16")).toBeUndefined();
    // Nothing was deleted: all three rows are still there.
    const rows = await db.query(
      "SELECT count(*)::int AS n FROM calendar_days WHERE day = '2027-01-16'",
    );
    expect(rows.rows[0]).toEqual({ n: 2 });
    await expect(db.query("DELETE FROM calendar_days WHERE day = '2027-01-16'")).rejects.toThrow(
      /never deleted/,
    );
  });

  it("rejects conflicting or impossible changes with calendar.* errors", async () => {
    const code = async (p: Promise<unknown>) =>
      p.then(
        () => "ok",
        (e) => (isAppError(e) ? e.code : String(e)),
      );
    expect(await code(db.transaction((tx) => seedYear(tx, 2027, by)))).toBe("calendar.year_exists");
    expect(await code(db.transaction((tx) => seedYear(tx, 2101, by)))).toBe("calendar.bad_year");
    expect(
      await code(db.transaction((tx) => addDay(tx, { ...makeUp, date: "2027-02-05" }, by))),
    ).toBe("calendar.day_exists");
    expect(
      await code(db.transaction((tx) => addDay(tx, { ...makeUp, date: "2027-02-30" }, by))),
    ).toBe("calendar.bad_date");
    expect(await code(db.transaction((tx) => removeDay(tx, 999_999, by)))).toBe(
      "calendar.day_not_found",
    );
    expect(await code(loadCalendar(db, { version: 10_000 }))).toBe("calendar.bad_version");
  });

  it("adding a day to a year not held seeds it first; years not held use the statutory proposal", async () => {
    const r = await db.transaction((tx) =>
      addDay(tx, { ...makeUp, date: "2030-01-05", kind: "working-day" }, by),
    );
    const days = await listYearDays(db, 2030, r.version);
    expect(days.map((d) => d.date)).toEqual(expect.arrayContaining(["2030-01-01", "2030-01-05"]));
    const cal = await loadCalendar(db);
    expect(cal.years.has(2030)).toBe(true);
    expect(cal.years.has(2031)).toBe(false);
  });

  it("office hours per agency are effective-dated and versioned", async () => {
    await db.query(
      "INSERT INTO agencies (code, name, level) VALUES ('T.CAL.1', 'Test agency', 'commune')",
    );
    const before = await currentCalendarVersion(db);
    const set = await db.transaction((tx) =>
      setOfficeHours(
        tx,
        "T.CAL.1",
        {
          validFrom: "2026-03-01",
          sessions: [
            { start: 480, end: 720 },
            { start: 780, end: 1020 },
          ],
          weekdays: [1, 2, 3, 4, 5],
          sameDayCutoff: 900,
        },
        by,
      ),
    );
    expect(set.version).toBe(before + 1);
    const agencyCal = await loadCalendar(db, { agency: "T.CAL.1" });
    const other = await loadCalendar(db, { agency: "OTHER" });
    // 2 March 2026 (Monday) 07:30: before the agency's 08:00 start, inside the default hours.
    const start = at("2026-03-02T07:30");
    expect(formatVn(dueAt(start, 1, "working-hours", agencyCal))).toBe("2026-03-02T09:00:00+07:00");
    expect(formatVn(dueAt(start, 1, "working-hours", other))).toBe("2026-03-02T08:30:00+07:00");
    // February keeps the default hours for the agency too.
    expect(formatVn(dueAt(at("2026-02-02T07:30"), 1, "working-hours", agencyCal))).toBe(
      "2026-02-02T08:30:00+07:00",
    );
    // At the version before, the agency had the default hours.
    const old = await loadCalendar(db, { agency: "T.CAL.1", version: before });
    expect(formatVn(dueAt(start, 1, "working-hours", old))).toBe("2026-03-02T08:30:00+07:00");
    const bad = db.transaction((tx) =>
      setOfficeHours(
        tx,
        null,
        {
          validFrom: "2026-03-01",
          sessions: [{ start: 600, end: 500 }],
          weekdays: [1],
          sameDayCutoff: 900,
        },
        by,
      ),
    );
    await expect(bad).rejects.toMatchObject({ code: "calendar.bad_office_hours" });
  });
});
