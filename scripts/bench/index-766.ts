// Benchmark of the Decision 766/QĐ-TTg index (`npm run bench index-766`): a province-year of
// synthetic dossiers; the full rebuild of the rollups from them, and the index of the province,
// a department and a commune for a year, quarter and month from the rollups, each beside a plain
// SQL aggregate over the raw dossiers (the baseline). PostgreSQL (BENCH_DATABASE_URL, else
// TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test; a scratch database is created
// and dropped) and PGlite in memory.
import { randomBytes } from "node:crypto";
import {
  JudgeCache,
  type ProcedureSource,
  queryIndex,
  type RecordPages,
  recomputeInto,
} from "../../server/modules/quality-index/index.ts";
import { type Db, openDb } from "../../server/platform/db.ts";
import { migrate } from "../../server/platform/migrate.ts";
import type { DossierEventType, DossierRecord, ProcedureRecord } from "../../shared/sync-record.ts";
import { type Figure, round, withBaseline } from "./harness.ts";

// ---- Synthetic data ---------------------------------------------------------------------------
const PROVINCE = "B01";
const DEPARTMENTS = Array.from({ length: 20 }, (_, i) => `B01.${i + 1}`);
const COMMUNES = Array.from({ length: 100 }, (_, i) => `B01.${101 + i}`);
const HOUR = 3_600_000;
const YEAR_START = Date.parse("2025-01-01T00:00:00+07:00");

export const PROCEDURES: ProcedureRecord[] = Array.from({ length: 300 }, (_, i) => ({
  code: `1.${String(100000 + i)}`,
  name: `Thủ tục ${i}`,
  field: "Tổng hợp",
  agencies: [],
  level: i % 3 === 0 ? "department" : "commune",
  duration: { value: 1 + (i % 15), unit: i % 10 === 0 ? "days" : "working-days" },
  onlineLevel: i % 4 === 0 ? "partial" : "full",
  fullOnlineEligible: i % 2 === 0,
  fees: i % 3 === 0 ? [{ name: "Lệ phí", amount: 50_000 }] : [],
  resultIsDocument: i % 5 !== 0,
  applicantTypes: i % 2 ? ["citizen"] : ["organisation"],
  components: [{ name: "Tờ khai", required: true }],
  steps: [],
  announcedAt: null,
  legalBasisEffectiveAt: null,
  publishedAt: null,
}));

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Columns of the raw table, in order. */
const RAW_COLUMNS = [
  "code text",
  "agency_code text",
  "procedure_code text",
  "received_at timestamptz",
  "received_on date",
  "due_at timestamptz",
  "end_at timestamptz",
  "end_on date",
  "status int",
  "flags int",
  "events text",
] as const;

type RawRow = [
  string,
  string,
  string,
  number,
  string,
  number,
  number | null,
  string | null,
  number,
  number,
  string,
];

const vnDay = (ms: number) => new Date(ms + 7 * HOUR).toISOString().slice(0, 10);

/** Dossier i of the year (deterministic). */
function rawRow(i: number): RawRow {
  const r = rng(i * 2654435761);
  const dept = r() < 0.35;
  const agency = dept ? DEPARTMENTS[Math.floor(r() * 20)] : COMMUNES[Math.floor(r() * 100)];
  const proc = PROCEDURES[Math.floor(r() * 300)];
  const day = Math.floor(r() * 365);
  const received = YEAR_START + day * 24 * HOUR + (7.5 + r() * 9) * HOUR;
  const span = proc.duration.value * 24 * HOUR * 1.4;
  const due = received + span;
  const ev: [DossierEventType, number][] = [["received", received]];
  let at = received;
  if (r() < 0.08) {
    at += r() * span * 0.5;
    ev.push(["supplement-requested", at]);
    at += r() * 72 * HOUR;
    ev.push(["supplement-completed", at]);
    if (r() < 0.05) {
      at += HOUR;
      ev.push(["supplement-requested", at]);
    }
  }
  const p = r();
  let status = 4;
  let end: number | null = null;
  if (p < 0.02) {
    end = at + r() * span;
    ev.push(["withdrawn", end]);
    status = 7;
  } else if (p > 0.06 || day < 330) {
    end = at + (0.2 + r() * 1.05) * span;
    ev.push(["handled", end]);
    status = 9;
    if (r() < 0.9) {
      ev.push(["result-returned", end + r() * 48 * HOUR]);
      status = 10;
    }
  }
  const bits = [0.97, 0.4, 0.5, 0.3, 0.8, 0.3, 0.25, 0.6, 0.5, 0.05, 0.04];
  let flags = 0;
  bits.forEach((q, k) => {
    if (r() < q) flags |= 1 << k;
  });
  return [
    `${agency}-${vnDay(received).slice(2).replaceAll("-", "")}-${String(i).padStart(7, "0")}`,
    agency,
    proc.code,
    received,
    vnDay(received),
    due,
    end,
    end === null ? null : vnDay(end),
    status,
    flags,
    ev.map(([t, ms]) => `${t}@${ms}`).join(";"),
  ];
}

