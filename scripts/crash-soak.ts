// The long crash test: many rounds of counter intakes over HTTP against the real server, each
// ended by SIGKILL mid-way; then every acknowledged dossier must be in the store as sent, with
// its audit record, no code given twice, the audit chain whole. Exit code 0 when nothing is lost.
//   npx tsx scripts/crash-soak.ts                      embedded store, 20 rounds
//   CRASH_ENGINE=postgres npx tsx scripts/crash-soak.ts   PostgreSQL (TEST_DATABASE_URL or local)
//   CRASH_ROUNDS=50 CRASH_CLIENTS=8 …                  more rounds, more counters
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crashRounds, verifyAcknowledged } from "../cli/testing/crash-run.ts";
import { seedProvince } from "../cli/testing/province.ts";
import { scratchDatabase } from "../cli/testing/scratch-database.ts";
import { openDb } from "../server/platform/db.ts";
import { migrate } from "../server/platform/migrate.ts";

const engine = process.env.CRASH_ENGINE === "postgres" ? "postgres" : "pglite";
const rounds = Number(process.env.CRASH_ROUNDS ?? 20);
const clients = Number(process.env.CRASH_CLIENTS ?? 4);

const scratch = engine === "postgres" ? await scratchDatabase() : null;
const dir = join(mkdtempSync(join(tmpdir(), "motcua-crash-soak-")), "data");
const open = () => (scratch ? openDb({ url: scratch.url, max: 2 }) : openDb({ dataDir: dir }));
let failed = true;
try {
  const db = await open();
  await migrate(db);
  await seedProvince(db);
  await db.close();
  console.log(`${engine}: ${rounds} rounds, ${clients} clients${scratch ? "" : `, store ${dir}`}`);
  const acked = await crashRounds(open, {
    serveArgs: scratch ? [] : ["--data", dir],
    env: { DATABASE_URL: scratch?.url },
    rounds,
    clients,
    killAfterMs: [500, 5000],
    say: (l) => console.log(`  ${l}`),
  });
  const check = await open();
  const v = await verifyAcknowledged(check, acked);
  await check.close();
  console.log(
    `acknowledged ${v.acknowledged}; missing ${v.missing.length}; altered ${v.altered.length}; ` +
      `without audit ${v.withoutAudit.length}; given twice ${v.givenTwice.length}; ` +
      `audit chain ${v.chain.ok ? `whole (${v.chain.checked} records)` : `broken at ${v.chain.firstBad?.seq}`}`,
  );
  failed =
    v.missing.length + v.altered.length + v.withoutAudit.length + v.givenTwice.length > 0 ||
    !v.chain.ok;
} finally {
  await scratch?.drop();
}
process.exit(failed ? 1 : 0);
