// `motcua portal status [--json]`, `motcua portal resend ID`, `motcua portal fix ID --record FILE`:
// the national portal's sync as the administrator sees it (portal-sync.md "Visible").
import { readFileSync } from "node:fs";
import { record } from "../../server/modules/audit/index.ts";
import { SYSTEM_ACTOR } from "../../server/modules/identity/index.ts";
import { portalStatus } from "../../server/modules/integrations/index.ts";
import { loadConfig } from "../../server/platform/config.ts";
import { badInput } from "../../server/platform/errors.ts";
import { fixDeadLetter, resendDeadLetter } from "../../server/platform/outbox-admin.ts";
import { dossierRecord } from "../../shared/sync-record.ts";
import { option, parseArgs } from "../args.ts";
import { openStore, stdio } from "../context.ts";
import { provinceOf, pullProcedures } from "./portal-pull.ts";

const ACTOR = { ...SYSTEM_ACTOR, username: "cli:portal" };
const USAGE = {
  vi: "dùng: motcua portal status [--json] | resend ID | fix ID --record FILE.json | pull-procedures [--province MÃ]",
  en: "usage: motcua portal status [--json] | resend ID | fix ID --record FILE.json | pull-procedures [--province CODE]",
};
const vnTime = (d: Date | null) =>
  d
    ? `${new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace("T", " ")} (UTC+7)`
    : "—";

function idOf(v: string | undefined): number {
  const id = Number(v);
  if (!Number.isSafeInteger(id) || id <= 0)
    throw badInput(
      "cli.bad_id",
      "ID",
      "cần số thứ tự của thư bị từ chối",
      "expected a dead letter's number",
    );
  return id;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ["json"]);
  const [sub, arg] = args.positional;
  if (!["status", "resend", "fix", "pull-procedures"].includes(sub ?? ""))
    throw badInput("cli.usage", "portal", USAGE.vi, USAGE.en);
  const { db, clock } = await openStore(args);
  try {
    if (sub === "pull-procedures") {
      const province = option(args, "province") ?? (await provinceOf(db));
      if (!province)
        throw badInput(
          "cli.province_required",
          "--province",
          "cần mã tỉnh (kho dữ liệu có nhiều hơn một tỉnh hoặc chưa có)",
          "the province's code is required (the store holds none or several)",
        );
      return await pullProcedures({ db, clock }, loadConfig().portal ?? {}, province, stdio);
    }
    if (sub === "resend") {
      const id = idOf(arg);
      const r = await db.transaction(async (tx) => {
        const out = await resendDeadLetter(tx, id);
        await record(tx, ACTOR, clock.now(), {
          action: "portal.dead-letter.resent",
          subjectType: "dossier",
          subjectId: out.subject,
          details: { deadLetter: id, revision: out.revision, outcome: out.outcome },
        });
        return out;
      });
      stdio.out(
        r.outcome === "queued"
          ? `Đã xếp lại hàng đợi / Queued again: ${r.subject} #${r.revision}`
          : `Đã có bản mới hơn, thư được đóng / A newer revision exists, closed: ${r.subject} #${r.revision}`,
      );
      return 0;
    }
    if (sub === "fix") {
      const id = idOf(arg);
      const file = option(args, "record");
      if (!file) throw badInput("cli.usage", "--record", USAGE.vi, USAGE.en);
      const parsed = dossierRecord.safeParse(JSON.parse(readFileSync(file, "utf8")));
      if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw badInput("portal.bad_record", `record.${i.path.join(".")}`, i.message, i.message);
      }
      await db.transaction(async (tx) => {
        const d = await fixDeadLetter(tx, id, parsed.data);
        await record(tx, ACTOR, clock.now(), {
          action: "portal.dead-letter.fixed",
          subjectType: "dossier",
          subjectId: d.subject,
          details: { deadLetter: id, revision: d.revision },
        });
      });
      stdio.out(
        `Đã sửa thư ${id}; gửi lại bằng / Fixed ${id}; send it with: motcua portal resend ${id}`,
      );
      return 0;
    }
    const config = loadConfig();
    const s = await portalStatus(db, config.portal ?? {}, clock.now());
    if (args.options.has("json")) {
      stdio.out(JSON.stringify(s, null, 2));
      return 0;
    }
    stdio.out(
      [
        `Cổng DVC quốc gia / National portal: ${s.configured ? s.portalUrl : "chưa cấu hình MOTCUA_PORTAL_URL / not configured"}`,
        `Chờ gửi / Backlog: ${s.backlog} (${s.backlogSubjects} hồ sơ / dossiers)`,
        `Thay đổi cũ nhất chưa gửi / Oldest undelivered: ${vnTime(s.oldestUndeliveredAt)}`,
        `Đã gửi mỗi phút / Delivered per minute: ${s.perMinute} (TB 15 phút / 15-min avg ${s.perMinute15}); tổng / total ${s.deliveredTotal}`,
        `Lỗi gần nhất / Last error: ${s.lastError ? `${s.lastError} — ${vnTime(s.lastErrorAt)}` : "—"}`,
        `Bị từ chối / Dead letters: ${s.deadLetters}`,
        ...s.deadLetterList.map((d) => `  #${d.id} ${d.subject} rev ${d.revision}: ${d.reason}`),
      ].join("\n"),
    );
    return 0;
  } finally {
    await db.close();
  }
}
