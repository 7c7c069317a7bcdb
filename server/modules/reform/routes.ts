import type { Api } from "../../platform/http.ts";
import type { WithCommands } from "../identity/index.ts";
import type { ReformDeps } from "./deps.ts";
import { directiveRoutes } from "./directives/routes.ts";
import { evidenceRoutes } from "./evidence.ts";
import { indexRoutes } from "./index-score/routes.ts";
import { inspectionRoutes } from "./inspections/routes.ts";
import { overviewRoutes } from "./overview/routes.ts";
import { reportRoutes } from "./report/routes.ts";
import { surveyRoutes } from "./surveys/routes.ts";

/** Reform management: directives and tasks, the reform index, inspections, periodic reports, evidence files, satisfaction surveys and external indices. */
export function reformRoutes(api: Api, deps: ReformDeps & WithCommands) {
  directiveRoutes(api, deps);
  indexRoutes(api, deps);
  evidenceRoutes(api, deps);
  inspectionRoutes(api, deps);
  reportRoutes(api, deps);
  surveyRoutes(api, deps);
  overviewRoutes(api, deps);
}