const bit = (flags: number, k: number) => (flags & (1 << k)) !== 0;

/** The exchange record of a raw row. Flags: synced, online, full, paid, digitised, reused, store, vneid, result, complaint, dislike. */
function toRecord(row: {
  code: string;
  agency_code: string;
  procedure_code: string;
  received_at: number;
  due_at: number;
  status: number;
  flags: number;
  events: string;
}): DossierRecord {
  const f = Number(row.flags);
  const received = Number(row.received_at);
  return {
    code: row.code,
    procedure: row.procedure_code,
    agency: row.agency_code,
    channel: bit(f, 1) ? 2 : 1,
    submittedAt: iso(received),
    receivedAt: iso(received),
    dueAt: iso(Number(row.due_at)),
    status: Number(row.status),
    events: row.events.split(";").map((e) => {
      const [type, ms] = e.split("@");
      return { type: type as DossierEventType, at: iso(Number(ms)) };
    }),
    paidOnline: bit(f, 3) ? 2 : 0,
    fees: [],
    components: [
      {
        name: "Tờ khai",
        digitized: bit(f, 4) ? (bit(f, 5) ? 2 : 1) : 0,
        fromPersonalStore: bit(f, 6),
      },
    ],
    vneidVerified: bit(f, 7),
    populationDb: false,
    result: bit(f, 8) ? { code: "KQ", file: "kq.pdf" } : null,
    resultPushedToPersonalStore: false,
    syncedToPortal: bit(f, 0),
    fullOnline: bit(f, 2),
    feedback: { complaint: bit(f, 9), reaction: bit(f, 10) ? "dislike" : null },
  };
}

// ---- The benchmark ----------------------------------------------------------------------------

const PG =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgres://postgres@127.0.0.1:5432/test";
export const SOURCE: ProcedureSource = async (_sql, code) => PROC_BY_CODE.get(code);
const PROC_BY_CODE = new Map(PROCEDURES.map((p) => [p.code, p]));

export async function setup(db: Db, n: number, chunk = 50_000): Promise<number> {
  await migrate(db);
  await db.exec(`CREATE TABLE raw_dossiers (${RAW_COLUMNS.join(", ")})`);
  const t0 = performance.now();
  const types = RAW_COLUMNS.map((c) => c.split(" ")[1]);
  for (let s = 0; s < n; s += chunk) {
    const rows = Array.from({ length: Math.min(chunk, n - s) }, (_, k) => rawRow(s + k));
    const cols = types.map((t, j) =>
      rows.map((r) => (t === "timestamptz" && r[j] !== null ? iso(r[j] as number) : r[j])),
    );
    await db.query(
      `INSERT INTO raw_dossiers SELECT * FROM unnest(${types.map((t, j) => `$${j + 1}::${t}[]`).join(", ")})`,
      cols,
    );
  }
  await db.exec(
    "ALTER TABLE raw_dossiers ADD PRIMARY KEY (code); CREATE INDEX raw_agency_received ON raw_dossiers (agency_code, received_on); ANALYZE raw_dossiers",
  );
  return performance.now() - t0;
}

export const pages: RecordPages = async (sql, after, limit) => {
  const r = await sql.query<Parameters<typeof toRecord>[0]>(
    `SELECT code, agency_code, procedure_code, ${ms("received_at")}, ${ms("due_at")}, status, flags, events
     FROM raw_dossiers WHERE ($1::text IS NULL OR code > $1) ORDER BY code LIMIT $2`,
    [after, limit],
  );
  return {
    records: r.rows.map(toRecord),
    next: r.rows.length === limit ? r.rows[r.rows.length - 1].code : null,
  };
};

/** An instant as ms since the epoch (a number: no date parsing in the driver). */
const ms = (c: string) => `(extract(epoch FROM ${c}) * 1000)::float8 AS ${c}`;

