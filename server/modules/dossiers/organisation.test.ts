// An organisation files as an organisation: its tax code is taken (not refused as a short personal
// ID), and its receipt names it by name, tax code and legal representative, not as a person.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
});
afterAll(() => t.close());

/** The test environment's form renderer writes "%PDF-fake NN " and the form's data as JSON. */
async function formData(res: Response) {
  const text = await res.text();
  return JSON.parse(text.slice(text.indexOf("{")));
}

const company = {
  kind: "organisation",
  name: "Công ty TNHH Thương mại Sa Đéc",
  idNumber: "1400123456",
  representative: "Nguyễn Văn Khoa",
  address: "Số 12 đường Hùng Vương, phường Sa Đéc",
  phone: "02773861234",
};

describe("an organisation as applicant", () => {
  it("is received with its 10-digit tax code and its receipt uses organisation labels", async () => {
    const { codes, proc, reception } = await scenario(t);
    const r = await intake(reception, codes.center, proc.code, {
      agency: codes.communeA,
      applicant: company,
    });
    expect(r.status).toBe(200);
    const pdf = await reception.call(`/api/dossiers/${r.body.dossier.code}/forms/01`);
    expect(pdf.status).toBe(200);
    // The form is filled with the organisation as such (its rendering: documents/forms tests).
    const data = await formData(pdf);
    expect(data.applicant).toMatchObject({
      kind: "organisation",
      name: company.name,
      idNumber: "1400123456",
      representative: "Nguyễn Văn Khoa",
    });
  });

  it("takes a branch's tax code and refuses a personal ID given as a tax code", async () => {
    const { codes, proc, reception } = await scenario(t);
    const branch = await intake(reception, codes.center, proc.code, {
      agency: codes.communeA,
      applicant: { ...company, idNumber: "1400123456-001" },
    });
    expect(branch.status).toBe(200);
    const wrong = await intake(reception, codes.center, proc.code, {
      agency: codes.communeA,
      applicant: { ...company, idNumber: "087190000001" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].field).toBe("applicant.idNumber");
  });

  it("keeps a person a person, with a 12-digit ID", async () => {
    const { codes, proc, reception } = await scenario(t);
    const r = await intake(reception, codes.center, proc.code, { agency: codes.communeA });
    const pdf = await reception.call(`/api/dossiers/${r.body.dossier.code}/forms/01`);
    expect((await formData(pdf)).applicant.kind).toBeUndefined();
    const short = await intake(reception, codes.center, proc.code, {
      agency: codes.communeA,
      applicant: { name: "Lê Văn An", idNumber: "0791234567" },
    });
    expect(short.status).toBe(400);
  });
});
