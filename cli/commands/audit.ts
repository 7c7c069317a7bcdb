import {
  anchorOptionsOf,
  readAnchors,
  sealAudit,
  verifyChain,
  writeAnchor,
} from "../../server/modules/audit/index.ts";
import { loadConfig } from "../../server/platform/config.ts";
import { badInput } from "../../server/platform/errors.ts";
import { option, parseArgs } from "../args.ts";
import { openStore, stdio } from "../context.ts";
import { progressBar } from "../progress.ts";

const REASONS = {
  altered: { vi: "đã bị sửa", en: "was altered" },
  deleted_before: { vi: "bản ghi ngay trước đã bị xóa", en: "the record before it was deleted" },
  reordered: { vi: "thứ tự đã bị đảo", en: "was reordered" },
  inserted: {
    vi: "được chèn vào sau khi chuỗi đã niêm phong",
    en: "was inserted after the chain was sealed",
  },
  anchor_mismatch: {
    vi: "không khớp mốc đã ký (chuỗi đã bị băm lại hoặc bản ghi bị xóa)",
    en: "does not match its signed anchor (the chain was re-hashed or the record deleted)",
  },
  truncated: {
    vi: "có trong mốc đã ký nhưng không còn trong chuỗi (chuỗi đã bị cắt)",
    en: "is in a signed anchor but no longer in the chain (the chain was truncated)",
  },
};

const USAGE = "motcua audit verify | motcua audit anchor";

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const sub = args.positional[0];
  if (sub !== "verify" && sub !== "anchor")
    throw badInput("cli.usage", "audit", `dùng: ${USAGE}`, `usage: ${USAGE}`);
  const { db, clock } = await openStore(args);
  const dataDir = option(args, "data") ?? process.env.MOTCUA_DATA ?? "./data";
  const anchors = anchorOptionsOf({ ...loadConfig(), dataDir });
  try {
    // Records committed so far are sealed first (what a running server's sealer does).
    await sealAudit(db);
    if (sub === "anchor") {
      if (!anchors)
        throw badInput(
          "audit.anchor_folder",
          "MOTCUA_AUDIT_ANCHORS",
          "cần thư mục mốc và khóa ký (MOTCUA_AUDIT_ANCHORS, MOTCUA_AUDIT_ANCHOR_KEY)",
          "an anchor folder and key are needed (MOTCUA_AUDIT_ANCHORS, MOTCUA_AUDIT_ANCHOR_KEY)",
        );
      const a = await writeAnchor(db, anchors, clock.now());
      stdio.out(
        a
          ? `Mốc đã ký / Anchor signed: #${a.payload.seq} ${a.payload.hash} → ${anchors.dir}`
          : "Không có gì mới để ký mốc (chuỗi trống hoặc đầu chuỗi đã có mốc) / Nothing new to anchor (the chain is empty or its head is anchored)",
      );
      return 0;
    }
    const points = anchors ? readAnchors(anchors) : [];
    const total = Number(
      (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log")).rows[0].n,
    );
    const bar = progressBar("audit");
    const r = await verifyChain(db, (n) => bar.update(n, total), points);
    bar.stop();
    if (r.ok) {
      stdio.out(
        `Chuỗi nhật ký toàn vẹn / Audit chain intact: ${r.checked} bản ghi / records, ${r.anchors} mốc đã ký khớp / signed anchors match`,
      );
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
