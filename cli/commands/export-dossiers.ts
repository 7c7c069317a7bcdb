// motcua export dossiers --out FILE.jsonl — every dossier as one DossierRecord per line, in code
// order, streamed a page at a time (keyset pagination); import → export round-trips byte for byte.

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { exportAll } from "../../server/modules/dossiers/index.ts";
import type { Clock } from "../../server/platform/clock.ts";
import type { Db } from "../../server/platform/db.ts";
import type { Io } from "./import-lines.ts";

const USAGE = "Cách dùng / usage: motcua export dossiers --out FILE.jsonl";

export async function run(argv: string[], io: Io, ctx: { db: Db; clock: Clock }): Promise<number> {
  const i = argv.indexOf("--out");
  const file = i >= 0 ? argv[i + 1] : undefined;
  if (!file || file.startsWith("--") || argv.includes("--help")) {
    io.err(USAGE);
    return 2;
  }
  const out = createWriteStream(file, { encoding: "utf8" });
  const failed = once(out, "error").then(([e]) => {
    throw e;
  });
  failed.catch(() => {});
  try {
    const started = performance.now();
    const n = await exportAll(ctx.db, async (line) => {
      if (!out.write(line)) await Promise.race([once(out, "drain"), failed]);
    });
    out.end();
    await Promise.race([once(out, "finish"), failed]);
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    io.out(
      `Đã xuất ${n} hồ sơ ra ${file} (${secs} giây). | Exported ${n} dossiers to ${file} (${secs} s).`,
    );
    return 0;
  } catch (e) {
    io.err(
      `Không ghi được ${file}: ${(e as Error).message} | cannot write ${file}: ${(e as Error).message}`,
    );
    return 2;
  }
}
