// The ranking groups: a commune police unit is the provincial police's (a central branch ranked
// with the departments), never one of the communes' People's Committees.
import { describe, expect, it } from "vitest";
import { type Agency, AgencyTree } from "../identity/index.ts";
import { unitsOfLevel } from "./units.ts";

const agency = (code: string, level: Agency["level"], parentCode: string | null): Agency => ({
  code,
  name: code,
  parentCode,
  level,
  validFrom: "2025-07-01",
  validTo: null,
  mergedInto: null,
});

const tree = new AgencyTree([
  agency("H58", "province", null),
  agency("H58.03", "department", "H58"),
  agency("H58.16", "vertical", "H58"),
  agency("H58.16.101", "vertical", "H58.16"),
  agency("H58.101", "commune", "H58"),
  agency("H58.99", "center", "H58"),
]);

describe("ranking groups", () => {
  it("rank the provincial police with the departments, its commune units inside it", () => {
    const departments = unitsOfLevel(tree, "department");
    expect(departments.map((u) => u.code)).toEqual(["H58.03", "H58.16"]);
    expect(departments[1].agencies.sort()).toEqual(["H58.16", "H58.16.101"]);
  });

  it("keep the communes' group to the People's Committees", () => {
    expect(unitsOfLevel(tree, "commune").map((u) => u.code)).toEqual(["H58.101"]);
  });
});
