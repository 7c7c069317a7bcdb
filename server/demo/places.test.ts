// The demo province's places are the real ones: every commune and ward that Resolution
// 1663/NQ-UBTVQH15 (16 June 2025) set for Đồng Tháp from 1 July 2025, as listed with its sources
// in dong-thap-2025.json, and nothing else.
import { describe, expect, it } from "vitest";
import official from "./dong-thap-2025.json" with { type: "json" };
import { DEMO_COMMUNES, DEMO_DEPARTMENTS, DEMO_POLICE } from "./places.ts";

describe("the demo province's places", () => {
  it("is the checked list: 82 communes and 20 wards, each named once, with the resolution cited", () => {
    expect(official.basis).toContain("1663/NQ-UBTVQH15");
    expect(official.sources.length).toBeGreaterThan(0);
    expect(official.communes).toHaveLength(82);
    expect(official.wards).toHaveLength(20);
    expect(new Set(official.communes).size).toBe(82);
    expect(new Set(official.wards).size).toBe(20);
  });

  it("names every demo commune and ward as the resolution does, with its kind, and seeds them all", () => {
    const listed = (kind: string) => (kind === "xã" ? official.communes : official.wards);
    const wrong = DEMO_COMMUNES.filter((c) => !listed(c.kind).includes(c.place)).map(
      (c) => `${c.kind} ${c.place}`,
    );
    expect(wrong).toEqual([]);
    const seeded = (kind: string) =>
      DEMO_COMMUNES.filter((c) => c.kind === kind)
        .map((c) => c.place)
        .sort();
    expect(seeded("xã")).toEqual([...official.communes].sort());
    expect(seeded("phường")).toEqual([...official.wards].sort());
    expect(new Set(DEMO_COMMUNES.map((c) => c.suffix)).size).toBe(DEMO_COMMUNES.length);
  });

  it("gives each commune and ward its People's Committee and its police, named after the place", () => {
    for (const c of DEMO_COMMUNES) {
      expect(c.name).toBe(`Ủy ban nhân dân ${c.kind} ${c.place}`);
      expect(c.police.name).toBe(`Công an ${c.kind} ${c.place}`);
      expect(c.police.suffix.startsWith(`${DEMO_POLICE}.`)).toBe(true);
    }
    expect(DEMO_DEPARTMENTS.find(([s]) => s === DEMO_POLICE)?.[1]).toBe("Công an tỉnh Đồng Tháp");
  });
});
