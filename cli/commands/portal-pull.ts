// `motcua portal pull-procedures [--province CODE]`: the province's procedures from the national
// procedure database (portal-sync.md, "Catalogue"), imported as new versions the same way as
// `motcua import procedures` (sync-record.md: a changed record is a new version, an unchanged one
// is left alone). Each procedure's change is audited by the catalogue; the pull itself too.
import { record } from "../../server/modules/audit/index.ts";
import { SYSTEM_ACTOR } from "../../server/modules/identity/index.ts";
import {
  type PortalSettings,
  type PullOptions,
  pullProcedureLines,
} from "../../server/modules/integrations/index.ts";
import type { Clock } from "../../server/platform/clock.ts";
import type { Db } from "../../server/platform/db.ts";
import type { Io } from "./import-lines.ts";
import { importProcedureLines } from "./import-procedures.ts";

const ACTOR = { ...SYSTEM_ACTOR, username: "cli:portal" };

/** The store's province: the one agency without a parent. */
export async function provinceOf(db: Db): Promise<string | undefined> {
  const r = await db.query<{ code: string }>(
    "SELECT code FROM agencies WHERE parent_code IS NULL AND valid_to IS NULL ORDER BY code",
  );
  return r.rows.length === 1 ? r.rows[0].code : undefined;
}

export async function pullProcedures(
  ctx: { db: Db; clock: Clock },
  portal: PortalSettings,
  province: string,
  io: Io,
  o: PullOptions = {},
): Promise<number> {
  const lines = await pullProcedureLines(portal, province, o);
  const records = lines.filter((l) => l.trim()).length;
  io.out(
    `Cổng DVC quốc gia trả về ${records} thủ tục của ${province} | The national portal returned ${records} procedures for ${province}`,
  );
  const code = await importProcedureLines(
    async (each) => {
      for (const [i, text] of lines.entries()) if (text.trim()) await each(text, i + 1);
    },
    io,
    ctx,
  );
  await ctx.db.transaction((tx) =>
    record(tx, ACTOR, ctx.clock.now(), {
      action: "catalog.pulled-from-portal",
      subjectType: "agency",
      subjectId: province,
      details: { records, rejected: code !== 0 },
    }),
  );
  return code;
}
