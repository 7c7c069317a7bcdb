import { describe, expect, it } from "vitest";
import { createCalendar } from "../../server/modules/calendar/index.ts";
import { run } from "./calendar.ts";

async function cli(argv: string[], source?: Parameters<typeof run>[2]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) }, source);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const due = (from: string, n: string, unit: string, ...more: string[]) =>
  cli(["due", "--from", from, "--duration", n, "--unit", unit, ...more]);

describe("motcua calendar due", () => {
  it("prints the due instant in ISO 8601 with +07:00", async () => {
    expect(await due("2025-10-06T09:00:00+07:00", "3", "working-days")).toEqual({
      code: 0,
      out: "2025-10-09T09:00:00+07:00",
      err: "",
    });
    expect((await due("2025-10-07T00:00:00Z", "2", "working-days")).out).toBe(
      "2025-10-08T17:00:00+07:00",
    );
  });
  it('--json prints {"due": …} on one line', async () => {
    const r = await due("2026-02-13T09:00:00+07:00", "1", "working-days", "--json");
    expect(r.out).toBe('{"due":"2026-02-23T09:00:00+07:00"}');
  });
  it("--explain lists the skipped days in Vietnamese and English", async () => {
    const r = await due("2026-02-13T09:00:00+07:00", "1", "working-days", "--explain");
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe("2026-02-23T09:00:00+07:00");
    expect(r.out).toContain("Tết Nguyên đán");
    expect(r.out).toContain("Lunar New Year");
    expect(r.out).toContain("9441/TB-BNV");
    const j = JSON.parse(
      (await due("2026-02-13T09:00:00+07:00", "1", "working-days", "--explain", "--json")).out,
    );
    expect(j.skipped).toHaveLength(9);
  });
  it("uses a calendar source given by the caller, with the agency", async () => {
    const saturdays = createCalendar({
      officeHours: [
        {
          validFrom: "2000-01-01",
          sessions: [{ start: 420, end: 960 }],
          weekdays: [1, 2, 3, 4, 5, 6],
          sameDayCutoff: 900,
        },
      ],
    });
    const asked: (string | null)[] = [];
    const r = await cli(
      [
        "due",
        "--from",
        "2025-10-10T09:00:00+07:00",
        "--duration",
        "1",
        "--unit",
        "working-days",
        "--agency",
        "H58.27",
      ],
      async (a) => {
        asked.push(a);
        return saturdays;
      },
    );
    expect(asked).toEqual(["H58.27"]);
    expect(r.out).toBe("2025-10-11T09:00:00+07:00");
  });
  it.each([
    [["--from", "2025-10-06T09:00:00+07:00", "--duration", "1", "--unit", "weeks"], "--unit"],
    [["--from", "2025-10-06T09:00:00+07:00", "--duration", "-1", "--unit", "days"], "--duration"],
    [
      ["--from", "2025-10-06T09:00:00+07:00", "--duration", "1.5", "--unit", "working-days"],
      "--duration",
    ],
    [["--from", "2025-10-06T09:00:00", "--duration", "1", "--unit", "days"], "--from"],
    [["--from", "06/10/2025", "--duration", "1", "--unit", "days"], "--from"],
    [["--from", "2101-01-05T09:00:00+07:00", "--duration", "1", "--unit", "days"], "--from"],
    [["--duration", "1", "--unit", "days"], "--from"],
    [
      ["--from", "2025-10-06T09:00:00+07:00", "--duration", "1", "--unit", "days", "--bogus"],
      "--bogus",
    ],
  ])("bad input %j names %s in both languages and exits 2", async (args, field) => {
    const r = await cli(["due", ...args]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    const [vi, en] = r.err.split("\n");
    expect(vi.startsWith(`${field}:`)).toBe(true);
    expect(en.startsWith(`${field}:`)).toBe(true);
  });
});

describe("motcua calendar holidays", () => {
  it("lists 2026 with the notice", async () => {
    const r = await cli(["holidays", "--year", "2026"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("2026-02-16");
    expect(r.out).toContain("9441/TB-BNV");
    expect(r.out).toContain("2026-04-27");
  });
  it("--json gives the year's entries and status", async () => {
    const y = JSON.parse((await cli(["holidays", "--year", "2031", "--json"])).out);
    expect(y.year).toBe(2031);
    expect(y.status).toBe("provisional");
    expect(y.entries[0].date).toBe("2031-01-01");
  });
  it.each(["1899", "2101", "20x6", "2026.5"])("rejects year %s with exit code 2", async (year) => {
    const r = await cli(["holidays", "--year", year]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--year");
  });
  it("an unknown subcommand exits 2 with the usage", async () => {
    const r = await cli(["nope"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("motcua calendar due");
  });
});
