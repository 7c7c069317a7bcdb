// `motcua portal-simulator`: the national portal's side of the sync protocol, as a server process
// (portal-sync.md "Simulator"), for the demo, the tests and a province's rehearsals.
import { existsSync, readFileSync } from "node:fs";
import {
  FAULT_KINDS,
  type FaultKind,
  startPortalSimulator,
} from "../../server/modules/integrations/index.ts";
import { badInput } from "../../server/platform/errors.ts";
import { credentialOption, numberOption, option, parseArgs } from "../args.ts";
import { stdio } from "../context.ts";

/** `--procedures FILE.jsonl`: the national procedure database the simulator publishes. */
function proceduresFile(file: string | undefined): string | undefined {
  if (!file) return undefined;
  if (!existsSync(file))
    throw badInput(
      "cli.file_not_found",
      "--procedures",
      `không tìm thấy tệp ${file}`,
      `file not found: ${file}`,
    );
  return readFileSync(file, "utf8");
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const kinds = option(args, "faults")
    ?.split(",")
    .map((s) => s.trim()) as FaultKind[] | undefined;
  for (const k of kinds ?? [])
    if (!FAULT_KINDS.includes(k))
      throw badInput(
        "cli.bad_fault",
        "--faults",
        `không có loại lỗi ${k} (${FAULT_KINDS.join(", ")})`,
        `no fault kind ${k} (${FAULT_KINDS.join(", ")})`,
      );
  const token = credentialOption(args, "token", "MOTCUA_PORTAL_TOKEN", "cli.token_required", {
    vi: "mã xác thực",
    en: "a token",
  });
  const sim = await startPortalSimulator({
    port: numberOption(args, "port", 0, 65535) ?? 0,
    token,
    faults: {
      failRate: numberOption(args, "fail-rate", 0, 1) ?? 0,
      slowMs: numberOption(args, "slow-ms", 0, 600_000) ?? 0,
      ...(kinds ? { kinds } : {}),
      ...(option(args, "hang-ms") ? { hangMs: numberOption(args, "hang-ms", 0, 600_000) } : {}),
    },
    submit: {
      motcuaUrl: option(args, "motcua"),
      inboundToken: option(args, "inbound-token") ?? process.env.MOTCUA_PORTAL_INBOUND_TOKEN,
      duplicateRate: numberOption(args, "duplicate-rate", 0, 1) ?? 0.1,
    },
    submitRate: numberOption(args, "submit-rate", 0, 1000) ?? 0,
    unknownProcedures: option(args, "unknown-procedures")?.split(",").filter(Boolean),
    refuseFirst: numberOption(args, "refuse-first", 0, 1_000_000) ?? 0,
    procedures: proceduresFile(option(args, "procedures")),
  });
  // The first line is what a parent process reads to find the simulator.
  stdio.out(`PORTAL_SIMULATOR_URL=${sim.url}`);
  stdio.out(`Cổng DVC quốc gia (mô phỏng) đang chạy tại / Portal simulator running at ${sim.url}`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await sim.close();
  return 0;
}
