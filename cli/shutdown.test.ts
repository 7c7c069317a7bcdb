// Graceful stop of the real server: on SIGTERM it stops accepting, answers the requests in flight
// (each acknowledged dossier stored), closes the store and lets go of its lock; `npm start`
// (scripts/start.mjs) passes SIGTERM to the server it started and ends with its exit code.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PROVINCE } from "../server/demo/places.ts";
import { insertAgency } from "../server/modules/identity/index.ts";
import { openDb } from "../server/platform/db.ts";
import { migrate } from "../server/platform/migrate.ts";
import { ROOT } from "../server/platform/paths.ts";
import { LOCK_FILE } from "../server/platform/store-lock.ts";
import { intake, signIn } from "./testing/http-client.ts";
import { COMMUNES, intakeBody, seedProvince } from "./testing/province.ts";
import { kill, motcua, type ServerProcess, started, startServe } from "./testing/server-process.ts";

const dir = join(mkdtempSync(join(tmpdir(), "motcua-shutdown-")), "data");
let body: Awaited<ReturnType<typeof intakeBody>>;
const running: ServerProcess[] = [];

beforeAll(async () => {
  const db = await openDb({ dataDir: dir });
  await migrate(db);
  await seedProvince(db);
  // The demo province's root, so `npm start` (which seeds the demo on an empty store) skips it.
  await insertAgency(db, {
    code: DEMO_PROVINCE.code,
    name: DEMO_PROVINCE.name,
    parentCode: null,
    level: "province",
  });
  body = await intakeBody(db, 7, COMMUNES[1]);
  await db.close();
}, 300_000);

afterAll(async () => {
  for (const p of running) await kill(p);
});

describe("graceful shutdown", () => {
  it("answers the intakes in flight at SIGTERM, stores them, and releases the store", async () => {
    const server = await startServe(["--data", dir]);
    running.push(server);
    const session = await signIn(server.url);
    // Four intakes sent at once; the embedded store runs them one after the other, so when the
    // first is answered the other three are in the server, or queued by the kernel while the
    // store blocked the event loop, waiting for their turn: all must be answered.
    const inFlight = COMMUNES.map(() => intake(session, body));
    await Promise.race(inFlight);
    server.child.kill("SIGTERM");
    const codes = await Promise.all(inFlight);
    const run = await server.exited;
    expect(run.code).toBe(0);
    expect(run.out).toContain("Stopped");
    expect(
      codes.filter((c) => c === null),
      session.lastRefusal,
    ).toEqual([]);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const db = await openDb({ dataDir: dir });
    try {
      const stored = await db.query("SELECT code FROM dossiers WHERE code = ANY($1::text[])", [
        codes,
      ]);
      expect(stored.rows.length).toBe(codes.length);
    } finally {
      await db.close();
    }
  }, 300_000);

  it("npm start passes SIGTERM to the server and ends with its exit code", async () => {
    const start = await started(
      motcua(
        ["--port", "0", "--data", dir],
        { MOTCUA_WEB_BUILD: "0" },
        join(ROOT, "scripts/start.mjs"),
      ),
    );
    running.push(start);
    const serverPid = JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid as number;
    expect(serverPid).not.toBe(start.child.pid);
    start.child.kill("SIGTERM");
    const run = await start.exited;
    expect(run.code).toBe(0);
    expect(run.out).toContain("Stopped");
    expect(() => process.kill(serverPid, 0)).toThrow();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  }, 300_000);
});
