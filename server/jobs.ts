// The job kinds the worker runs, from every module.
import type { IdentityDeps } from "./modules/identity/index.ts";
import type { JobHandler } from "./platform/jobs.ts";

export function jobHandlers(_deps: IdentityDeps): Record<string, JobHandler> {
  return {};
}
