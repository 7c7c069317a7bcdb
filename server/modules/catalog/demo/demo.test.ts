import { describe, expect, it } from "vitest";
import { procedureRecord } from "../../../../shared/sync-record.ts";
import { parseContent } from "../actions/edit.ts";
import { procedureFromRecord, procedureToRecord } from "../record.ts";
import { checkContent } from "../rules/check.ts";
import { validateEForm } from "../rules/eform.ts";
import { sevenPartsMissing } from "../rules/seven-parts.ts";
import { demoProcedures } from "./index.ts";

const tree = {
  province: "H58",
  departments: ["H58.1", "H58.2", "H58.3"],
  communes: ["H58.27", "H58.28"],
};

describe("demo procedures", () => {
  const all = demoProcedures(tree).map((p) => parseContent(p));

  it("are about thirty distinct, valid, complete procedures whose steps fit their time", () => {
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(new Set(all.map((p) => p.code)).size).toBe(all.length);
    for (const p of all) {
      expect(checkContent(p), p.code).toEqual([]);
      expect(sevenPartsMissing(p), p.code).toEqual([]);
      expect(p.steps.length).toBeGreaterThanOrEqual(3);
      expect(p.steps.length).toBeLessThanOrEqual(5);
      expect(procedureRecord.safeParse(procedureToRecord(p)).success, p.code).toBe(true);
    }
  });

  it("place commune procedures in every commune and department ones by slot", () => {
    const birth = all.find((p) => p.code === "1.001193")!;
    expect(birth).toMatchObject({
      level: "commune",
      agencies: tree.communes,
      field: "Hộ tịch",
      duration: { unit: "same-day" },
    });
    expect(all.find((p) => p.code === "2.000488")!.agencies).toEqual(["H58.1"]); // Sở Tư pháp, slot 0
    expect(all.find((p) => p.code === "1.009972")!.agencies).toEqual(["H58.2"]); // Sở Xây dựng, slot 1
    expect(all.find((p) => p.code === "2.000815")!.fees[0].amount).toBe(2000);
  });

  it("place residence at the commune police when the tree has them (Law on Residence 2020 Art. 2)", () => {
    const police = ["H58.16.27", "H58.16.28"];
    const withPolice = demoProcedures({ ...tree, communePolice: police });
    for (const code of ["1.004194", "1.004222", "1.004221"]) {
      const p = withPolice.find((x) => x.code === code)!;
      expect(p).toMatchObject({ level: "commune", agencies: police });
      expect(p.sequence?.[2]).toContain("Công an cấp xã");
      // Without police units (a test province), the communes stand in.
      expect(all.find((x) => x.code === code)!.agencies).toEqual(tree.communes);
    }
    expect(withPolice.find((x) => x.code === "1.001193")!.agencies).toEqual(tree.communes);
  });

  it("carry e-forms that accept a filled form and name a missing field", () => {
    const birth = all.find((p) => p.code === "1.001193")!;
    const form = {
      hoTen: "Trần Văn Bình",
      soDinhDanh: "082095001234",
      hoTenTre: "Trần Minh Khang",
      ngaySinhTre: "2026-02-20",
      gioiTinh: "Nam",
      danTocTre: "Kinh",
      quocTichTre: "Việt Nam",
      noiSinh: "Bệnh viện Đa khoa Đồng Tháp",
      hoTenMe: "Nguyễn Thị Hoa",
    };
    expect(validateEForm(birth.eForm!, form)).toEqual([]);
    expect(
      validateEForm(birth.eForm!, { ...form, ngaySinhTre: undefined }).map((i) => i.field),
    ).toEqual(["ngaySinhTre"]);
    // The mother's personal ID, when given, has the 12 digits of the national format.
    expect(
      validateEForm(birth.eForm!, { ...form, soDinhDanhMe: "12345" }).map((i) => i.field),
    ).toEqual(["soDinhDanhMe"]);
  });

  it("pause the clock for fees only in land registration (the others: the clock runs)", () => {
    const pausing = all.filter((p) => p.pauseWhileFeesDue).map((p) => p.code);
    expect(pausing.sort()).toEqual(["1.012756", "1.012766"]);
    // A version without the rule has no such key (its content hash is unchanged).
    expect("pauseWhileFeesDue" in all.find((p) => p.code === "1.001193")!).toBe(false);
  });

  it("survive a round trip through the exchange record, keeping what the record cannot carry", () => {
    for (const p of all) expect(procedureFromRecord(procedureToRecord(p), p)).toEqual(p);
    const bare = procedureFromRecord(procedureToRecord(all[0]));
    // The record now carries the method, the legal basis and the form names: only these stay behind.
    expect(sevenPartsMissing(bare)).toEqual(["sequence"]);
  });
});
