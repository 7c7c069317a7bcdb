// motcua calendar — due dates and holidays from the command line.
//   motcua calendar due --from <ISO instant> --duration <n> --unit <unit> [--agency CODE] [--json] [--explain]
//   motcua calendar holidays --year <1900–2100> [--json]
// Without a calendar source it uses the built-in data (official 2024–2026, statutory proposal
// otherwise); the server passes a source that loads the database calendar.

import {
  BUILTIN_CALENDAR,
  badDuration,
  badInstant,
  badYear,
  type Calendar,
  checkDueInput,
  describeSource,
  dueAt,
  explainDue,
  formatVn,
  MAX_YEAR,
  MIN_YEAR,
  parseInstant,
  yearDays,
} from "../../server/modules/calendar/index.ts";
import { AppError, badInput, isAppError } from "../../server/platform/errors.ts";

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** A calendar value, or a loader for an agency's calendar (null: province default). */
export type CalendarSource = Calendar | ((agency: string | null) => Promise<Calendar>);

const USAGE = [
  "motcua calendar due --from <ISO 8601 có múi giờ / with offset> --duration <n> --unit <working-days|working-hours|days|months|same-day> [--agency MÃ] [--json] [--explain]",
  "motcua calendar holidays --year <1900–2100> [--json]",
].join("\n");

const FLAGS = new Set(["--json", "--explain"]);
const VALUED: Record<string, string[]> = {
  due: ["--from", "--duration", "--unit", "--agency", "--data"],
  holidays: ["--year", "--data"],
};

function parseArgs(
  cmd: string,
  argv: string[],
): { values: Map<string, string>; flags: Set<string> } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (FLAGS.has(a)) flags.add(a);
    else if (VALUED[cmd].includes(a)) {
      const v = argv[++i];
      if (v === undefined)
        throw badInput("calendar.missing_argument", a, "thiếu giá trị", "missing value");
      values.set(a, v);
    } else
      throw badInput(
        "calendar.unknown_argument",
        a,
        "tham số không được hỗ trợ",
        "unknown argument",
      );
  }
  return { values, flags };
}

function required(values: Map<string, string>, name: string): string {
  const v = values.get(name);
  if (v === undefined)
    throw badInput("calendar.missing_argument", name, "bắt buộc phải có", "is required");
  return v;
}

async function resolve(source: CalendarSource, agency: string | null): Promise<Calendar> {
  return typeof source === "function" ? source(agency) : source;
}

async function due(argv: string[], io: Io, source: CalendarSource): Promise<number> {
  const { values, flags } = parseArgs("due", argv);
  const fromText = required(values, "--from");
  const from = parseInstant(fromText);
  if (!from) throw badInstant("--from", fromText);
  const year = Number(formatVn(from).slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) throw badYear("--from", fromText);
  const durationText = required(values, "--duration");
  if (!/^\d+$/.test(durationText)) throw badDuration("--duration", durationText, true);
  const duration = Number(durationText);
  const unit = checkDueInput(duration, required(values, "--unit"), {
    duration: "--duration",
    unit: "--unit",
  });
  const cal = await resolve(source, values.get("--agency") ?? null);
  if (flags.has("--explain")) {
    const x = explainDue(from, duration, unit, cal);
    if (flags.has("--json")) io.out(JSON.stringify(x));
    else io.out([x.due, "", ...x.lines.vi, "", ...x.lines.en].join("\n"));
    return 0;
  }
  const d = formatVn(dueAt(from, duration, unit, cal));
  io.out(flags.has("--json") ? JSON.stringify({ due: d }) : d);
  return 0;
}

async function holidays(argv: string[], io: Io, source: CalendarSource): Promise<number> {
  const { values, flags } = parseArgs("holidays", argv);
  const text = required(values, "--year");
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < MIN_YEAR || year > MAX_YEAR) throw badYear("--year", text);
  const y = yearDays(await resolve(source, null), year);
  if (flags.has("--json")) {
    io.out(JSON.stringify(y));
    return 0;
  }
  io.out(
    `${year}: ${y.status === "confirmed" ? "đã xác nhận / confirmed" : "tạm tính / provisional"}`,
  );
  for (const e of y.entries) {
    const kind = e.kind === "day-off" ? "nghỉ / day off" : "làm bù / make-up working day";
    const src = describeSource(e.source);
    io.out(`${e.date}  ${kind}  ${e.name.vi} / ${e.name.en}  [${e.status}]  ${src.vi} / ${src.en}`);
  }
  return 0;
}

/** Runs `motcua calendar …`; returns the exit code (2 for bad input). */
export async function run(
  argv: string[],
  io: Io,
  source: CalendarSource = BUILTIN_CALENDAR,
): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (cmd === "due") return await due(rest, io, source);
    if (cmd === "holidays") return await holidays(rest, io, source);
    throw new AppError("calendar.unknown_command", "bad_input", {
      vi: `Lệnh "${cmd ?? ""}" không có. Cách dùng:\n${USAGE}`,
      en: `Unknown command "${cmd ?? ""}". Usage:\n${USAGE}`,
    });
  } catch (e) {
    if (!isAppError(e)) throw e;
    io.err(`${e.messages.vi}\n${e.messages.en}`);
    return e.kind === "bad_input" ? 2 : 1;
  }
}
