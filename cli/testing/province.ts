// A small province for tests and scripts that drive the real `motcua` process: a province, four
// communes, the demo procedures and a counter officer of the province.
import type { Db } from "../../server/platform/db.ts";

export const OFFICER = { username: "tiepnhan.kiemthu", password: "mat-khau-kiem-thu-2026" };
export const PROCEDURE = "1.004873"; // Cấp Giấy xác nhận tình trạng hôn nhân
export const COMMUNES = ["Q01.101", "Q01.102", "Q01.103", "Q01.104"];

export async function seedProvince(db: Db): Promise<void> {
  const { insertAgency, insertUser, SYSTEM_ACTOR } = await import(
    "../../server/modules/identity/index.ts"
  );
  const { demoProcedures, upsertProcedure } = await import("../../server/modules/catalog/index.ts");
  await db.transaction(async (tx) => {
    await insertAgency(tx, { code: "Q01", name: "Tỉnh Q01", parentCode: null, level: "province" });
    for (const c of COMMUNES)
      await insertAgency(tx, { code: c, name: `Xã ${c}`, parentCode: "Q01", level: "commune" });
    const since = new Date("2024-01-01T00:00:00Z");
    for (const p of demoProcedures({ province: "Q01", departments: [], communes: COMMUNES }))
      await upsertProcedure(tx, p, SYSTEM_ACTOR, since, "kiem-thu");
    await insertUser(tx, {
      username: OFFICER.username,
      fullName: "Cán bộ tiếp nhận kiểm thử",
      password: OFFICER.password,
      grants: [{ role: "reception", agencyCode: "Q01" }],
    });
  });
}

/** A counter intake's body (received on the spot) for the given commune. */
export async function intakeBody(db: Db, seed: number, commune: string) {
  const { getProcedureVersion } = await import("../../server/modules/catalog/index.ts");
  const { applicant, formData } = await import("../../server/demo/dossier-people.ts");
  const { rng } = await import("../../server/demo/dossier-plan.ts");
  const proc = await getProcedureVersion(db, PROCEDURE);
  if (!proc) throw new Error(`procedure ${PROCEDURE} missing`);
  const r = rng(seed);
  const who = applicant(r, commune, `Xã ${commune}`);
  return {
    procedure: PROCEDURE,
    channel: 1,
    receivingUnit: commune,
    agency: commune,
    applicant: who,
    components: proc.components
      .filter((c) => c.required)
      .map((c) => ({ name: c.name, digitized: 1, files: ["a".repeat(64)] })),
    formData: formData(r, proc.eForm, who),
    decision: { action: "receive" },
  };
}
