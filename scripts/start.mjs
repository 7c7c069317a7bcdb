// `npm start`: builds the web application when it is missing or older than its sources, then
// serves it with the API on the embedded database, seeding the demo province on first start.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { startPortalDemo } from "./portal-demo.mjs";

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

// MOTCUA_WEB_BUILD=0 starts without (re)building the web application.
if (existsSync("web/vite.config.ts") && process.env.MOTCUA_WEB_BUILD !== "0") {
  const built = "dist/web/index.html";
  if (!existsSync(built) || statSync(built).mtimeMs < newest("web")) {
    console.log("Đang dựng giao diện web… / Building the web application…");
    const r = spawnSync(
      "npx",
      ["vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"],
      { stdio: "inherit" },
    );
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}
// The server runs as a child: SIGTERM, SIGINT and SIGHUP sent to this process are passed on, so
// the server stops gracefully; this process ends with the server's exit code. The child has its
// own process group, so Ctrl-C in a terminal reaches it once (through here), not twice.
const portal = await startPortalDemo();
const server = spawn(
  process.execPath,
  ["cli/bin.js", "serve", "--demo-if-empty", ...process.argv.slice(2)],
  { stdio: "inherit", detached: true, env: { ...process.env, ...portal.env } },
);
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"])
  process.on(signal, () => {
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
  });
server.on("exit", (code, signal) => {
  portal.stop();
  const numbers = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };
  process.exit(code ?? 128 + (numbers[signal] ?? 1));
});
