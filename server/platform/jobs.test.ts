import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "./clock.ts";
import type { Db } from "./db.ts";
import { cronSlotId, enqueue, Worker } from "./jobs.ts";
import { createLogger } from "./logger.ts";
import { testDb } from "./testing.ts";

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => db.close());

describe("job queue", () => {
  it("commits a job only with its transaction", async () => {
    const clock = fixedClock("2026-03-02T01:00:00Z");
    await db
      .transaction(async (tx) => enqueue(tx, clock, "kept", {}, { id: "job-kept" }))
      .catch(() => {});
    await db
      .transaction(async (tx) => {
        await enqueue(tx, clock, "lost", {}, { id: "job-lost" });
        throw new Error("change failed");
      })
      .catch(() => {});
    const r = await db.query<{ id: string }>(
      "SELECT id FROM jobs WHERE id IN ('job-kept','job-lost')",
    );
    expect(r.rows.map((x) => x.id)).toEqual(["job-kept"]);
  });

  it("runs a job, retries a failing one with backoff, and marks it failed after the last attempt", async () => {
    const clock = fixedClock("2026-03-02T02:00:00Z");
    const seen: string[] = [];
    let failures = 0;
    const w = new Worker(db, clock, createLogger("silent"), {
      ok: async (p) => {
        seen.push((p as { n: string }).n);
      },
      flaky: async () => {
        failures++;
        throw new Error("downstream timeout");
      },
    });
    await enqueue(db, clock, "ok", { n: "a" }, { id: "j-ok" });
    await enqueue(db, clock, "flaky", {}, { id: "j-flaky", maxAttempts: 2 });
    await db.query("UPDATE jobs SET status = 'done' WHERE id = 'job-kept'");
    await w.runOnce();
    expect(seen).toEqual(["a"]);
    let j = (
      await db.query<{ status: string; attempts: number; run_at: Date }>(
        "SELECT status, attempts, run_at FROM jobs WHERE id = 'j-flaky'",
      )
    ).rows[0];
    expect(j.status).toBe("queued");
    expect(j.attempts).toBe(1);
    expect(new Date(j.run_at).getTime()).toBe(clock.now().getTime() + 2000);
    await w.runOnce();
    expect(failures).toBe(1); // not yet due
    clock.advance(2000);
    await w.runOnce();
    j = (
      await db.query<{ status: string; attempts: number; run_at: Date }>(
        "SELECT status, attempts, run_at FROM jobs WHERE id = 'j-flaky'",
      )
    ).rows[0];
    expect(j.status).toBe("failed");
    expect(failures).toBe(2);
  });

  it("creates one job per cron slot, however many workers schedule it", async () => {
    const clock = fixedClock("2026-03-02T03:00:10Z");
    let runs = 0;
    const mk = () =>
      new Worker(db, clock, createLogger("silent"), { sweep: async () => void runs++ }, [
        { kind: "sweep", everyMs: 60_000 },
      ]);
    await Promise.all([mk().runOnce(), mk().runOnce()]);
    expect(runs).toBe(1);
    expect(cronSlotId("sweep", 60_000, clock.now())).toBe("cron:sweep:2026-03-02T03:00:00.000Z");
  });
});
