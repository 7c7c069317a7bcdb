// The dossier actions as the API's contract shows them: one operation per action with its own
// closed body and its answer; an unknown action is a 404 naming the actions; who may not act is
// refused before the body is read, who may is told which member is wrong.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOSSIER_ACTIONS } from "../../../shared/contracts/dossiers.ts";
import { Api, openApiDocument } from "../../platform/http.ts";
import { actionRoutes } from "./routes-actions.ts";
import { act, type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
});
afterAll(() => t.close());

type Schema = { additionalProperties?: boolean; properties?: Record<string, Schema> };
type Op = {
  requestBody: { content: { "application/json": { schema: Schema } } };
  responses: Record<string, { content?: { "application/json": { schema: Schema } } }>;
};

describe("the dossier actions' contract", () => {
  it("documents each action as its own operation with a closed body and its answer", () => {
    const api = new Api();
    actionRoutes(api, t.deps);
    const doc = openApiDocument(api.specs, { title: "t", version: "0" });
    const paths = doc.paths as Record<string, { post?: Op }>;
    expect(Object.keys(paths).sort()).toEqual(
      DOSSIER_ACTIONS.map((a) => `/api/dossiers/{code}/actions/${a}`).sort(),
    );
    for (const action of DOSSIER_ACTIONS) {
      const op = paths[`/api/dossiers/{code}/actions/${action}`].post!;
      const body = op.requestBody.content["application/json"].schema;
      expect(body.additionalProperties, action).toBe(false);
      expect(Object.keys(body.properties ?? {}), action).toContain("version");
      const answer = op.responses["200"].content!["application/json"].schema;
      expect(Object.keys(answer.properties?.dossier.properties ?? {})).toContain("allowedActions");
    }
    const refuse = paths["/api/dossiers/{code}/actions/refuse"].post!;
    expect(Object.keys(refuse.requestBody.content["application/json"].schema.properties!)).toEqual(
      expect.arrayContaining(["reasons", "version"]),
    );
  });

  it("answers an unknown action with 404 in both languages, whatever its body", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code);
    const code = r.body.dossier.code as string;
    const res = await s.handler.call(`/api/dossiers/${code}/actions/teleport`, {
      method: "POST",
      body: { version: 1, anything: true },
    });
    expect(res.status).toBe(404);
    const problem = (await res.json()) as { code: string; messages: { vi: string; en: string } };
    expect(problem.code).toBe("dossiers.unknown_action");
    expect(problem.messages.vi).toContain('Không có thao tác "teleport"');
    expect(problem.messages.en).toContain('No action "teleport"');
  });

  it("refuses a wrong body to whoever may act, after refusing whoever may not", async () => {
    const s = await scenario(t);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code);
    const code = r.body.dossier.code as string;
    const version = r.body.dossier.version as number;
    const wrong = { version, reasons: "Không đủ điều kiện", colour: "red" };
    // Another commune's handler does not learn that the dossier exists, nor what it takes.
    const outsider = await s.as("handler", s.codes.communeB);
    expect((await act(outsider, code, "refuse", wrong)).status).toBe(404);
    const refused = await act(s.handler, code, "refuse", wrong);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.errors)).toContain("colour");
    // The right body goes through, and the answer lists what the handler may do next.
    const done = await act(s.handler, code, "refuse", { version, reasons: "Không đủ điều kiện" });
    expect(done.status).toBe(200);
    expect(done.body.dossier.state).toBe("refused");
    expect(done.body.dossier.allowedActions).not.toContain("refuse");
  });
});
