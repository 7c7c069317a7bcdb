// One writer per embedded store, with the real `motcua` processes: while a server runs on a data
// folder, a second server and a CLI write are refused (and write nothing); after the server is
// killed with SIGKILL, the next start works.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDb } from "../server/platform/db.ts";
import { migrate } from "../server/platform/migrate.ts";
import { LOCK_FILE } from "../server/platform/store-lock.ts";
import { signIn } from "./testing/http-client.ts";
import { OFFICER, seedProvince } from "./testing/province.ts";
import { kill, motcuaRun, type ServerProcess, startServe } from "./testing/server-process.ts";

const dir = join(mkdtempSync(join(tmpdir(), "motcua-one-writer-")), "data");
const running: ServerProcess[] = [];

afterAll(async () => {
  for (const p of running) await kill(p);
});

describe("one writer per embedded store", () => {
  it("refuses a second server and a CLI write while a server runs, and recovers after SIGKILL", async () => {
    const db = await openDb({ dataDir: dir });
    await migrate(db);
    await seedProvince(db);
    await db.close();

    const first = await startServe(["--data", dir]);
    running.push(first);
    const pid = first.child.pid;

    const second = await motcuaRun(["serve", "--port", "0", "--data", dir]);
    expect(second.code).toBe(2);
    expect(second.err).toContain(`The data folder ${dir} is in use by process ${pid}`);
    expect(second.err).toContain(`Thư mục dữ liệu ${dir} đang được tiến trình ${pid}`);
    expect(second.err).toContain(
      "stop that server first, or do this through the running server's HTTP API",
    );

    const create = await motcuaRun([
      "user",
      "create",
      "--username",
      "nguoi.bi.tu.choi",
      "--name",
      "Người Bị Từ Chối",
      "--role",
      "reception",
      "--agency",
      "Q01",
      "--password",
      "mat-khau-dai-du-2026",
      "--data",
      dir,
    ]);
    expect(create.code).toBe(2);
    expect(create.err).toContain(`in use by process ${pid}`);
    expect(create.out).not.toMatch(/nguoi\.bi\.tu\.choi/);

    const copy = await motcuaRun(["backup", "--out", join(dir, "..", "backup"), "--data", dir]);
    expect(copy.code).toBe(2);
    expect(copy.err).toContain(`in use by process ${pid}`);

    // The server kept working through the refusals.
    await signIn(first.url);

    await kill(first);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), "utf8")).pid).toBe(pid);

    // The killed holder's lock is stale: the next opener takes it over.
    const after = await openDb({ dataDir: dir });
    const users = await after.query("SELECT 1 FROM users WHERE username = $1", [
      "nguoi.bi.tu.choi",
    ]);
    expect(users.rows).toEqual([]);
    const officer = await after.query("SELECT 1 FROM users WHERE username = $1", [
      OFFICER.username,
    ]);
    expect(officer.rows.length).toBe(1);
    await after.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

    const again = await startServe(["--data", dir]);
    running.push(again);
    await signIn(again.url);
  }, 600_000);
});
