// Writes the rollups of a full rebuild: the tables are emptied and every final row is inserted
// once, in large multi-row INSERT … SELECT FROM unnest batches (no ON CONFLICT). The indexes of
// qi_rollup are dropped first and built again at the end, as read from the catalogue, which is
// several times faster than maintaining them row by row; the transaction then holds qi_rollup in
// ACCESS EXCLUSIVE mode until it commits (readers wait for the write, not for the whole rebuild).
import { CopyRows, copyField, copyInto } from "../../platform/copy.ts";
import type { Sql } from "../../platform/db.ts";
import {
  type CounterRows,
  DAY_SPAN,
  type RollupTotals,
  STATE_AT,
  splitKey,
  splitStateKey,
  stateKey,
  WIDTH,
} from "./bulk.ts";
import { formatDay } from "./days.ts";
import { HANDLED_COUNTERS, ROLLUP_COUNTERS, STATE_COUNTERS } from "./rollup.ts";

/** Column of a counter: fee36Den → fee36_den. */
const column = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
const BATCH = 50_000;
const EPOCH = "DATE '1970-01-01'";

/** Replaces the three rollup tables with the totals (inside the rebuild's transaction). */
export async function writeRollups(tx: Sql, totals: RollupTotals): Promise<void> {
  await tx.query("TRUNCATE qi_rollup, qi_rollup_pair, qi_rollup_state");
  await tx.query("SET LOCAL maintenance_work_mem = '256MB'");
  const grains = totals.grains();
  const restore = await dropIndexes(tx, "qi_rollup");
  await writeMain(tx, totals, grains);
  await restore();
  await writeState(tx, totals, grains);
  await writePairs(tx, totals);
}

/** Adds the totals to the rollups (an import's batch, in its transaction): one upsert per table,
 * rows in one global order (bucket, agency, procedure) so concurrent batches never deadlock. */
export async function addRollups(tx: Sql, totals: RollupTotals): Promise<void> {
  const grains = totals.grains();
  await writeMain(tx, totals, grains, true);
  await writeState(tx, totals, grains, true);
  await writePairs(tx, totals, true);
}

/** The upsert clause that adds EXCLUDED's counters to the stored row. */
const adding = (table: string, key: string, cols: string[]) =>
  ` ON CONFLICT (${key}) DO UPDATE SET ${cols.map((c) => `${c} = ${table}.${c} + EXCLUDED.${c}`).join(", ")}`;

async function writeMain(
  tx: Sql,
  t: RollupTotals,
  grains: CounterRows[],
  add = false,
): Promise<void> {
  const cols = ROLLUP_COUNTERS.map(column);
  if (!add && tx.copyFrom) return copyMain(tx, t, grains, cols);
  const text = `INSERT INTO qi_rollup (agency_code, procedure_code, grain, day, ${cols.join(", ")})
    SELECT ($1::text[])[a + 1], ($2::text[])[p + 1], ($3::text[])[g + 1], ${EPOCH} + d, ${cols.map((c) => `t.${c}`).join(", ")}
    FROM unnest($4::int[], $5::int[], $6::int[], $7::int[], ${cols.map((_, i) => `$${i + 8}::bigint[]`).join(", ")})
      AS t(a, p, g, d, ${cols.join(", ")})${add ? adding("qi_rollup", "agency_code, procedure_code, grain, day", cols) : ""}`;
  const names = [`{${t.agencies.map(quote)}}`, `{${t.procedures.map(quote)}}`, "{d,m,y}"];
  const batch = new Batch(4 + WIDTH);
  const pending = new Pipeline(tx);
  for (const [g, rows, r] of inBucketOrder(t, grains, add)) {
    if (rows.isZero(r)) continue;
    const { pair, day } = splitKey(rows.keys[r]);
    batch.push4(t.pairAgency[pair], t.pairProcedure[pair], g, day, rows.values, r * WIDTH);
    if (batch.length >= BATCH) await pending.send(text, [...names, ...batch.take()]);
  }
  if (batch.length) await pending.send(text, [...names, ...batch.take()]);
  await pending.done();
}

/**
 * The rebuild's rows by COPY (into the emptied table, its indexes dropped): several times faster
 * than an INSERT from two dozen unnested arrays. One chunk in flight while the next is built.
 */
