// A small argument parser: --name value, --flag, and positional words, in any order.
import { AppError, badInput } from "../server/platform/errors.ts";

export interface Args {
  positional: string[];
  options: Map<string, string | true>;
}

export function parseArgs(argv: string[], flags: string[] = []): Args {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split("=", 2);
      if (inline !== undefined) options.set(name, inline);
      else if (flags.includes(name) || i + 1 >= argv.length || argv[i + 1].startsWith("--"))
        options.set(name, true);
      else options.set(name, argv[++i]);
    } else positional.push(a);
  }
  return { positional, options };
}

export function option(args: Args, name: string): string | undefined {
  const v = args.options.get(name);
  if (v === true)
    throw new AppError(
      "cli.missing_value",
      "bad_input",
      { vi: `--${name}: thiếu giá trị`, en: `--${name}: missing value` },
      { issues: [{ field: `--${name}`, vi: "thiếu giá trị", en: "missing value" }] },
    );
  return v;
}

export function requiredOption(args: Args, name: string): string {
  const v = option(args, name);
  if (v === undefined)
    throw new AppError(
      "cli.missing_option",
      "bad_input",
      { vi: `--${name}: bắt buộc`, en: `--${name}: required` },
      { issues: [{ field: `--${name}`, vi: "bắt buộc", en: "required" }] },
    );
  return v;
}

/** A credential from its option, else from its environment variable (kept out of the process
 * list); refused in both languages, naming both, when neither is set. */
export function credentialOption(
  args: Args,
  name: string,
  env: string,
  code: string,
  what: { vi: string; en: string },
): string {
  const v = option(args, name) ?? process.env[env];
  if (!v)
    throw badInput(
      code,
      `--${name}`,
      `cần ${what.vi} (hoặc ${env})`,
      `${what.en} is required (or ${env})`,
    );
  return v;
}

/** A number option within bounds, or undefined when absent. */
export function numberOption(
  args: Args,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const v = option(args, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max)
    throw badInput(
      "cli.bad_number",
      `--${name}`,
      `cần số từ ${min} đến ${max}`,
      `expected a number from ${min} to ${max}`,
    );
  return n;
}
