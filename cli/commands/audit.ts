import { verifyChain } from "../../server/modules/audit/index.ts";
import { badInput } from "../../server/platform/errors.ts";
import { parseArgs } from "../args.ts";
import { openStore, stdio } from "../context.ts";
import { progressBar } from "../progress.ts";

const REASONS = {
  altered: { vi: "đã bị sửa", en: "was altered" },
  deleted_before: { vi: "bản ghi ngay trước đã bị xóa", en: "the record before it was deleted" },
  reordered: { vi: "thứ tự đã bị đảo", en: "was reordered" },
};

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.positional[0] !== "verify")
    throw badInput("cli.usage", "audit", "dùng: motcua audit verify", "usage: motcua audit verify");
  const { db } = await openStore(args);
  const total = Number(
    (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log")).rows[0].n,
  );
  const bar = progressBar("audit");
  try {
    const r = await verifyChain(db, (n) => bar.update(n, total));
    bar.stop();
    if (r.ok) {
      stdio.out(`Chuỗi nhật ký toàn vẹn / Audit chain intact: ${r.checked} bản ghi / records`);
      return 0;
    }
    const why = REASONS[r.firstBad!.reason];
    stdio.err(
      `Bản ghi #${r.firstBad!.seq} ${why.vi} / Record #${r.firstBad!.seq} ${why.en} (đã kiểm ${r.checked} bản ghi trước đó / ${r.checked} earlier records verified)`,
    );
    return 1;
  } finally {
    await db.close();
  }
}
