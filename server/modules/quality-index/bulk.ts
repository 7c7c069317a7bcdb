// The rollups of a full rebuild, summed in memory before anything is written: agencies,
// procedures and days as small integers, one Float64Array row of counters per (agency,
// procedure, day), so each table row is written once. Sums of integers below 2^53: exact, and
// equal to what the incremental deltas add up to.
import type { DayNo } from "./days.ts";
import { HANDLED_COUNTERS, ROLLUP_COUNTERS, type RollupSink, STATE_COUNTERS } from "./rollup.ts";

export const WIDTH = ROLLUP_COUNTERS.length;
const HANDLED_AT = ROLLUP_COUNTERS.indexOf(HANDLED_COUNTERS[0]);
export const STATE_AT = ROLLUP_COUNTERS.indexOf(STATE_COUNTERS[0]);
/** Days are keyed as day + DAY_BIAS in [0, 2^23): ±11,000 years around 1970. */
const DAY_BIAS = 2 ** 22;
export const DAY_SPAN = 2 ** 23;

/** 0, 1, 2 = "d", "m", "y" (the grain column of qi_rollup and qi_rollup_state). */
export type GrainNo = 0 | 1 | 2;

/**
 * Rows of counters keyed by (pair, day) as composeKey, in one growing Float64Array. Looked up
 * by pair, then by the day's key: both small integers, which a Map hashes far faster than the
 * composed key (above 2^31, a heap number).
 */
export class CounterRows {
  private readonly byPair: (Map<number, number> | undefined)[] = [];
  keys: number[] = [];
  values: Float64Array;
  constructor(
    readonly width: number,
    capacity = 1024,
  ) {
    this.values = new Float64Array(capacity * width);
  }
  get size(): number {
    return this.keys.length;
  }
  /** The rows of a pair by day key (created empty when `create`). */
  daysOf(pair: number, create: true): Map<number, number>;
  daysOf(pair: number, create?: boolean): Map<number, number> | undefined;
  daysOf(pair: number, create = false): Map<number, number> | undefined {
    let m = this.byPair[pair];
    if (!m && create) {
      m = new Map();
      this.byPair[pair] = m;
    }
    return m;
  }
  /** Row number of a key, undefined when absent. */
  find(key: number): number | undefined {
    const day = key % DAY_SPAN;
    return this.byPair[(key - day) / DAY_SPAN]?.get(day);
  }
  /** Offset of the row's first counter in `values` (the row is created at zero). */
  row(key: number): number {
    const day = key % DAY_SPAN;
    return this.rowIn(this.daysOf((key - day) / DAY_SPAN, true), key, day);
  }
  /** `row` with the pair's day map already looked up (`dayKey` = key % DAY_SPAN). */
  rowIn(days: Map<number, number>, key: number, dayKey: number): number {
    let r = days.get(dayKey);
    if (r === undefined) {
      r = this.keys.length;
      this.keys.push(key);
      days.set(dayKey, r);
      if ((r + 1) * this.width > this.values.length) {
        const grown = new Float64Array(this.values.length * 2);
        grown.set(this.values);
        this.values = grown;
      }
    }
    return r * this.width;
  }
  /** Adds `width` counters of `from`, starting at offset `at`, to the row `key`. */
  addFrom(key: number, from: Float64Array, at: number): void {
    const o = this.row(key);
    for (let k = 0; k < this.width; k++) this.values[o + k] += from[at + k];
  }
  isZero(r: number): boolean {
    const o = r * this.width;
    for (let k = 0; k < this.width; k++) if (this.values[o + k] !== 0) return false;
    return true;
  }
}

/** The sum of every dossier's contribution, by (agency, procedure, day) and (…, day, day2). */
export class RollupTotals implements RollupSink {
  readonly agencies: string[] = [];
  readonly procedures: string[] = [];
  /** pair id → agency id, procedure id. */
  readonly pairAgency: number[] = [];
  readonly pairProcedure: number[] = [];
  readonly days: CounterRows;
  /** Rare rows with day2: key `pair,day,day2` → h21, ot21, fb54. */
  readonly pairs = new Map<string, Float64Array>();
  private readonly agencyIds = new Map<string, number>();
  private readonly procedureIds = new Map<string, number>();
  private readonly pairIds = new Map<string, Map<string, number>>();
  private base = 0;
  private pair = 0;
  private pairDays: Map<number, number> = new Map();
  private lastKey = -1;
  private lastRow = 0;

