// Rows in PostgreSQL's COPY text format (tab-separated, \N for null, backslash escapes) and their
// bulk write: COPY FROM STDIN on PostgreSQL, COPY FROM '/dev/blob' on PGlite (platform/db.ts).

/** One field in COPY text format. Dates as ISO 8601 instants; objects as JSON. */
export function copyField(v: unknown): string {
  if (v === null || v === undefined) return "\\N";
  if (v instanceof Date) return v.toISOString();
  const t = typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
  return NEEDS.test(t) ? t.replace(SPECIAL, (c) => ESC[c]) : t;
}
const NEEDS = /[\\\t\n\r]/;
const SPECIAL = /[\\\t\n\r]/g;
const ESC: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** Accumulates rows of one table as COPY text. */
export class CopyRows {
  private parts: string[] = [];
  count = 0;
  constructor(
    readonly table: string,
    readonly columns: readonly string[],
  ) {}
  add(values: readonly unknown[]): void {
    // One flat string per row (an array joined once, not a string grown field by field): the
    // rope of a grown string costs a copy at the final join and garbage on the way.
    const fields = new Array<string>(values.length);
    for (let i = 0; i < values.length; i++) fields[i] = copyField(values[i]);
    this.parts.push(fields.join("\t"));
    this.count++;
  }
  /** A field already in COPY text form (e.g. a JSON line escaped once), as the row's last. */
  addRaw(line: string): void {
    this.parts.push(line);
    this.count++;
  }
  /**
   * The rows as UTF-8, each written straight into one buffer: about half the work of joining
   * them into one string and encoding that (a history's rows are mostly two-byte strings).
   */
  bytes(): Buffer {
    let size = 0;
    for (const p of this.parts) size += Buffer.byteLength(p, "utf8") + 1;
    const out = Buffer.allocUnsafe(size);
    let at = 0;
    for (const p of this.parts) {
      at += out.write(p, at, "utf8");
      out[at++] = 0x0a;
    }
    return out;
  }
}

/** Writes the rows with COPY (both engines implement it; see Sql.copyFrom). */
export async function copyInto(
  tx: { copyFrom?: (t: string, c: readonly string[], x: string | Uint8Array) => Promise<number> },
  rows: CopyRows,
): Promise<number> {
  if (!rows.count) return 0;
  if (!tx.copyFrom) throw new Error(`COPY is not available on this handle (${rows.table})`);
  return tx.copyFrom(rows.table, rows.columns, rows.bytes());
}
