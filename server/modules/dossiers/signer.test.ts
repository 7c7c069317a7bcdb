// Who signs: a stop (Form 05) or a refusal during handling carries the competent head's
// signature block, never the officer who clicked; the heading follows Decree 30/2020.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../../test-support.ts";
import { headPosition } from "./forms.ts";
import { act, type DossierTestEnv, dossierTestEnv, intake, scenario } from "./test-env.ts";

let t: DossierTestEnv;
beforeAll(async () => {
  t = await dossierTestEnv("2026-02-06T02:00:00Z"); // Friday 6/2/2026 09:00
});
afterAll(() => t.close());

/** The data the latest form `no` of the dossier was rendered from (the test form store keeps it). */
async function formData(code: string, no: string) {
  const r = await t.db.query<{ data: { sha256: string } }>(
    `SELECT e.data FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id
     WHERE d.code = $1 AND e.type = 'form-issued' AND e.data->>'form' = $2 ORDER BY e.seq DESC LIMIT 1`,
    [code, no],
  );
  const bytes = t.formStore.get(r.rows[0].data.sha256)!;
  return JSON.parse(new TextDecoder().decode(bytes).replace(/^%PDF-fake \d+ /, ""));
}

describe("who signs", () => {
  it("Form 05 is signed TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH by the commune's head, dated at the place", async () => {
    const s = await scenario(t);
    const head = await makeUser(t.db, [{ role: "head", agencyCode: s.codes.communeA }]);
    await t.db.query("UPDATE users SET full_name = 'Trần Văn Chủ' WHERE id = $1", [head.id]);
    const d = (await intake(s.reception, s.codes.communeA, s.proc.code)).body.dossier;
    const stop = await act(s.handler, d.code, "stop", {
      version: 2,
      reason: "Có tranh chấp về hộ tịch",
    });
    expect(stop.status).toBe(200);
    const f = await formData(d.code, "05");
    expect(f.signer).toEqual({
      authority: "TM. ỦY BAN NHÂN DÂN",
      position: "CHỦ TỊCH",
      name: "Trần Văn Chủ",
    });
    expect(f.formNo).toBe("05");
    expect(f.place).toBe("Tân Phước");
    // No superior-body line above a People's Committee.
    expect(f.unit.parent).toBeUndefined();
  });

  it("a refusal during handling is the competent agency's, signed by its leader for the head when no head is recorded", async () => {
    const s = await scenario(t);
    const d = (await intake(s.reception, s.codes.communeA, s.proc.code)).body.dossier;
    const r = await act(s.handler, d.code, "refuse", {
      version: 2,
      reasons: "Không thuộc thẩm quyền",
    });
    expect(r.status).toBe(200);
    const f = await formData(d.code, "03");
    expect(f.signer).toMatchObject({ authority: "KT. CHỦ TỊCH", position: "PHÓ CHỦ TỊCH" });
    expect(f.unit.name).toBe("UBND XÃ TÂN PHƯỚC");
  });

  it("names the head by the kind of agency: chairman, commune police chief, agency head", () => {
    expect(headPosition("Ủy ban nhân dân xã Tân Phước 1")).toBe("CHỦ TỊCH");
    expect(headPosition("Công an xã Tân Phước 1")).toBe("TRƯỞNG CÔNG AN XÃ");
    expect(headPosition("Công an phường Mỹ Tho")).toBe("TRƯỞNG CÔNG AN PHƯỜNG");
    expect(headPosition("Công an tỉnh Đồng Tháp")).toBe("GIÁM ĐỐC CÔNG AN TỈNH");
    expect(headPosition("Sở Tư pháp")).toBe("THỦ TRƯỞNG CƠ QUAN");
  });
});