  /** `capacity`: the day rows to expect (the table grows past it). */
  constructor(capacity = 1 << 16) {
    this.days = new CounterRows(WIDTH, capacity);
  }

  /** The agency and procedure of the dossier whose contribution follows. */
  begin(agency: string, procedure: string): void {
    let byProc = this.pairIds.get(agency);
    if (!byProc) {
      byProc = new Map();
      this.pairIds.set(agency, byProc);
    }
    let p = byProc.get(procedure);
    if (p === undefined) {
      p = this.pairAgency.length;
      this.pairAgency.push(intern(this.agencyIds, this.agencies, agency));
      this.pairProcedure.push(intern(this.procedureIds, this.procedures, procedure));
      byProc.set(procedure, p);
    }
    this.pair = p;
    this.pairDays = this.days.daysOf(p, true);
    this.base = composeKey(p, 0) - dayKey(0);
    this.lastKey = -1;
  }

  add(day: DayNo, day2: DayNo | null, k: number, n: number): void {
    if (day2 !== null) {
      const key = `${this.pair},${day},${day2}`;
      let c = this.pairs.get(key);
      if (!c) {
        c = new Float64Array(HANDLED_COUNTERS.length);
        this.pairs.set(key, c);
      }
      c[k - HANDLED_AT] += n;
      return;
    }
    const dk = dayKey(day);
    const key = this.base + dk;
    if (key !== this.lastKey) {
      this.lastRow = this.days.rowIn(this.pairDays, key, dk);
      this.lastKey = key;
    }
    this.days.values[this.lastRow + k] += n;
  }

  /** Month and year rows summed from the day rows (a key's day is the bucket's first day). */
  grains(): [CounterRows, CounterRows, CounterRows] {
    const n = Math.max(16, this.days.size);
    const month = new CounterRows(WIDTH, Math.min(n, 1 << 14));
    const year = new CounterRows(WIDTH, Math.min(n, 1 << 12));
    const starts = new Map<number, [number, number]>();
    const { keys, values } = this.days;
    for (let r = 0; r < keys.length; r++) {
      const day = keys[r] % DAY_SPAN;
      const base = keys[r] - day;
      let s = starts.get(day);
      if (!s) {
        const d = new Date((day - DAY_BIAS) * 86_400_000);
        const m = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000;
        const y = Date.UTC(d.getUTCFullYear(), 0, 1) / 86_400_000;
        s = [dayKey(m), dayKey(y)];
        starts.set(day, s);
      }
      month.addFrom(base + s[0], values, r * WIDTH);
      year.addFrom(base + s[1], values, r * WIDTH);
    }
    return [this.days, month, year];
  }
}

function intern(ids: Map<string, number>, list: string[], s: string): number {
  let i = ids.get(s);
  if (i === undefined) {
    i = list.length;
    list.push(s);
    ids.set(s, i);
  }
  return i;
}

function dayKey(day: DayNo): number {
  const k = day + DAY_BIAS;
  if (!(k >= 0 && k < DAY_SPAN)) throw new RangeError(`day ${day} out of range`);
  return k;
}

/** The key of a row: (pair id, day). */
export function composeKey(pair: number, day: DayNo): number {
  return pair * DAY_SPAN + dayKey(day);
}

/** Pair id and day number of a row key. */
export function splitKey(key: number): { pair: number; day: DayNo } {
  const day = key % DAY_SPAN;
  return { pair: (key - day) / DAY_SPAN, day: day - DAY_BIAS };
}

/** Key of a state row: (agency, grain, day). */
export function stateKey(agency: number, grain: GrainNo, day: DayNo): number {
  return (agency * 3 + grain) * DAY_SPAN + dayKey(day);
}
export function splitStateKey(key: number): { agency: number; grain: GrainNo; day: DayNo } {
  const day = key % DAY_SPAN;
  const ag = (key - day) / DAY_SPAN;
  return { agency: Math.floor(ag / 3), grain: (ag % 3) as GrainNo, day: day - DAY_BIAS };
}
