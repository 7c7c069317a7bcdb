// Builds the HTTP application: platform middleware, then each module's routes.
import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { health } from "../shared/contracts/platform.ts";
import type { Modules } from "./compose.ts";
import { accountabilityRoutes } from "./modules/accountability/index.ts";
import { type CalendarDeps, calendarRoutes } from "./modules/calendar/index.ts";
import { catalogRoutes } from "./modules/catalog/index.ts";
import { certificationRoutes } from "./modules/certification/index.ts";
import { citizenRoutes } from "./modules/citizen/index.ts";
import { dossierRoutes, RESULT_FILE_MAX_BYTES } from "./modules/dossiers/index.ts";
import { feedbackRoutes } from "./modules/feedback/index.ts";
import { authenticate, identityRoutes, type WithCommands } from "./modules/identity/index.ts";
import { integrationRoutes } from "./modules/integrations/index.ts";
import { qualityIndexRoutes } from "./modules/quality-index/index.ts";
import { reformRoutes } from "./modules/reform/index.ts";
import { databaseProblem } from "./platform/db-errors.ts";
import { AppError, toProblem } from "./platform/errors.ts";
import { Api, type Ctx, type Env, langOf, openApiDocument } from "./platform/http.ts";
import { guardUrl } from "./platform/input-guard.ts";
import type { Logger } from "./platform/logger.ts";
import { securityHeaders } from "./platform/security-headers.ts";
import { serveWeb } from "./platform/serve-static.ts";

/** The base handles and the modules built by server/system.ts's buildSystem. */
export type AppDeps = CalendarDeps & WithCommands & { webDir?: string; modules: Modules };

export const VERSION = "0.1.0";

export function buildApp(deps: AppDeps) {
  const app = new Hono<Env>();
  const { log } = deps;

  app.use("*", securityHeaders({ https: deps.config.secureCookies }));
  app.use("*", async (c, next) => {
    const id = c.req.header("x-request-id")?.slice(0, 64) || randomUUID();
    c.set("requestId", id);
    const start = performance.now();
    await next();
    c.header("x-request-id", id);
    if (c.req.path.startsWith("/api/"))
      log.info(
        {
          req: id,
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round((performance.now() - start) * 10) / 10,
        },
        "request",
      );
  });

  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new AppError("http.body_too_large", "too_large", {
          vi: `Nội dung gửi lên vượt quá ${Math.round(maxSize / 1024)} KiB.`,
          en: `The request body exceeds ${Math.round(maxSize / 1024)} KiB.`,
        });
      },
    });
  // Uploaded documents (the signed result PDF) may be larger than a JSON body.
  const jsonLimit = limit(deps.config.bodyLimit);
  const fileLimit = limit(Math.max(deps.config.bodyLimit, RESULT_FILE_MAX_BYTES));
  app.use("/api/*", (c, next) =>
    (/^\/api\/dossiers\/[^/]+\/result-(file|draft)$|^\/api\/portal\/dossiers$/.test(c.req.path) ||
      c.req.path === "/api/dossiers/uploads" ||
      c.req.path === "/api/certified-copies"
      ? fileLimit
      : jsonLimit)(c, next),
  );
  app.use("/api/*", guardUrl());
  app.use("/api/*", authenticate(deps));

  app.onError((err, c) => problemResponse(err, c, log));

  // Every route not declared public answers 401 to a caller not signed in, before its handler.
  const api = new Api({ signedIn: deps.commands.signedIn });
  api.route(
    {
      method: "get",
      path: "/api/health",
      summary: "Tình trạng hệ thống / Health",
      tag: "platform",
      auth: false,
      response: health,
    },
    async () => {
      await deps.db.query("SELECT 1");
      return {
        status: "ok" as const,
        version: VERSION,
        database: deps.db.engine,
        time: deps.clock.now().toISOString(),
      };
    },
  );
  const m = deps.modules;
  identityRoutes(api, deps);
  calendarRoutes(api, deps);
  catalogRoutes(api, deps);
  // The public dossier look-up (/api/public/dossiers/:code, with the apology letter) belongs to
  // the accountability module.
  accountabilityRoutes(api, m.accountability);
  citizenRoutes(api, m.citizen);
  dossierRoutes(api, m.dossiers);
  feedbackRoutes(api, m.feedback);
  qualityIndexRoutes(api, m.qualityIndex);
  integrationRoutes(api, deps);
  reformRoutes(api, m.reform);
  certificationRoutes(api, m.certification);

  const doc = openApiDocument(api.specs, { title: "Motcua API", version: VERSION });
  app.get("/api/openapi.json", (c) => c.json(doc));
  app.route("/", api.app);
  app.all("/api/*", () => {
    throw new AppError("http.not_found", "not_found", {
      vi: "Không có địa chỉ API này.",
      en: "No such API endpoint.",
    });
  });
  if (deps.webDir) app.use("*", serveWeb(deps.webDir));
  return app;
}

/** Any error as RFC 9457 problem+json in the caller's language; unexpected ones are logged. */
export function problemResponse(err: Error, c: Ctx, log: Logger): Response {
  const lang = langOf(c);
  let e: AppError;
  if (err instanceof AppError) {
    e = err;
    // A refusal of ours that is the system's fault (a store or service out of reach): the
    // operators need to see it. Only the code and status: the message may name a dossier.
    if (e.status >= 500)
      log.warn({ req: c.get("requestId"), code: e.code, status: e.status }, "request failed");
  } else if (err instanceof HTTPException && err.status < 500)
    e = new AppError("http.bad_request", err.status === 413 ? "too_large" : "bad_input", {
      vi: `Yêu cầu không hợp lệ: ${err.message}`,
      en: `Bad request: ${err.message}`,
    });
  else if (databaseProblem(err)) {
    e = databaseProblem(err)!;
    log.warn({ req: c.get("requestId"), err }, "request refused by the database");
  } else {
    log.error({ req: c.get("requestId"), err }, "unhandled error");
    e = new AppError("internal.error", "internal", {
      vi: "Lỗi hệ thống. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị viên kèm mã yêu cầu.",
      en: "Internal error. Please retry; if it persists, report it with the request id.",
    });
  }
  return c.body(
    JSON.stringify(toProblem(e, lang, c.req.path, c.get("requestId"))),
    e.status as 400,
    {
      "content-type": "application/problem+json; charset=utf-8",
    },
  );
}