async function copyMain(
  tx: Sql,
  t: RollupTotals,
  grains: CounterRows[],
  cols: string[],
): Promise<void> {
  const columns = ["agency_code", "procedure_code", "grain", "day", ...cols];
  const agencies = t.agencies.map(copyField);
  const procedures = t.procedures.map(copyField);
  const grainNames = ["d", "m", "y"];
  const days = new Map<number, string>();
  let rows = new CopyRows("qi_rollup", columns);
  const pending = new Pipeline(tx);
  for (const [g, table, r] of inBucketOrder(t, grains)) {
    if (table.isZero(r)) continue;
    const { pair, day } = splitKey(table.keys[r]);
    let d = days.get(day);
    if (d === undefined) {
      d = formatDay(day);
      days.set(day, d);
    }
    const counters = table.values.subarray(r * WIDTH, (r + 1) * WIDTH).join("\t");
    rows.addRaw(
      `${agencies[t.pairAgency[pair]]}\t${procedures[t.pairProcedure[pair]]}\t${grainNames[g]}\t${d}\t${counters}`,
    );
    if (rows.count >= BATCH) {
      await pending.copy(rows);
      rows = new CopyRows("qi_rollup", columns);
    } else if (rows.count % 5_000 === 0) {
      // Lets the chunk in flight be sent (the driver sends it from a callback) while this is built.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await pending.copy(rows);
  await pending.done();
}

/**
 * Rows of every grain by (grain, day, agency code, procedure code): the rows of one bucket lie
 * together, so the index of a unit for a year, quarter or month reads few pages. `byCode`: by
 * (grain, agency code, procedure code, day) instead, the order in which every change of a dossier
 * takes the rows' locks (repository.ts applyDeltas), so an import's batch never deadlocks with it.
 */
function* inBucketOrder(
  t: RollupTotals,
  grains: CounterRows[],
  byCode = false,
): Generator<[number, CounterRows, number]> {
  const agencyOf = t.pairAgency.map((a) => t.agencies[a]);
  const procedureOf = t.pairProcedure.map((p) => t.procedures[p]);
  const pairs = t.pairAgency.map((_, p) => p);
  pairs.sort((x, y) => {
    const a = agencyOf[x];
    const c = agencyOf[y];
    if (a !== c) return a < c ? -1 : 1;
    const b = procedureOf[x];
    const d = procedureOf[y];
    return b < d ? -1 : b > d ? 1 : 0;
  });
  const n = pairs.length;
  const rank = new Float64Array(n);
  for (let i = 0; i < n; i++) rank[pairs[i]] = i;
  const order = new Float64Array(grains.reduce((s, g) => s + g.size, 0));
  let i = 0;
  for (let g = 0; g < grains.length; g++)
    for (const key of grains[g].keys) {
      const dk = key % DAY_SPAN; // key = pair × DAY_SPAN + the day's key (composeKey)
      const pair = (key - dk) / DAY_SPAN;
      order[i++] = byCode
        ? (g * n + rank[pair]) * DAY_SPAN + dk
        : (g * DAY_SPAN + dk) * n + rank[pair];
    }
  order.sort();
  // One tuple, refilled: each is read before the next is asked for.
  const out: [number, CounterRows, number] = [0, grains[0], 0];
  for (const k of order) {
    let g: number;
    let dk: number;
    let r: number;
    if (byCode) {
      dk = k % DAY_SPAN;
      const x = (k - dk) / DAY_SPAN;
      r = x % n;
      g = (x - r) / n;
    } else {
      r = k % n;
      const x = (k - r) / n;
      dk = x % DAY_SPAN;
      g = (x - dk) / DAY_SPAN;
    }
    const rows = grains[g];
    out[0] = g;
    out[1] = rows;
    out[2] = rows.find(pairs[r] * DAY_SPAN + dk)!;
    yield out;
  }
}

async function writeState(
  tx: Sql,
  t: RollupTotals,
  grains: CounterRows[],
  add = false,
): Promise<void> {
  const n = STATE_COUNTERS.length;
  const sums = new Map<number, Float64Array>();
  grains.forEach((rows, g) => {
    for (let r = 0; r < rows.size; r++) {
      const o = r * WIDTH + STATE_AT;
      const v = rows.values;
      if (v[o] === 0 && v[o + 1] === 0 && v[o + 2] === 0) continue;
      const { pair, day } = splitKey(rows.keys[r]);
      const key = stateKey(t.pairAgency[pair], g as 0 | 1 | 2, day);
      let s = sums.get(key);
      if (!s) {
        s = new Float64Array(n);
        sums.set(key, s);
      }
      for (let k = 0; k < n; k++) s[k] += v[o + k];
    }
  });
  const rows = [...sums].filter(([, s]) => s.some((x) => x !== 0));
  if (!rows.length) return;
  const parts = rows.map(([key]) => splitStateKey(key));
  if (add) {
    // Key order (agency code, grain, day) for the row locks.
    const order = parts.map((_, i) => i);
    const key = (i: number) => `${t.agencies[parts[i].agency]}\u0000${parts[i].grain}`;
    order.sort((x, y) => {
      const a = key(x);
      const b = key(y);
      return a < b ? -1 : a > b ? 1 : parts[x].day - parts[y].day;
    });
    rows.splice(0, rows.length, ...order.map((i) => rows[i]));
    parts.splice(0, parts.length, ...order.map((i) => parts[i]));
  }
  const cols = STATE_COUNTERS.map(column);
  await tx.query(
    `INSERT INTO qi_rollup_state (agency_code, grain, day, ${cols.join(", ")})
     SELECT ($1::text[])[a + 1], ($2::text[])[g + 1], ${EPOCH} + d, t.${cols.join(", t.")}
     FROM unnest($3::int[], $4::int[], $5::int[], $6::bigint[], $7::bigint[], $8::bigint[])
       AS t(a, g, d, ${cols.join(", ")})${add ? adding("qi_rollup_state", "agency_code, grain, day", cols) : ""}`,
    [
      `{${t.agencies.map(quote)}}`,
      "{d,m,y}",
      parts.map((p) => p.agency),
      parts.map((p) => p.grain),
      parts.map((p) => p.day),
      ...STATE_COUNTERS.map((_, k) => rows.map(([, s]) => s[k])),
    ],
  );
}

async function writePairs(tx: Sql, t: RollupTotals, add = false): Promise<void> {
  const rows = [...t.pairs].filter(([, c]) => c.some((x) => x !== 0));
  if (!rows.length) return;
  let keys = rows.map(([k]) => k.split(",").map(Number));
  if (add) {
    // Key order (agency code, procedure code, day, day2) for the row locks.
    const code = ([pair]: number[]) =>
      `${t.agencies[t.pairAgency[pair]]}\u0000${t.procedures[t.pairProcedure[pair]]}`;
    const order = keys.map((_, i) => i);
    order.sort((x, y) => {
      const a = code(keys[x]);
      const b = code(keys[y]);
      if (a !== b) return a < b ? -1 : 1;
      return keys[x][1] - keys[y][1] || keys[x][2] - keys[y][2];
    });
    rows.splice(0, rows.length, ...order.map((i) => rows[i]));
    keys = order.map((i) => keys[i]);
  }
  const cols = HANDLED_COUNTERS.map(column);
  await tx.query(
    `INSERT INTO qi_rollup_pair (agency_code, procedure_code, day, day2, ${cols.join(", ")})
     SELECT ($1::text[])[a + 1], ($2::text[])[p + 1], ${EPOCH} + d, ${EPOCH} + d2, t.${cols.join(", t.")}
     FROM unnest($3::int[], $4::int[], $5::int[], $6::int[], $7::bigint[], $8::bigint[], $9::bigint[])
       AS t(a, p, d, d2, ${cols.join(", ")})${add ? adding("qi_rollup_pair", "agency_code, procedure_code, day, day2", cols) : ""}`,
    [
      `{${t.agencies.map(quote)}}`,
      `{${t.procedures.map(quote)}}`,
      keys.map(([pair]) => t.pairAgency[pair]),
      keys.map(([pair]) => t.pairProcedure[pair]),
      keys.map(([, d]) => d),
      keys.map(([, , d2]) => d2),
      ...HANDLED_COUNTERS.map((_, k) => rows.map(([, c]) => c[k])),
    ],
  );
}

/** An element of a text[] literal, quoted. */
const quote = (s: string) => `"${s.replace(/[\\"]/g, (m) => `\\${m}`)}"`;

/** Columns of one INSERT as arrays of numbers, sent as array literals (cheaper than one by one). */
class Batch {
  private cols: number[][];
  length = 0;
  constructor(private readonly width: number) {
    this.cols = Array.from({ length: width }, () => []);
  }
  push4(a: number, b: number, c: number, d: number, v: Float64Array, at: number): void {
    const cols = this.cols;
    cols[0].push(a);
    cols[1].push(b);
    cols[2].push(c);
    cols[3].push(d);
    for (let k = 4; k < this.width; k++) cols[k].push(v[at + k - 4]);
    this.length++;
  }
  take(): string[] {
    const out = this.cols.map((c) => `{${c.join(",")}}`);
    this.cols = Array.from({ length: this.width }, () => []);
    this.length = 0;
    return out;
  }
}

/** At most one INSERT in flight while the next batch is prepared. */
class Pipeline {
  private inflight: Promise<unknown> | null = null;
  constructor(private readonly tx: Sql) {}
  async send(text: string, params: unknown[]): Promise<void> {
    await this.inflight;
    this.inflight = this.tx.query(text, params);
    // Surfaces a failure at the next send or done, not as an unhandled rejection.
    this.inflight.catch(() => {});
  }
  async copy(rows: CopyRows): Promise<void> {
    await this.inflight;
    this.inflight = copyInto(this.tx, rows);
    this.inflight.catch(() => {});
  }
  async done(): Promise<void> {
    await this.inflight;
    this.inflight = null;
  }
}

/**
 * Drops the indexes (and the primary key) of the table; resolves to the function that builds
 * them again exactly as they were.
 */
async function dropIndexes(tx: Sql, table: string): Promise<() => Promise<void>> {
  const r = await tx.query<{ name: string; def: string; con: string | null; condef: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def,
            c.conname AS con, pg_get_constraintdef(c.oid) AS condef
     FROM pg_index i LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
     WHERE i.indrelid = $1::regclass ORDER BY i.indisprimary DESC, 1`,
    [table],
  );
  for (const x of r.rows)
    await tx.query(
      x.con ? `ALTER TABLE ${table} DROP CONSTRAINT "${x.con}"` : `DROP INDEX ${x.name}`,
    );
  return async () => {
    for (const x of r.rows)
      await tx.query(x.con ? `ALTER TABLE ${table} ADD CONSTRAINT "${x.con}" ${x.condef}` : x.def);
  };
}
