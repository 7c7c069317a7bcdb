import { describe, expect, it } from "vitest";
import { fixedClock } from "../../platform/clock.ts";
import { loadConfig } from "../../platform/config.ts";
import type { Db } from "../../platform/db.ts";
import { Api, openApiDocument } from "../../platform/http.ts";
import { createLogger } from "../../platform/logger.ts";
import { AgencyDirectory, type Commands } from "../identity/index.ts";
import { feedbackRoutes } from "./index.ts";

describe("feedback routes", () => {
  it("describe themselves in the OpenAPI document, public ones without security", () => {
    const api = new Api();
    const db = {} as Db; // not touched while routes are only declared
    feedbackRoutes(api, {
      db,
      clock: fixedClock("2026-03-02T02:00:00Z"),
      log: createLogger("silent"),
      config: loadConfig({}),
      agencies: new AgencyDirectory(db),
      commands: {} as Commands, // likewise
    });
    const doc = openApiDocument(api.specs, { title: "t", version: "0" }) as {
      paths: Record<
        string,
        Record<string, { security?: unknown[]; requestBody?: unknown; parameters?: unknown[] }>
      >;
    };
    expect(doc.paths["/api/complaints"].post.security).toEqual([]);
    expect(doc.paths["/api/complaints"].get.security).toBeUndefined();
    expect(doc.paths["/api/dossiers/{code}/evaluation"].post.requestBody).toBeDefined();
    // The applicant reads their evaluation with the secret in the body, never in the URL.
    expect(doc.paths["/api/dossiers/{code}/evaluation/view"].post.security).toEqual([]);
    const read = doc.paths["/api/dossiers/{code}/evaluation"].get;
    expect(read.requestBody).toBeUndefined();
    expect(JSON.stringify(read.parameters ?? [])).not.toContain('"secret"');
    expect(Object.keys(doc.paths)).toHaveLength(16);
  });
});
