import { filesDirOf } from "../../server/compose.ts";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "../../server/demo/index.ts";
import { demoSteps } from "../../server/demo/steps.ts";
import { option, parseArgs } from "../args.ts";
import { openStore, stdio } from "../context.ts";
import { progressBar } from "../progress.ts";

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const { db, clock } = await openStore(args);
  const filesDir = filesDirOf(
    option(args, "data") ?? process.env.MOTCUA_DATA ?? "./data",
    process.env.MOTCUA_FILES,
  );
  const bars = new Map<string, ReturnType<typeof progressBar>>();
  try {
    await seedDemo(
      db,
      clock,
      (step, done, total) => {
        const bar = bars.get(step) ?? progressBar(step);
        bars.set(step, bar);
        bar.update(done, total);
      },
      demoSteps({ filesDir }),
    );
  } finally {
    for (const b of bars.values()) b.stop();
    await db.close();
  }
  stdio.out(
    `Tỉnh mẫu đã sẵn sàng / The demo province is ready. Mật khẩu / password: ${DEMO_PASSWORD}`,
  );
  for (const u of DEMO_USERS) stdio.out(`  ${u.username.padEnd(14)} ${u.fullName}`);
  return 0;
}
