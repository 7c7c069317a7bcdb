// `npm run bench [name…]`: runs the benchmark suites, prints each figure beside its baseline
// measured in the same run, and writes bench-output/results.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { type Figure, withBaseline } from "./bench/harness.ts";

const SUITES: Record<string, () => Promise<Figure[]>> = {
  calendar: async () => {
    const { benchCalendar } = await import("../server/modules/calendar/bench.ts");
    const [fast, naive, lunar] = await benchCalendar();
    return [
      {
        ...fast,
        baseline: { name: naive.name, value: naive.value },
        goal: "≥ 1,000,000 ops/s",
        met: fast.value >= 1_000_000,
      },
      {
        name: lunar.name,
        value: lunar.value,
        unit: lunar.unit,
        goal: "< 1000 ms",
        met: lunar.value < 1000,
      },
    ];
  },
  forms: async () => {
    const { benchForms } = await import("../server/modules/documents/bench.ts");
    return (await benchForms()).map((f) => withBaseline(f));
  },
  platform: async () => (await import("./bench/platform.ts")).run(),
  "index-766": async () => (await import("./bench/index-766.ts")).run(),
  dossiers: async () => (await import("./bench/dossiers.ts")).run(),
  intake: async () => (await import("./bench/intake.ts")).runIntake(),
  durability: async () => (await import("./bench/durability.ts")).run(),
  portal: async () => (await import("./bench/portal.ts")).run(),
  reform: async () => (await import("./bench/reform.ts")).run(),
  "reform-report": async () => (await import("./bench/reform-report.ts")).run(),
  import: async () => (await import("./bench/import.ts")).run(),
  citizen: async () => [
    ...(await (await import("./bench/citizen.ts")).run()),
    ...(await (await import("./bench/file-view.ts")).run()),
  ],
};

const wanted = process.argv.slice(2);
const all: Record<string, Figure[]> = {};
for (const [name, run] of Object.entries(SUITES)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n== ${name}`);
  try {
    all[name] = await run();
  } catch (e) {
    console.log(`  FAILED: ${(e as Error).stack}`);
    continue;
  }
  for (const f of all[name])
    console.log(
      `  ${f.name}: ${f.value} ${f.unit}` +
        (f.baseline
          ? `  (baseline ${f.baseline.name}: ${f.baseline.value} ${f.unit}; ratio ${f.ratio})`
          : "") +
        (f.goal
          ? `  goal ${f.goal}${f.met === undefined ? "" : f.met ? " — met" : " — NOT met"}`
          : ""),
    );
}
mkdirSync("bench-output", { recursive: true });
writeFileSync(
  "bench-output/results.json",
  JSON.stringify({ at: new Date().toISOString(), suites: all }, null, 2),
);
