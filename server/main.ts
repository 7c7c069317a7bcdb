// Starts the web server and the job worker on one store.
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { buildApp } from "./app.ts";
import { startBackground } from "./background.ts";
import { filesDirOf } from "./compose.ts";
import { DEMO_PASSWORD, DEMO_USERS, isSeeded, seedDemo } from "./demo/index.ts";
import { demoSteps } from "./demo/steps.ts";
import { warmFormFonts } from "./modules/documents/index.ts";
import { type Clock, systemClock } from "./platform/clock.ts";
import type { Config } from "./platform/config.ts";
import { type Db, openDb } from "./platform/db.ts";
import { drainable } from "./platform/http-drain.ts";
import { createLogger } from "./platform/logger.ts";
import { migrate } from "./platform/migrate.ts";
import { WEB_DIR } from "./platform/paths.ts";
import { configuredIntegrations, startSimulators } from "./simulators.ts";
import { buildSystem, NO_SIGNER_WARNING } from "./system.ts";

export interface StartOptions {
  config: Config;
  clock?: Clock;
  /** Seed the demo province when the embedded store is empty (npm start). */
  demoIfEmpty?: boolean;
  say?: (line: string) => void;
}

export async function startServer(opts: StartOptions) {
  const { config } = opts;
  const clock = opts.clock ?? systemClock;
  const say = opts.say ?? ((l: string) => process.stdout.write(`${l}\n`));
  const log = createLogger(config.logLevel);
  const db: Db = await openDb(
    config.databaseUrl
      ? { url: config.databaseUrl }
      : { dataDir: config.dataDir, fsync: config.fsync },
  );
  await migrate(db);
  // One file folder for the demo's stored forms and the server's (a temporary one in memory mode).
  const filesDir = filesDirOf(config.dataDir, config.filesDir);
  if (opts.demoIfEmpty && !config.databaseUrl && !(await isSeeded(db))) {
    say("Đang tạo dữ liệu tỉnh mẫu lần đầu… / Seeding the demo province…");
    await seedDemo(db, clock, () => {}, demoSteps({ filesDir }));
    say(`Tài khoản mẫu / Demo logins (mật khẩu / password: ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS)
      say(`  ${u.username.padEnd(14)} ${u.fullName} — ${u.grants.map((g) => g.role).join(", ")}`);
  }
  const webDir = existsSync(WEB_DIR) ? WEB_DIR : undefined;
  // The demo runs against the external systems' simulators; a deployment names the real ones.
  const demo = !!opts.demoIfEmpty || process.env.MOTCUA_SIMULATORS === "1" || config.demo;
  const integrations =
    opts.demoIfEmpty || process.env.MOTCUA_SIMULATORS === "1"
      ? await startSimulators(db)
      : configuredIntegrations(process.env);
  const { base, modules, signing } = buildSystem({
    config,
    db,
    clock,
    log,
    demo,
    options: { filesDir, ...integrations },
  });
  if (signing === "none") {
    say(NO_SIGNER_WARNING);
    log.warn({ signing }, "no signing identity configured: signing actions are refused");
  }
  const app = buildApp({ ...base, webDir, modules });
  const background = startBackground({ ...base, modules });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s),
    );
  });
  // The first form would otherwise pay for preparing the fonts: prepared now, in the background.
  warmFormFonts().catch((err) => log.warn({ err }, "form fonts not prepared ahead"));
  const http = drainable(server as Server);
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : config.port;
  const url = `http://${config.host}:${port}/`;
  await integrations.connect(url);
  say(
    `Motcua đang chạy tại / is running at ${url} (${db.engine}${webDir ? "" : ", chưa có giao diện web: npm run build"})`,
  );
  return {
    url,
    port,
    db,
    /** The demo mail relay's received messages (empty when real systems are configured). */
    mailbox: () => integrations.mailbox?.() ?? [],
    /** The demo SMS gateway's and Zalo account's sent messages. */
    texts: () => integrations.texts?.() ?? [],
    /** Stops accepting, finishes the requests in flight and the job being run, closes the store. */
    async stop() {
      const drained = http.drain();
      await background.stop();
      await drained;
      await integrations.stop();
      await db.close();
    },
  };
}
