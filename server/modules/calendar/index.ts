// Public surface of the calendar module: working time, deadlines, holidays, lunar dates, the
// calendar's database history. Other modules import only from here.
export {
  BUILTIN_CALENDAR,
  builtinYear,
  type CalendarInput,
  createCalendar,
  yearDays,
} from "./builtin.ts";
export { CalendarCache } from "./cache.ts";
export { loadCalendar } from "./calendar-load.ts";
export { checkDueInput, computeDue, type DueDetail, dueAt, MAX_DURATION } from "./due.ts";
export { badDuration, badInstant, badUnit, badYear } from "./errors.ts";
export {
  basisVi,
  describeSource,
  type Explanation,
  explainDue,
  type SkippedDay,
} from "./explain.ts";
export { STATUTORY_HOLIDAYS } from "./holiday-rules.ts";
export { convertLunar2Solar, convertSolar2Lunar, type LunarDate } from "./lunar.ts";
export { validateOfficeHours } from "./office-hours.ts";
export { OFFICIAL_YEARS } from "./official-notices.ts";
export { extendForPauses, type Pause, pausedWorkingMs } from "./pauses.ts";
export * from "./repository.ts";
export { type CalendarDeps, calendarRoutes } from "./routes.ts";
export { statutoryYear } from "./statutory.ts";
export * from "./types.ts";
export { formatVn, parseInstant } from "./vn-time.ts";
export { isWorkingMoment, nextWorkingMoment, workingTimeBetween } from "./working-time.ts";
