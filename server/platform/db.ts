// One SQL dialect (PostgreSQL), two engines: PGlite embedded in-process (default) or a
// PostgreSQL server when a connection URL is given. Nothing connects at import time.
import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { copyIn } from "./pg-copy.ts";
import { isStalePlan, preparedName } from "./prepared.ts";
import { acquireStoreLock } from "./store-lock.ts";

export type Row = Record<string, unknown>;
export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

/** A handle that runs SQL: the pool itself or one transaction. */
export interface Sql {
  query<T = Row>(text: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Runs several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  /**
   * COPY … FROM STDIN of rows already in COPY text format (platform/copy.ts builds them), as a
   * string or its UTF-8 bytes: the bulk path of imports. Returns the rows copied.
   */
  copyFrom?(table: string, columns: readonly string[], data: string | Uint8Array): Promise<number>;
}

export interface Db extends Sql {
  readonly engine: "pglite" | "postgres";
  /** Runs fn in one transaction: commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** postgres://… — use a PostgreSQL server. */
  url?: string;
  /** Folder for the embedded store; "memory://" or undefined keeps it in memory. */
  dataDir?: string;
  /** Pool size for the server engine. */
  max?: number;
  /** Sync commits to disk in the embedded store (default true; MOTCUA_FSYNC=off opts out). */
  fsync?: boolean;
}

export async function openDb(opts: DbOptions): Promise<Db> {
  if (opts.url) return openPostgres(opts.url, opts.max ?? 10);
  return openPglite(opts.dataDir, opts.fsync ?? true);
}

async function openPostgres(url: string, max: number): Promise<Db> {
  const pg = (await import("pg")).default;
  // Keep bigint and numeric as text in JS; dates and timestamps as JS Date (timestamptz) or text (date).
  pg.types.setTypeParser(1082, (v: string) => v); // date → 'YYYY-MM-DD'
  pg.types.setTypeParser(20, (v: string) => Number(v)); // int8 → number (counts, ids < 2^53)
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection dropped by the server (restart, administrator) must not crash the
  // process: the pool discards it and opens a new one on the next query.
  pool.on("error", () => {});
  const run = async <T>(
    client: { query: (q: { name?: string; text: string; values?: unknown[] }) => Promise<unknown> },
    text: string,
    params?: unknown[],
  ) => {
    const name = preparedName(text, params);
    const r = (await client.query({ name, text, values: params })) as {
      rows: T[];
      rowCount: number | null;
    };
    return { rows: r.rows, rowCount: r.rowCount ?? 0 };
  };
  // Outside a transaction the pool discards a connection whose query failed; a stale named
  // statement (prepared.ts) is then simply run again, on another connection.
  const runOnPool = <T>(text: string, params?: unknown[]) =>
    run<T>(pool, text, params).catch((e) => {
      if (isStalePlan(e)) return run<T>(pool, text, params);
      throw e;
    });
  return {
    engine: "postgres",
    query: (text, params) => runOnPool(text, params),
    exec: async (text) => {
      await pool.query(text);
    },
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("BEGIN");
        const tx: Sql = {
          query: (text, params) => run(client, text, params),
          exec: async (text) => {
            await client.query(text);
          },
          copyFrom: (table, columns, data) => copyIn(client, table, columns, data),
        };
        const out = await fn(tx);
        await client.query("COMMIT");
        return out;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        // A stale named statement (prepared.ts): this connection is discarded, not reused.
        if (isStalePlan(e)) broken = e as Error;
        throw e;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | undefined, fsync: boolean): Promise<Db> {
  const { PGlite, types } = await import("@electric-sql/pglite");
  const parsers = {
    [types.DATE]: (v: string) => v,
    [types.INT8]: (v: string) => Number(v),
  };
  if (!dataDir || dataDir.startsWith("memory://"))
    return wrapPglite(await PGlite.create("memory://", { parsers }), () => {});
  mkdirSync(dataDir, { recursive: true });
  // One process per folder (see store-lock.ts); fsync on unless the operator opted out.
  const lock = acquireStoreLock(dataDir);
  try {
    const { DurableNodeFS, startParams } = await import("./pglite-durable.ts");
    const pg = await PGlite.create({
      dataDir,
      fs: new DurableNodeFS(dataDir),
      startParams: startParams(fsync),
      parsers,
    });
    return wrapPglite(pg, () => lock.release());
  } catch (e) {
    lock.release();
    throw e;
  }
}

/**
 * PGlite is one connection; it queues queries and transactions itself (an exclusive mutex), so a
 * query on the Db from inside a transaction's callback would wait for that transaction forever.
 * The callback runs with a marker in its async context; the Db's own methods refuse at once while
 * the marker says a transaction of this context is open (other requests, in their own contexts,
 * simply queue). The marker is closed when the transaction ends, so work the callback scheduled
 * for later may use the Db then.
 */
const openTransaction = new AsyncLocalStorage<{ open: boolean }>();

export function poolInsideTransaction(what: string): Error {
  return new Error(
    `db.${what}() called on the database handle while a transaction of the same call chain is ` +
      "open (PGlite has one connection: it would wait for itself). Use the transaction's handle " +
      "(tx) inside db.transaction(async (tx) => …), or run the call after the transaction.",
  );
}

function refuseInsideTransaction(what: string): void {
  if (openTransaction.getStore()?.open) throw poolInsideTransaction(what);
}

function wrapPglite(pg: import("@electric-sql/pglite").PGlite, release: () => void): Db {
  const wrap = (q: { query: typeof pg.query; exec: typeof pg.exec }): Sql => ({
    query: async <T>(text: string, params?: unknown[]) => {
      const r = await q.query<T>(text, params);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
    exec: async (text) => {
      await q.exec(text);
    },
    copyFrom: async (table, columns, data) => {
      // PGlite reads COPY data from the virtual device /dev/blob, given as the blob option.
      const r = await q.query(`COPY ${table} (${columns.join(", ")}) FROM '/dev/blob'`, [], {
        // Our buffers are never shared (Buffer.allocUnsafe): an ArrayBuffer underneath.
        blob: new Blob([data as string | Uint8Array<ArrayBuffer>]),
      });
      return r.affectedRows ?? 0;
    },
  });
  const top = wrap(pg);
  return {
    engine: "pglite",
    query: (text, params) => {
      refuseInsideTransaction("query");
      return top.query(text, params);
    },
    exec: (text) => {
      refuseInsideTransaction("exec");
      return top.exec(text);
    },
    copyFrom: (table, columns, data) => {
      refuseInsideTransaction("copyFrom");
      return top.copyFrom!(table, columns, data);
    },
    transaction: (fn) => {
      refuseInsideTransaction("transaction");
      const marker = { open: true };
      return openTransaction.run(marker, () =>
        pg
          .transaction((t) => fn(wrap(t as never)))
          .finally(() => {
            marker.open = false;
          }),
      );
    },
    close: async () => {
      try {
        await pg.close();
      } finally {
        release();
      }
    },
  };
}
