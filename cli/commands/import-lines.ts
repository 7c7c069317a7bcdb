// Shared by the import commands: reads a JSON Lines file a line at a time and reports each bad
// line with its number and reasons in Vietnamese and English (shared spec sync-record.md, Rules).
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

/** Where a command prints: one call per line, without the newline (as cli/commands/calendar.ts). */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}
export interface LineIssue {
  field: string;
  vi: string;
  en: string;
}

/** Calls `each` with every non-blank line and its number (1-based); returns the lines read. */
export async function eachLine(
  file: string,
  each: (text: string, line: number) => Promise<void>,
): Promise<number> {
  const rl = createInterface({
    input: createReadStream(file, { encoding: "utf8" }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let n = 0;
  for await (const raw of rl) {
    n++;
    const text = n === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    if (text.trim()) await each(text, n);
  }
  return n;
}

/** JSON.parse or a line issue. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; issue: LineIssue } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const m = (e as Error).message;
    return {
      ok: false,
      issue: {
        field: "(record)",
        vi: `không phải JSON hợp lệ (${m})`,
        en: `not valid JSON (${m})`,
      },
    };
  }
}

export function reportLine(io: Io, line: number, issues: LineIssue[]) {
  for (const i of issues) {
    const where = i.field && i.field !== "(record)" ? `${i.field}: ` : "";
    io.err(`dòng ${line}: ${where}${i.vi} | line ${line}: ${where}${i.en}`);
  }
}

/** The issues of an error thrown while importing a line (AppError carries field issues). */
export function issuesOf(e: unknown): LineIssue[] {
  const err = e as {
    issues?: LineIssue[];
    messages?: { vi: string; en: string };
    message?: string;
  };
  if (err.issues?.length) return err.issues;
  if (err.messages) return [{ field: "(record)", vi: err.messages.vi, en: err.messages.en }];
  throw e;
}

export function fileArg(argv: string[], io: Io, usage: string): string | null {
  const file = argv.find((a) => !a.startsWith("-"));
  if (!file || argv.includes("--help") || argv.includes("-h")) {
    io.err(`${usage}`);
    return null;
  }
  return file;
}
