// motcua import agencies FILE.jsonl — one AgencyRecord per line (shared/sync-record.ts), parents
// before their children. Idempotent by code: an agency already there with the same content is
// left alone; a new name is recorded as a rename effective today, "mergedInto" as a merger (effective on validTo,
// or today), "bankAccount" as the account fees are collected into. A changed parent or level is
// refused (moves are not supported by the import).
import { existsSync } from "node:fs";
import { record } from "../../server/modules/audit/index.ts";
import {
  getAgency,
  insertAgency,
  mergeAgency,
  renameAgency,
  SYSTEM_ACTOR,
  setBankAccount,
} from "../../server/modules/identity/index.ts";
import type { Clock } from "../../server/platform/clock.ts";
import type { Db, Sql } from "../../server/platform/db.ts";
import { badInput } from "../../server/platform/errors.ts";
import { type AgencyRecord, agencyRecord, recordIssues } from "../../shared/sync-record.ts";
import { eachLine, fileArg, type Io, issuesOf, parseJson, reportLine } from "./import-lines.ts";

const USAGE = "Cách dùng / usage: motcua import agencies FILE.jsonl";
type Change = "created" | "changed" | "unchanged";

export async function run(argv: string[], io: Io, ctx: { db: Db; clock: Clock }): Promise<number> {
  const file = fileArg(argv, io, USAGE);
  if (!file) return 2;
  if (!existsSync(file)) {
    io.err(`Không tìm thấy tệp ${file} | file not found: ${file}`);
    return 2;
  }
  const count = { created: 0, changed: 0, unchanged: 0, rejected: 0 };
  await eachLine(file, async (text, line) => {
    const json = parseJson(text);
    if (!json.ok) return reject(line, [json.issue]);
    const parsed = agencyRecord.safeParse(json.value);
    if (!parsed.success)
      return reject(
        line,
        recordIssues(parsed.error, json.value).map((i) => ({
          field: i.field,
          vi: i.vi.replace(`${i.field}: `, ""),
          en: i.en.replace(`${i.field}: `, ""),
        })),
      );
    try {
      count[await ctx.db.transaction((tx) => importAgency(tx, parsed.data, ctx.clock.now()))]++;
    } catch (e) {
      reject(line, issuesOf(e));
    }
  });
  const ok = count.created + count.changed + count.unchanged;
  io.out(
    `Đã nhập ${ok} đơn vị (${count.created} mới, ${count.changed} thay đổi, ${count.unchanged} không đổi); từ chối ${count.rejected} dòng.`,
  );
  io.out(
    `Imported ${ok} agencies (${count.created} new, ${count.changed} changed, ${count.unchanged} unchanged); rejected ${count.rejected} lines.`,
  );
  return count.rejected ? 1 : 0;

  function reject(line: number, issues: { field: string; vi: string; en: string }[]) {
    count.rejected++;
    reportLine(io, line, issues);
  }
}

async function importAgency(tx: Sql, a: AgencyRecord, now: Date): Promise<Change> {
  // Vietnam date (UTC+7, no daylight saving) of the import, for changes without a date.
  const today = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  const old = await getAgency(tx, a.code);
  let change: Change = "unchanged";
  if (!old) {
    await insertAgency(tx, {
      code: a.code,
      name: a.name,
      parentCode: a.parent,
      level: a.level,
      validFrom: a.validFrom,
    });
    change = "created";
  } else {
    if (old.parentCode !== a.parent)
      throw badInput(
        "import.agency_moved",
        "parent",
        `khác đơn vị cấp trên đã có (${old.parentCode ?? "null"})`,
        `differs from the stored parent (${old.parentCode ?? "null"})`,
      );
    if (old.level !== a.level)
      throw badInput(
        "import.agency_level",
        "level",
        `khác cấp đã có (${old.level})`,
        `differs from the stored level (${old.level})`,
      );
    if (old.name !== a.name) {
      await renameAgency(tx, a.code, a.name, today);
      change = "changed";
    }
  }
  if (a.mergedInto && (await getAgency(tx, a.code))?.mergedInto !== a.mergedInto) {
    await mergeAgency(tx, a.code, a.mergedInto, a.validTo ?? today);
    change = change === "created" ? "created" : "changed";
  }
  // An absent bankAccount leaves the stored one alone (older files carry none).
  if (a.bankAccount && (await setBankAccount(tx, a.code, a.bankAccount)))
    change = change === "created" ? "created" : "changed";
  if (change !== "unchanged")
    await record(tx, SYSTEM_ACTOR, now, {
      action: `agency.imported`,
      subjectType: "agency",
      subjectId: a.code,
      agencyCode: a.code,
      details: { change, record: a },
    });
  return change;
}
