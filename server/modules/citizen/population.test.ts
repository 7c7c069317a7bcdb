import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routesBeside } from "../../test-support.ts";
import { dossierRoutes } from "../dossiers/index.ts";
import { type DossierTestEnv, dossierTestEnv, intake, scenario } from "../dossiers/test-env.ts";
import {
  PopulationRegistry,
  type PopulationSimulator,
  startPopulationSimulator,
} from "../integrations/index.ts";
import { type CitizenDeps, citizenRoutes, populationLookupValid } from "./index.ts";

let t: DossierTestEnv;
let sim: PopulationSimulator;
let api: ReturnType<typeof routesBeside>;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
  sim = await startPopulationSimulator();
  // The composition root plugs the register of look-ups into the dossiers' intake.
  t.deps.populationLookup = populationLookupValid;
  const deps: CitizenDeps = {
    ...t.deps,
    populationLookup: populationLookupValid,
    population: new PopulationRegistry({ url: sim.url, token: sim.token, unit: "H58" }),
  };
  api = routesBeside(t, deps, (r) => {
    citizenRoutes(r, deps);
    dossierRoutes(r, deps);
  });
});
afterAll(async () => {
  await sim.stop();
  await t.close();
});

describe("population database", () => {
  it("prefills the applicant from a look-up, audited with its purpose, and marks the dossier populationDb", async () => {
    const s = await scenario(t);
    const headers = {
      cookie: s.reception.cookie,
      "x-csrf-token": s.reception.csrfToken,
      "content-type": "application/json",
    };
    const look = (personalId: string, purpose = "Tiếp nhận hồ sơ đăng ký khai sinh") =>
      api.request("/api/population/lookup?lang=en", {
        method: "POST",
        headers,
        body: JSON.stringify({ personalId, purpose }),
      });
    const res = await look("087190000002");
    expect(res.status).toBe(200);
    const { lookup, person } = (await res.json()) as {
      lookup: string;
      person: { name: string; personalId: string };
    };
    expect(person.personalId).toBe("087190000002");
    const audit = await t.db.query<{
      subject_id: string;
      details: { purpose: string; source: string };
    }>(
      "SELECT subject_id, details FROM audit_log WHERE action = 'personal_data.read' AND subject_type = 'person' ORDER BY seq DESC LIMIT 1",
    );
    expect(audit.rows[0].details).toMatchObject({
      source: "population-db",
      purpose: "Tiếp nhận hồ sơ đăng ký khai sinh",
    });
    // The audit names the person by a reference, not by the ID number.
    expect(JSON.stringify(audit.rows[0])).not.toContain("087190000002");
    const ok = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: person.name, idNumber: person.personalId },
      populationLookup: lookup,
    });
    expect(ok.status).toBe(200);
    const view = (await (
      await s.reception.call(`/api/dossiers/${ok.body.dossier.code}`)
    ).json()) as {
      populationDb: boolean;
    };
    expect(view.populationDb).toBe(true);
    // The look-up is of another person: refused, nothing is flagged.
    const other = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: person.name, idNumber: "087190000004" },
      populationLookup: lookup,
    });
    expect(other.status).toBe(400);
    expect(other.body.errors[0].field).toBe("populationLookup");
    // An unknown person, a malformed ID, a missing purpose.
    expect((await look("087190000003")).status).toBe(404);
    expect((await look("12345")).status).toBe(400);
    expect((await look("087190000002", "")).status).toBe(400);
    expect(sim.requests.every((r) => r.purpose.length > 0)).toBe(true);
  });

  it("validates personal IDs (12 digits) and keeps the look-up from the public", async () => {
    const s = await scenario(t);
    const nine = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: "Lê Văn Tư", idNumber: "123456789" },
    });
    expect(nine.status).toBe(400);
    expect(nine.body.errors[0].field).toBe("applicant.idNumber");
    const anon = await api.request("/api/population/lookup", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ personalId: "087190000002", purpose: "Tò mò xem thông tin" }),
    });
    expect(anon.status).toBe(401);
  });
});