/** The same figures as a plain aggregate over the raw rows (the baseline). */
async function baseline(db: Db, agencies: string[], from: string, to: string) {
  await db.query(
    `SELECT count(*) FILTER (WHERE received_on >= $2) AS received,
            count(*) FILTER (WHERE received_on >= $2 AND flags & 1 <> 0) AS synced,
            count(*) FILTER (WHERE received_on >= $2 AND flags & 2 <> 0) AS online,
            count(*) FILTER (WHERE received_on >= $2 AND flags & 16 <> 0) AS digitised,
            count(*) AS handled,
            count(*) FILTER (WHERE coalesce(end_at, ($3::date + 1)::timestamptz) <= due_at) AS on_time,
            count(*) FILTER (WHERE flags & 1536 <> 0) AS feedback,
            count(DISTINCT procedure_code) FILTER (WHERE flags & 8 <> 0) AS paid_procs
       FROM raw_dossiers
      WHERE agency_code = ANY($1::text[]) AND received_on <= $3
        AND (received_on >= $2 OR end_on IS NULL OR end_on >= $2)`,
    [agencies, from, to],
  );
}

async function median(times: number, f: () => Promise<unknown>): Promise<number> {
  await f();
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    await f();
    ms.push(performance.now() - t);
  }
  return ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)];
}

async function measure(db: Db, engine: string, n: number): Promise<Figure[]> {
  const out: Figure[] = [];
  const setupMs = await setup(db, n);
  const judges = new JudgeCache();
  const t0 = performance.now();
  const done = await db.transaction((tx) =>
    recomputeInto(tx, pages, n, { judges, procedures: SOURCE, pageSize: 10_000, readModel: false }),
  );
  const rebuildMs = performance.now() - t0;
  if (done !== n) throw new Error(`rebuilt ${done} of ${n}`);
  await db.exec("ANALYZE qi_rollup; ANALYZE qi_rollup_state; ANALYZE qi_rollup_pair");
  const perSecond = Math.round(n / (setupMs / 1000));
  out.push(
    withBaseline({
      name: `${engine}: full rebuild of the rollups from ${n.toLocaleString("en")} stored dossiers`,
      value: round(rebuildMs / 1000),
      unit: "s",
      goal: n >= 2_000_000 ? "< 30 s" : undefined,
      met: n >= 2_000_000 ? rebuildMs < 30_000 : undefined,
      baseline: {
        name: `bulk insert of the raw rows (${perSecond}/s)`,
        value: round(setupMs / 1000),
      },
    }),
  );
  const units: [string, string[]][] = [
    ["province", [PROVINCE, ...DEPARTMENTS, ...COMMUNES]],
    ["department", [DEPARTMENTS[3]]],
    ["commune", [COMMUNES[42]]],
  ];
  const periods: [string, string, string][] = [
    ["year", "2025-01-01", "2025-12-31"],
    ["quarter", "2025-04-01", "2025-06-30"],
    ["month", "2025-06-01", "2025-06-30"],
  ];
  for (const [uname, agencies] of units)
    for (const [pname, from, to] of periods) {
      const ms = await median(5, () => queryIndex(db, agencies, from, to, { unit: uname }));
      const base = await median(3, () => baseline(db, agencies, from, to));
      out.push(
        withBaseline({
          name: `${engine}: index of the ${uname} for a ${pname} from the rollups (median of 5)`,
          value: round(ms, 1),
          unit: "ms",
          goal: "< 100 ms",
          met: ms < 100,
          baseline: { name: "plain SQL aggregate over the raw dossiers", value: round(base, 1) },
        }),
      );
    }
  return out;
}

async function onPostgres(n: number): Promise<Figure[]> {
  const name = `motcua_bench_${randomBytes(5).toString("hex")}`;
  const admin = await openDb({ url: PG, max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(PG);
  url.pathname = `/${name}`;
  const db = await openDb({ url: url.toString(), max: 4 });
  try {
    return await measure(db, "PostgreSQL", n);
  } finally {
    await db.close();
    const again = await openDb({ url: PG, max: 1 });
    await again.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await again.close();
  }
}

async function onPglite(n: number): Promise<Figure[]> {
  const db = await openDb({});
  try {
    return await measure(db, "PGlite", n);
  } finally {
    await db.close();
  }
}

/**
 * Default: 2,000,000 dossiers on PostgreSQL and 200,000 on PGlite. BENCH_DOSSIERS sets the
 * PostgreSQL size (the 10-million variant: BENCH_DOSSIERS=10000000 npm run bench index-766 —
 * about 5 × the default time and 8 GB of disk); BENCH_PGLITE_DOSSIERS the PGlite size (0 skips).
 */
export async function run(): Promise<Figure[]> {
  const n = Number(process.env.BENCH_DOSSIERS ?? 2_000_000);
  const m = Number(process.env.BENCH_PGLITE_DOSSIERS ?? 200_000);
  return [...(n > 0 ? await onPostgres(n) : []), ...(m > 0 ? await onPglite(m) : [])];
}

const iso = (ms: number) => new Date(ms).toISOString();
