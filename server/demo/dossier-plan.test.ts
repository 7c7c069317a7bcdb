import { describe, expect, it } from "vitest";
import { BUILTIN_CALENDAR } from "../modules/calendar/index.ts";
import { demoProcedures } from "../modules/catalog/index.ts";
import { workCalendar } from "../modules/dossiers/index.ts";
import { type DemoProcedure, planDossiers } from "./dossier-plan.ts";

const communes = Array.from({ length: 20 }, (_, i) => `H58.${101 + i}`);
const communePolice = communes.map((c) => c.replace("H58.", "H58.16."));
const procedures: DemoProcedure[] = demoProcedures({
  province: "H58",
  departments: ["H58.03", "H58.07", "H58.04"],
  communes,
  communePolice,
}).map((p) => ({
  code: p.code,
  level: p.level,
  agencies: p.agencies ?? [],
  duration: p.duration,
  onlineLevel: p.onlineLevel,
  fullOnlineEligible: p.fullOnlineEligible ?? false,
  resultIsDocument: p.resultIsDocument ?? true,
  fees: p.fees ?? [],
  components: (p.components ?? []).map((c) => ({ name: c.name, required: c.required })),
}));
const cal = workCalendar(BUILTIN_CALENDAR);
const input = (now: string) => ({
  now: new Date(now),
  procedures,
  communes,
  center: "H58.99",
  counterOf: (a: string) =>
    communePolice.includes(a)
      ? communes[communePolice.indexOf(a)]
      : a.startsWith("H58.1")
        ? a
        : "H58.99",
  calendarOf: () => cal,
  validFrom: () => new Date("2025-07-01T00:00:00+07:00"),
  count: 1500,
});

describe("the demo dossier plan", () => {
  it("is the same for the same clock, and dated in the four months before it", () => {
    const a = planDossiers(input("2026-03-02T02:00:00Z"));
    const b = planDossiers(input("2026-03-02T02:00:00Z"));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const now = Date.parse("2026-03-02T02:00:00Z");
    for (const p of a) {
      expect(p.submittedAt.getTime()).toBeGreaterThanOrEqual(now - 120 * 86_400_000);
      expect(p.submittedAt.getTime()).toBeLessThanOrEqual(now);
      for (const e of p.events) expect(e.at.getTime()).toBeLessThanOrEqual(now);
      const times = p.events.map((e) => e.at.getTime());
      expect(times).toEqual([...times].sort((x, y) => x - y));
    }
    const later = planDossiers(input("2026-09-01T02:00:00Z"));
    expect(later[0].submittedAt.getTime()).toBeGreaterThan(a[a.length - 1].submittedAt.getTime());
  });

  it("puts residence at the commune police, received at its commune's counter or online by the police", () => {
    const residence = planDossiers(input("2026-03-02T02:00:00Z")).filter((p) =>
      ["1.004194", "1.004222", "1.004221"].includes(p.procedure.code),
    );
    expect(residence.length).toBeGreaterThan(50);
    for (const p of residence) {
      expect(communePolice).toContain(p.agency);
      const commune = communes[communePolice.indexOf(p.agency)];
      expect(p.unit).toBe(p.channel === 2 ? p.agency : commune);
    }
    // Civil status stays with the communes' People's Committees.
    const births = planDossiers(input("2026-03-02T02:00:00Z")).filter(
      (p) => p.procedure.code === "1.001193",
    );
    expect(births.every((p) => communes.includes(p.agency))).toBe(true);
  });
});
