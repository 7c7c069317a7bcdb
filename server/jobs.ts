// The job kinds the worker runs, from every module, and the scheduled ones.
import type { Modules } from "./compose.ts";
import { SWEEP_JOB, sweepCron, sweepHandler } from "./modules/accountability/index.ts";
import { REFORM_FLAG_JOB, reformFlagCron, reformFlagHandler } from "./modules/reform/index.ts";
import type { CronSpec, JobHandler } from "./platform/jobs.ts";

export function jobHandlers(m: Modules): Record<string, JobHandler> {
  return {
    [SWEEP_JOB]: sweepHandler(m.accountability),
    [REFORM_FLAG_JOB]: reformFlagHandler,
  };
}

export const cronJobs: CronSpec[] = [sweepCron, reformFlagCron];
