// The cost of fsync on the embedded store (`npm run bench durability`), measured in one run on a
// store on disk: (a) one-row INSERT transactions, fsync on against fsync off; (b) counter intakes
// over HTTP (the real `motcua serve`, 4 clients), MOTCUA_FSYNC=on against off.
// BENCH_SECONDS sets each measurement's duration (default 8).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { intake, signIn } from "../../cli/testing/http-client.ts";
import { COMMUNES, intakeBody, seedProvince } from "../../cli/testing/province.ts";
import { kill, startServe } from "../../cli/testing/server-process.ts";
import { openDb } from "../../server/platform/db.ts";
import { migrate } from "../../server/platform/migrate.ts";
import { type Figure, round, withBaseline } from "./harness.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CLIENTS = 4;

async function insertRate(dir: string, fsync: boolean): Promise<number> {
  const db = await openDb({ dataDir: dir, fsync });
  try {
    await db.exec("CREATE TABLE IF NOT EXISTS bench_bare (id bigserial PRIMARY KEY, body text)");
    let n = 0;
    const end = performance.now() + SECONDS * 1000;
    while (performance.now() < end) {
      await db.transaction((tx) => tx.query("INSERT INTO bench_bare (body) VALUES ($1)", ["x"]));
      n++;
    }
    return n / SECONDS;
  } finally {
    await db.close();
  }
}

async function intakeRate(dir: string, fsync: boolean): Promise<number> {
  const db = await openDb({ dataDir: dir });
  const body = await intakeBody(db, 1, COMMUNES[0]);
  await db.close();
  const server = await startServe(["--data", dir], { MOTCUA_FSYNC: fsync ? "on" : "off" });
  try {
    const session = await signIn(server.url);
    const run = async (seconds: number) => {
      let n = 0;
      const end = performance.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, k) => {
          const commune = COMMUNES[k % COMMUNES.length];
          while (performance.now() < end)
            if (await intake(session, { ...body, receivingUnit: commune, agency: commune })) n++;
        }),
      );
      return n / seconds;
    };
    await run(2); // warm-up
    return await run(SECONDS);
  } finally {
    await kill(server);
  }
}

export async function run(): Promise<Figure[]> {
  const dir = join(mkdtempSync(join(tmpdir(), "motcua-bench-fsync-")), "data");
  const db = await openDb({ dataDir: dir });
  await migrate(db);
  await seedProvince(db);
  await db.close();
  const insOff = await insertRate(dir, false);
  const insOn = await insertRate(dir, true);
  const inOff = await intakeRate(dir, false);
  const inOn = await intakeRate(dir, true);
  return [
    withBaseline({
      name: "PGlite on disk, one-row INSERT transactions, fsync on",
      value: round(insOn, 1),
      unit: "tx/s",
      baseline: { name: "same, fsync off", value: round(insOff, 1) },
    }),
    withBaseline({
      name: `PGlite on disk, counter intake over HTTP, ${CLIENTS} clients, MOTCUA_FSYNC=on`,
      value: round(inOn, 1),
      unit: "dossiers/s",
      baseline: { name: "same, MOTCUA_FSYNC=off", value: round(inOff, 1) },
    }),
  ];
}
