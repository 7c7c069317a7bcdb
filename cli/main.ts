// `motcua <command>`: dispatches to one file per command. Exit codes: 0 ok, 1 failed work
// (e.g. rejected import lines), 2 bad usage or input.
import { isAppError } from "../server/platform/errors.ts";
import { parseArgs } from "./args.ts";
import { type CliContext, openStore, stdio } from "./context.ts";

const HELP = `motcua — hệ thống một cửa / one-stop system

Cách dùng / Usage: motcua <lệnh> [tùy chọn]
  serve [--port N] [--demo-if-empty]     chạy máy chủ web và tiến trình nền / run the server and worker
  migrate                                 áp dụng các bản nâng cấp CSDL / apply database migrations
  demo                                    tạo dữ liệu tỉnh mẫu / seed the demo province
  user create --username U --name "…" --role R --agency CODE [--password P]
  audit verify                            kiểm tra chuỗi nhật ký / verify the audit chain
  audit anchor                            ký mốc đầu chuỗi nhật ký / sign an anchor of the audit chain
  db harden --app-role NAME [--print]     quyền tối thiểu cho vai trò ứng dụng / least privilege for the app role
  calendar due|holidays …                 lịch làm việc / working-time calendar
  import agencies|procedures|dossiers FILE.jsonl
  export dossiers --out FILE.jsonl
  index --unit CODE --from YYYY-MM-DD --to YYYY-MM-DD [--json]
  index rebuild                           tính lại toàn bộ chỉ số / rebuild the index rollups
  backup --out PATH                       sao lưu CSDL và tệp / back up the store and its files
  restore --from PATH                     khôi phục vào CSDL trống và đối chiếu / restore into an empty store, checked
  portal status [--json] | resend ID | fix ID --record FILE   đồng bộ Cổng DVC quốc gia / national portal sync
  portal pull-procedures [--province CODE]   lấy danh mục TTHC từ Cổng / pull the procedures from the portal
  portal-simulator [--port N] [--token T] [--fail-rate 0.3] [--slow-ms MS] [--submit-rate R] [--motcua URL] [--procedures FILE.jsonl]
  s3-simulator --secret-key S [--port N] [--bucket B] [--region R] [--access-key K] [--dir DIR] [--fail-rate 0.2] [--slow-ms MS]
                                          kho tệp S3 mô phỏng / a local S3-compatible file store
  reform index --year YYYY [--json]       Chỉ số CCHC, xếp hạng / the reform index and ranking
  reform flag-late                        báo nhiệm vụ trễ hạn / flag late reform tasks

Mọi lệnh dùng CSDL nhận --data DIR (mặc định ./data) hoặc biến DATABASE_URL.
Every database command takes --data DIR (default ./data) or the DATABASE_URL variable.`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import("./commands/serve.ts")).run,
  migrate: async () => (await import("./commands/migrate.ts")).run,
  demo: async () => (await import("./commands/demo.ts")).run,
  user: async () => (await import("./commands/user.ts")).run,
  audit: async () => (await import("./commands/audit.ts")).run,
  db: async () => (await import("./commands/db.ts")).run,
  import: async () => (await import("./commands/import.ts")).run,
  export: async () => (await import("./commands/export.ts")).run,
  index: async () => (await import("./commands/index-766.ts")).run,
  backup: async () => (await import("./commands/backup.ts")).runBackup,
  restore: async () => (await import("./commands/backup.ts")).runRestore,
  portal: async () => (await import("./commands/portal.ts")).run,
  "portal-simulator": async () => (await import("./commands/portal-simulator.ts")).run,
  "s3-simulator": async () => (await import("./commands/s3-simulator.ts")).run,
  reform: async () => (await import("./commands/reform.ts")).run,
  calendar: async () => {
    const m = await import("./commands/calendar.ts");
    const { loadCalendar } = await import("../server/modules/calendar/index.ts");
    // The province's calendar from the store (administrators' days off and office hours).
    return async (argv) => {
      let ctx: CliContext | undefined;
      const source = async (agency: string | null) => {
        ctx ??= await openStore(parseArgs(argv, ["json", "explain"]));
        return loadCalendar(ctx.db, { agency });
      };
      try {
        return await m.run(argv, stdio, source);
      } finally {
        await ctx?.db.close();
      }
    };
  },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    stdio.out(HELP);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    stdio.err(`Lệnh không tồn tại: ${name} / Unknown command: ${name}\n\n${HELP}`);
    return 2;
  }
  try {
    return await (await load())(rest);
  } catch (e) {
    if (isAppError(e)) {
      stdio.err(`Lỗi: ${e.messages.vi}\nError: ${e.messages.en}`);
      return e.kind === "internal" ? 1 : 2;
    }
    stdio.err(`Lỗi hệ thống / Internal error: ${(e as Error).stack ?? e}`);
    return 1;
  }
}
