// For the catalogue's tests only: the test app with the catalogue's routes mounted beside the
// identity ones (sign-in), with the same error rendering as server/app.ts.
import { Hono } from "hono";
import type { Clock } from "../../platform/clock.ts";
import { loadConfig } from "../../platform/config.ts";
import { AppError, toProblem } from "../../platform/errors.ts";
import { Api, type Env, langOf } from "../../platform/http.ts";
import { createLogger } from "../../platform/logger.ts";
import type { TestEnv } from "../../test-support.ts";
import { authenticate, identityRoutes } from "../identity/index.ts";
import { catalogRoutes } from "./routes.ts";

export function catalogTestApp(env: TestEnv): TestEnv["app"] {
  const deps = {
    db: env.db,
    clock: env.clock as Clock,
    log: createLogger("silent"),
    config: loadConfig({}),
    agencies: env.agencies,
  };
  const app = new Hono<Env>();
  app.use("/api/*", authenticate(deps));
  app.onError((err, c) => {
    const e =
      err instanceof AppError
        ? err
        : new AppError("internal.error", "internal", { vi: String(err), en: String(err) });
    return c.body(JSON.stringify(toProblem(e, langOf(c), c.req.path)), e.status as 400, {
      "content-type": "application/problem+json",
    });
  });
  const api = new Api();
  identityRoutes(api, deps);
  catalogRoutes(api, deps);
  app.route("/", api.app);
  return app as unknown as TestEnv["app"];
}
