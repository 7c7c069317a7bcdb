// The hourly job that flags late tasks (and overdue remediation items) to the units' heads.
import type { CronSpec, JobHandler } from "../../../platform/jobs.ts";
import { vnDay } from "../periods.ts";
import { flagLateTasks } from "./flags.ts";

export const REFORM_FLAG_JOB = "reform.flag-late";
export const reformFlagCron: CronSpec = { kind: REFORM_FLAG_JOB, everyMs: 3_600_000 };

export const reformFlagHandler: JobHandler = async (_payload, { tx, clock }) => {
  const now = clock.now();
  await flagLateTasks(tx, now, vnDay(now));
};
