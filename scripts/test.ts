// `npm test`: unit and database tests on PGlite; the database tests again on PostgreSQL when
// TEST_DATABASE_URL is set; the browser journeys when Chromium is found. Each absent part is
// named with the reason, and the last line sums everything up.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

interface Part {
  name: string;
  passed: number;
  failed: number;
  ran: boolean;
  why?: string;
}

const parts: Part[] = [];
mkdirSync("test-output", { recursive: true });

function vitest(name: string, env: Record<string, string | undefined>, out: string): Part {
  const r = spawnSync(
    "npx",
    ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
    {
      stdio: "inherit",
      env: { ...process.env, ...env },
    },
  );
  let passed = 0;
  let failed = 0;
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, "utf8")) as {
      numPassedTests: number;
      numFailedTests: number;
      numFailedTestSuites: number;
    };
    passed = j.numPassedTests;
    failed = j.numFailedTests + (j.numFailedTestSuites ?? 0);
  }
  if (r.status !== 0 && failed === 0) failed = 1; // a crash or a suite that failed to load
  return { name, passed, failed, ran: true };
}

parts.push(
  vitest(
    "unit + database (PGlite)",
    { TEST_DATABASE_URL: undefined },
    "test-output/vitest-pglite.json",
  ),
);

if (process.env.TEST_DATABASE_URL)
  parts.push(
    vitest(
      "database (PostgreSQL)",
      { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL },
      "test-output/vitest-postgres.json",
    ),
  );
else
  parts.push({
    name: "database (PostgreSQL)",
    passed: 0,
    failed: 0,
    ran: false,
    why: "TEST_DATABASE_URL is not set",
  });

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium))
  parts.push({
    name: "browser journeys",
    passed: 0,
    failed: 0,
    ran: false,
    why: `Chromium not found at ${chromium} (set CHROMIUM_PATH or apt-get install chromium)`,
  });
else if (!existsSync("scripts/e2e.ts"))
  parts.push({
    name: "browser journeys",
    passed: 0,
    failed: 0,
    ran: false,
    why: "no journeys yet",
  });
else {
  const r = spawnSync("npx", ["tsx", "scripts/e2e.ts"], {
    encoding: "utf8",
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...process.env, CHROMIUM_PATH: chromium },
  });
  process.stdout.write(r.stdout ?? "");
  const m = /e2e: (\d+) passed, (\d+) failed/.exec(r.stdout ?? "");
  parts.push({
    name: "browser journeys",
    passed: m ? Number(m[1]) : 0,
    failed: m ? Number(m[2]) : 1,
    ran: true,
  });
  if (r.status !== 0 && parts.at(-1)!.failed === 0) parts.at(-1)!.failed = 1;
}

console.log("\n== Tóm tắt / Summary ==");
for (const p of parts)
  console.log(
    p.ran
      ? `  ${p.name}: ${p.passed} passed, ${p.failed} failed`
      : `  ${p.name}: NOT RUN — ${p.why}`,
  );
const passed = parts.reduce((s, p) => s + p.passed, 0);
const failed = parts.reduce((s, p) => s + p.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
