// The job kinds the worker runs, from every module.
import type { CalendarDeps } from "./modules/calendar/index.ts";
import type { JobHandler } from "./platform/jobs.ts";

export function jobHandlers(_deps: CalendarDeps): Record<string, JobHandler> {
  return {};
}
