// A command's one transaction seen as a database whose transactions are savepoints in it: code
// written for its own transactions (a bulk import's batches, each stored whole or not at all)
// runs inside a command unchanged, and everything it stores commits or rolls back with the
// command. The savepoints run one at a time: one transaction is one connection.
import type { Db, Sql } from "./db.ts";

export function savepointsOf(tx: Sql, engine: Db["engine"]): Db {
  let queue: Promise<unknown> = Promise.resolve();
  let n = 0;
  const transaction = <T>(fn: (tx: Sql) => Promise<T>): Promise<T> => {
    const run = async () => {
      const name = `sp_${++n}`;
      await tx.exec(`SAVEPOINT ${name}`);
      try {
        const out = await fn(tx);
        await tx.exec(`RELEASE SAVEPOINT ${name}`);
        return out;
      } catch (e) {
        await tx.exec(`ROLLBACK TO SAVEPOINT ${name}`);
        throw e;
      }
    };
    const out = queue.then(run, run);
    queue = out.catch(() => undefined);
    return out;
  };
  return {
    engine,
    query: (text, params) => tx.query(text, params),
    exec: (text) => tx.exec(text),
    ...(tx.copyFrom ? { copyFrom: tx.copyFrom.bind(tx) } : {}),
    transaction,
    close: async () => undefined,
  };
}
