// The counter prints the receipt right after each intake: its GET reads the dossier with what
// Form 01 prints in one statement and records the read of personal data (Decree 13/2023/NĐ-CP)
// in one more, beside the session's. Each statement is a round trip to the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordStatements } from "../../platform/testing.ts";
import { makeUser, signIn } from "../../test-support.ts";
import { type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-03-02T02:00:00Z");
});
afterAll(() => t.close());

const auditOf = async (code: string) =>
  (
    await t.db.query<{ action: string; details: unknown }>(
      "SELECT action, details FROM audit_log WHERE subject_type = 'dossier' AND subject_id = $1 ORDER BY seq",
      [code],
    )
  ).rows;

describe("the receipt's GET", () => {
  it("takes the session, one read and one audit record: three statements", async () => {
    const s = await scenario(t);
    const officer = await makeUser(
      t.db,
      [{ role: "reception", agencyCode: s.codes.communeA }],
      "Lê Thị Tiếp Nhận",
    );
    const counter = await signIn(t.api as never, officer.username);
    const d = (await intake(counter, s.codes.communeA, s.proc.code)).body.dossier;
    const c = recordStatements(t.db);
    let res: Response;
    try {
      res = await s.reception.call(`/api/dossiers/${d.code}/receipt`);
    } finally {
      c.stop();
    }
    expect(res.status).toBe(200);
    // What Form 01 prints: the dossier, its register entry, the officer who received it.
    const form = JSON.parse((await res.text()).replace(/^%PDF-fake 01 /, ""));
    expect(form).toMatchObject({
      dossierCode: d.code,
      register: { book: "01/2026", seq: 1 },
      receiver: { name: "Lê Thị Tiếp Nhận" },
      applicant: { name: "Trần Thị Bình" },
    });
    // The agency tree is cached by the server (these tests read it each time: no cache).
    const sent = c.texts.filter((x) => !/^SELECT \* FROM agencies ORDER BY code$/.test(x.trim()));
    expect(sent, sent.join("\n---\n")).toHaveLength(3);
    expect(sent.filter((x) => /INSERT INTO audit_log/.test(x))).toHaveLength(1);
    expect(sent).not.toContain("BEGIN");
    expect((await auditOf(d.code)).at(-1)).toEqual({
      action: "personal_data.read",
      details: { fields: ["applicant"], form: "01" },
    });
  });

  it("answers 404 to an officer who may not see the dossier, and records no read", async () => {
    const s = await scenario(t);
    const d = (await intake(s.reception, s.codes.communeA, s.proc.code)).body.dossier;
    const before = await auditOf(d.code);
    const other = await s.as("reception", s.codes.communeB);
    expect((await other.call(`/api/dossiers/${d.code}/receipt`)).status).toBe(404);
    expect((await other.call(`/api/dossiers/${d.code}/forms/01`)).status).toBe(404);
    expect(await auditOf(d.code)).toEqual(before);
    expect((await s.reception.call("/api/dossiers/NO-SUCH-CODE/receipt")).status).toBe(404);
  });
});
