// Issue goals for the national portal link, on PostgreSQL with a local simulator: records per
// second synchronised through the outbox (goal ≥ 1,000/s; baseline: the same records posted
// straight to the simulator, no outbox), and the time for one change to reach a healthy portal
// (goal < 5 s; baseline: one direct call).
import { randomBytes } from "node:crypto";
import { markSyncedToPortal } from "../../server/modules/dossiers/index.ts";
import {
  PORTAL_CHANNEL,
  portalChannel,
  startPortalSimulator,
} from "../../server/modules/integrations/index.ts";
import { systemClock } from "../../server/platform/clock.ts";
import { type Db, openDb } from "../../server/platform/db.ts";
import { createLogger } from "../../server/platform/logger.ts";
import { migrate } from "../../server/platform/migrate.ts";
import { enqueueMessage } from "../../server/platform/outbox.ts";
import { OutboxWorker } from "../../server/platform/outbox-delivery.ts";
import { type Figure, percentile, round, withBaseline } from "./harness.ts";

const PG =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";
const N = Number(process.env.BENCH_PORTAL_RECORDS ?? 20_000);
const TOKEN = "bench-token";

const record = (code: string) => ({
  code,
  procedure: "1.001193",
  agency: "B01.1",
  channel: 1,
  submittedAt: "2026-03-02T08:10:00+07:00",
  receivedAt: "2026-03-02T09:00:00+07:00",
  dueAt: "2026-03-05T09:00:00+07:00",
  status: 4,
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

/** N dossiers (projection rows) and one waiting change of each, written in bulk. */
async function seed(db: Db, codes: string[]) {
  const now = new Date();
  await db.query(
    `INSERT INTO dossiers (code, procedure_code, agency_code, receiving_unit, channel, status, state,
       submitted_at, received_at, secret, updated_at, event_seq)
     SELECT c, '1.001193', 'B01.1', 'B01.1', 1, 4, 'handling', $2, $2, 'BENCH', $2, 1
       FROM unnest($1::text[]) AS c`,
    [codes, now],
  );
  await db.query(
    `INSERT INTO outbox_subjects (channel, subject, revision) SELECT $1, c, 1 FROM unnest($2::text[]) AS c`,
    [PORTAL_CHANNEL, codes],
  );
  await db.query(
    `INSERT INTO outbox (channel, subject, revision, payload, created_at)
     SELECT $1, c, 1, p::jsonb, $4 FROM unnest($2::text[], $3::text[]) AS x(c, p)`,
    [PORTAL_CHANNEL, codes, codes.map((c) => JSON.stringify(record(c))), now],
  );
}

async function freshDb(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const name = `motcua_bench_${randomBytes(5).toString("hex")}`;
  const admin = await openDb({ url: PG, max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(PG);
  url.pathname = `/${name}`;
  const db = await openDb({ url: url.toString(), max: 4 });
  await migrate(db);
  return {
    db,
    drop: async () => {
      await db.close();
      const a = await openDb({ url: PG, max: 1 });
      await a.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.close();
    },
  };
}

export async function run(): Promise<Figure[]> {
  const out: Figure[] = [];
  const sim = await startPortalSimulator({ token: TOKEN });
  const { db, drop } = await freshDb();
  const log = createLogger("silent");
  try {
    // Baseline: the same number of records posted straight to the simulator, 500 per call.
    const direct = Array.from({ length: N }, (_, i) => ({ ...record(`D-${i}`), revision: 1 }));
    const d0 = performance.now();
    for (let i = 0; i < N; i += 500) {
      const res = await fetch(`${sim.url}/dossiers/sync`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${TOKEN}`,
          "content-type": "application/json",
          "idempotency-key": `direct-${i}`,
        },
        body: JSON.stringify({ records: direct.slice(i, i + 500) }),
      });
      await res.text();
    }
    const directRate = N / ((performance.now() - d0) / 1000);

    // Through the outbox: batches formed, sent, acknowledged, dossiers marked synchronised.
    const codes = Array.from({ length: N }, (_, i) => `B01.1-260302-${String(i).padStart(5, "0")}`);
    await seed(db, codes);
    const channel = portalChannel({ url: sim.url, token: TOKEN }, (tx, ok, at) =>
      markSyncedToPortal(
        tx,
        [],
        ok.map((m) => m.subject),
        at,
      ).then(() => {}),
    );
    const worker = new OutboxWorker(db, systemClock, log, [channel]);
    const t0 = performance.now();
    while ((await worker.runOnce(1000)) > 0);
    const secs = (performance.now() - t0) / 1000;
    const synced = (
      await db.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM dossiers WHERE synced_to_portal",
      )
    ).rows[0].n;
    if (synced !== N) throw new Error(`only ${synced} of ${N} dossiers synchronised`);
    const rate = N / secs;
    out.push(
      withBaseline({
        name: `records synchronised through the outbox to a local simulator (PostgreSQL, ${N} dossiers)`,
        value: round(rate, 0),
        unit: "records/s",
        goal: "≥ 1,000 records/s",
        met: rate >= 1000,
        baseline: {
          name: "the same records posted directly, no outbox",
          value: round(directRate, 0),
        },
      }),
    );

    // Lag: single changes committed one by one while the worker runs at its normal pace.
    worker.start(500);
    const lags: number[] = [];
    const single: number[] = [];
    for (let i = 0; i < 20; i++) {
      const code = `LAG-${i}`;
      const s0 = performance.now();
      await fetch(`${sim.url}/dossiers/sync`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${TOKEN}`,
          "content-type": "application/json",
          "idempotency-key": `single-${i}`,
        },
        body: JSON.stringify({ records: [{ ...record(`S-${i}`), revision: 1 }] }),
      }).then((r) => r.text());
      single.push(performance.now() - s0);
      const c0 = performance.now();
      await db.transaction((tx) =>
        enqueueMessage(tx, PORTAL_CHANNEL, code, record(code), new Date()),
      );
      while (!sim.holdings.dossiers.has(code)) await new Promise((r) => setTimeout(r, 5));
      lags.push(performance.now() - c0);
      await new Promise((r) => setTimeout(r, 100));
    }
    worker.stop();
    lags.sort((a, b) => a - b);
    single.sort((a, b) => a - b);
    out.push(
      withBaseline({
        name: "time for a committed change to reach a healthy portal (p95 of 20)",
        value: round(percentile(lags, 95), 0),
        unit: "ms",
        goal: "< 5000 ms",
        met: percentile(lags, 95) < 5000,
        baseline: {
          name: "one direct call to the simulator (p95)",
          value: round(percentile(single, 95), 1),
        },
      }),
    );
  } finally {
    await sim.close();
    await drop();
  }
  return out;
}
