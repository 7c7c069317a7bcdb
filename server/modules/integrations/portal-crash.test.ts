// Nothing lost, nothing twice, order kept: the server process (motcua serve, a child) delivers
// the outbox to a simulated portal that fails a third of its calls, is killed with SIGKILL in the
// middle of the sync, more changes are made while it is down, and it is started again.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { type Db, openDb } from "../../platform/db.ts";
import { migrate } from "../../platform/migrate.ts";
import { enqueueMessage } from "../../platform/outbox.ts";
import { PORTAL_CHANNEL } from "./portal-client.ts";
import { type PortalSimulator, startPortalSimulator } from "./simulator/server.ts";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const TOKEN = "crash-test-token";
const SUBJECTS = 700; // more than one batch of 500

/** A store the test and the child process open in turn (PGlite) or together (PostgreSQL). */
async function store(): Promise<{
  env: Record<string, string>;
  open: () => Promise<Db>;
  drop: () => Promise<void>;
}> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    const dir = mkdtempSync(join(tmpdir(), "motcua-crash-"));
    return {
      env: { MOTCUA_DATA: dir },
      open: () => openDb({ dataDir: dir }),
      drop: async () => {},
    };
  }
  const name = `motcua_t_${randomBytes(6).toString("hex")}`;
  const admin = await openDb({ url: base, max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    open: () => openDb({ url: url.toString(), max: 2 }),
    drop: async () => {
      const a = await openDb({ url: base, max: 1 });
      await a.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.close();
    },
  };
}

const code = (i: number) => `H99.1-260302-${String(i + 1).padStart(4, "0")}`;
const rec = (i: number, status: number) => ({
  code: code(i),
  procedure: "1.001193",
  agency: "H99.1",
  channel: 1,
  submittedAt: "2026-03-02T08:10:00+07:00",
  receivedAt: "2026-03-02T09:00:00+07:00",
  dueAt: "2026-03-05T09:00:00+07:00",
  status,
  events: [{ type: "received", at: "2026-03-02T09:00:00+07:00" }],
  paidOnline: 0,
  fees: [],
  components: [],
  vneidVerified: false,
  populationDb: false,
  result: null,
  resultPushedToPersonalStore: false,
  syncedToPortal: false,
  fullOnline: false,
  feedback: { complaint: false, reaction: null },
});

async function changes(open: () => Promise<Db>, subjects: number[], status: number) {
  const db = await open();
  await migrate(db);
  await db.transaction(async (tx) => {
    for (const i of subjects)
      await enqueueMessage(tx, PORTAL_CHANNEL, code(i), rec(i, status), new Date());
  });
  await db.close();
}

function serve(env: Record<string, string>, portal: string): ChildProcess {
  return spawn(process.execPath, ["cli/bin.js", "serve", "--port", "0"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      MOTCUA_PORTAL_URL: portal,
      MOTCUA_PORTAL_TOKEN: TOKEN,
      MOTCUA_PORTAL_TIMEOUT_MS: "1000",
      LOG_LEVEL: "silent",
    },
    stdio: "ignore",
  });
}

async function until(what: string, ok: () => boolean, ms: number) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const killed = (p: ChildProcess) =>
  new Promise<void>((r) => {
    if (p.exitCode !== null || p.signalCode) return r();
    p.once("exit", () => r());
    p.kill("SIGKILL");
  });

let sim: PortalSimulator | undefined;
let child: ChildProcess | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterAll(async () => {
  if (child) await killed(child);
  await sim?.close();
  await cleanup?.();
});

describe("delivery through failures and a killed server", () => {
  it("delivers every change, once, in order per dossier", async () => {
    const s = await store();
    cleanup = s.drop;
    sim = await startPortalSimulator({
      token: TOKEN,
      // Every call waits 1.5 s before it is applied, so the kill below lands between the first
      // batch and the second however fast the store is.
      faults: { failRate: 1 / 3, hangMs: 1500, retryAfterS: 1, slowMs: 1500 },
    });
    const all = [...Array(SUBJECTS).keys()];
    await changes(s.open, all, 2); // revision 1 of every dossier
    child = serve(s.env, sim.url);
    await until("a first batch", () => sim!.holdings.counters.applied >= 1, 60_000);
    await killed(child); // SIGKILL in the middle of the sync
    const before = sim.holdings.dossiers.size;
    expect(before).toBeLessThan(SUBJECTS);
    sim.faults.slowMs = 0;
    // Changes made while the server is down: revision 2 for all, revision 3 for every third.
    await changes(s.open, all, 4);
    await changes(
      s.open,
      all.filter((i) => i % 3 === 0),
      9,
    );
    child = serve(s.env, sim.url);
    // The portal goes down for a while too (refused connections), and comes back with its memory.
    await until("more deliveries", () => sim!.holdings.counters.batches >= 3, 60_000);
    const { port, holdings } = sim;
    await sim.close();
    await new Promise((r) => setTimeout(r, 1500));
    sim = await startPortalSimulator({
      token: TOKEN,
      port,
      holdings,
      faults: { failRate: 1 / 3, hangMs: 1500, retryAfterS: 1 },
    });
    const final = (i: number) => (i % 3 === 0 ? 3 : 2);
    await until(
      "every change",
      () => all.every((i) => sim!.holdings.dossiers.get(code(i))?.revision === final(i)),
      90_000,
    );
    await new Promise((r) => setTimeout(r, 3000)); // time to record the last acknowledgement
    await killed(child);
    child = undefined;
    const held = all.map((i) => sim!.holdings.dossiers.get(code(i)));
    expect(
      held.every((h, i) => h?.revision === final(i) && h.status === (final(i) === 3 ? 9 : 4)),
    ).toBe(true);
    expect(sim.holdings.counters.outOfOrder).toBe(0);
    expect(sim.holdings.counters.appliedTwice).toBe(0);
    const injected = (sim.status().faults as { injected: Record<string, number> }).injected;
    expect(Object.values(injected).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const db = await s.open();
    const left = await db.query<{ subject: string; revision: number; batch_key: string | null }>(
      "SELECT subject, revision, batch_key FROM outbox",
    );
    await db.close();
    // Nothing waits that the portal lacks; at most the last batch, applied by the portal but its
    // acknowledgement not yet recorded when the process was killed (resent with its key at start).
    const lacking = left.rows.filter(
      (r) => !r.batch_key || (sim!.holdings.dossiers.get(r.subject)?.revision ?? 0) < r.revision,
    );
    expect(lacking).toEqual([]);
  }, 300_000);
});
