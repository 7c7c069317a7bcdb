// The population database replaces residence papers (Law on Residence 2020, Decree
// 104/2022/NĐ-CP, Decree 118/2025/NĐ-CP): with a verified look-up of the applicant, a component
// the catalogue marks as replaced by it is not asked for and is recorded as taken from the
// database, on the dossier and on its receipt (Form 01); without one, or with a forged or
// another person's look-up, the paper is still required.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routesBeside } from "../../test-support.ts";
import { dossierRoutes } from "../dossiers/index.ts";
import {
  act,
  BOTH,
  birthRegistration,
  type DossierTestEnv,
  dossierTestEnv,
  intake,
  scenario,
} from "../dossiers/test-env.ts";
import {
  PopulationRegistry,
  type PopulationSimulator,
  startPopulationSimulator,
} from "../integrations/index.ts";
import { type CitizenDeps, citizenRoutes, populationLookupValid } from "./index.ts";

/** The members of the dossier's answer these tests read. */
interface DossierView {
  receivedAt: string;
  components: { name: string; fromPopulationData?: boolean }[];
}

const RESIDENCE = "Giấy tờ chứng minh thông tin về cư trú";
const PERSON = "087190000002";

let t: DossierTestEnv;
let sim: PopulationSimulator;
let api: ReturnType<typeof routesBeside>;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
  sim = await startPopulationSimulator();
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

/** The test environment's form renderer writes "%PDF-fake NN " and the form's data as JSON. */
async function formData(res: Response) {
  const text = await res.text();
  return JSON.parse(text.slice(text.indexOf("{")));
}

async function setUp() {
  const s = await scenario(t);
  const base = birthRegistration([s.codes.communeA, s.codes.communeB]);
  const proc = {
    ...base,
    components: [
      ...base.components,
      { name: RESIDENCE, required: true, replacedByPopulationData: true },
    ],
  };
  t.procedures.set(proc.code, proc);
  const lookUp = async (personalId: string) => {
    const res = await api.request("/api/population/lookup?lang=en", {
      method: "POST",
      headers: {
        cookie: s.reception.cookie,
        "x-csrf-token": s.reception.csrfToken,
        "content-type": "application/json",
      },
      body: JSON.stringify({ personalId, purpose: "Tiếp nhận hồ sơ đăng ký khai sinh" }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { lookup: string }).lookup;
  };
  return { ...s, proc, lookUp };
}

describe("papers replaced by the population database", () => {
  it("does not ask for the residence paper after a verified look-up, and records it as taken from the database", async () => {
    const s = await setUp();
    const lookup = await s.lookUp(PERSON);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: "Trần Thị Bích", idNumber: PERSON },
      populationLookup: lookup,
    });
    expect(r.status).toBe(200);
    const code = r.body.dossier.code;
    const view = (await (await s.reception.call(`/api/dossiers/${code}`)).json()) as DossierView;
    expect(view.receivedAt).toBeTruthy();
    expect(view.components).toContainEqual(
      expect.objectContaining({ name: RESIDENCE, fromPopulationData: true, files: [] }),
    );
    // The papers handed in are not marked as taken from the database.
    expect(
      view.components.filter((c: { fromPopulationData?: boolean }) => c.fromPopulationData),
    ).toHaveLength(1);
    // Form 01 lists it as taken from the population database, not as handed in.
    const receipt = await formData(await s.reception.call(`/api/dossiers/${code}/forms/01`));
    expect(receipt.components).toContainEqual(
      expect.objectContaining({ name: RESIDENCE, fromPopulationData: true, reused: true }),
    );
    expect(
      receipt.components.find((c: { name: string }) => c.name === "Giấy chứng sinh"),
    ).toMatchObject({ reused: false });
  });

  it("keeps the component taken from the database when reception replaces the component list", async () => {
    const s = await setUp();
    const lookup = await s.lookUp(PERSON);
    const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: "Trần Thị Bích", idNumber: PERSON },
      populationLookup: lookup,
      components: [BOTH[0]],
      decision: undefined,
    });
    expect(r.status).toBe(200);
    const d = r.body.dossier;
    const received = await act(s.reception, d.code, "receive", {
      version: d.version,
      components: BOTH,
    });
    expect(received.status).toBe(200);
    const view = (await (await s.reception.call(`/api/dossiers/${d.code}`)).json()) as DossierView;
    expect(view.components.map((c: { name: string }) => c.name)).toEqual([
      ...BOTH.map((c) => c.name),
      RESIDENCE,
    ]);
  });

  it("still requires the paper without a look-up, and names it", async () => {
    const s = await setUp();
    const r = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: "Trần Thị Bích", idNumber: PERSON },
    });
    expect(r.status).toBe(422);
    expect(r.body.code).toBe("dossiers.incomplete");
    expect(r.body.missing).toEqual([RESIDENCE]);
    // Handed in on paper, it is received as a paper.
    const paper = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: "Trần Thị Bích", idNumber: PERSON },
      components: [...BOTH, { name: RESIDENCE, digitized: 1, files: ["c".repeat(64)] }],
    });
    expect(paper.status).toBe(200);
    const view = (await (
      await s.reception.call(`/api/dossiers/${paper.body.dossier.code}`)
    ).json()) as DossierView;
    expect(
      view.components.some((c: { fromPopulationData?: boolean }) => c.fromPopulationData),
    ).toBe(false);
  });

  it("does not count a forged look-up or another person's look-up", async () => {
    const s = await setUp();
    const forged = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: "Trần Thị Bích", idNumber: PERSON },
      populationLookup: "forged-look-up-0000",
    });
    expect(forged.status).toBe(400);
    expect(forged.body.errors[0].field).toBe("populationLookup");
    const lookup = await s.lookUp(PERSON);
    const foreign = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: "Lê Văn Tư", idNumber: "087190000004" },
      populationLookup: lookup,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].field).toBe("populationLookup");
    // Claiming the flag without a look-up is refused too.
    const claimed = await intake(s.reception, s.codes.communeA, s.proc.code, {
      applicant: { name: "Trần Thị Bích", idNumber: PERSON },
      populationDb: true,
    });
    expect(claimed.status).toBe(400);
    expect(claimed.body.errors[0].field).toBe("populationDb");
  });
});
