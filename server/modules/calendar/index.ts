// Public surface of the calendar module: working time, deadlines, holidays, lunar dates, the
// calendar's database history. Other modules import only from here.
export { BUILTIN_CALENDAR, createCalendar, yearDays } from "./builtin.ts";
export { CalendarCache } from "./cache.ts";
export { loadCalendar } from "./calendar-load.ts";
export { checkDueInput, dueAt, MAX_DURATION } from "./due.ts";
export { badDuration, badInstant, badYear } from "./errors.ts";
export { describeSource, explainDue } from "./explain.ts";
export * from "./repository.ts";
export { type CalendarDeps, calendarRoutes } from "./routes.ts";
export * from "./types.ts";
export { formatVn, parseInstant } from "./vn-time.ts";
export { nextWorkingMoment, workingTimeBetween } from "./working-time.ts";
