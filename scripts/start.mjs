// `npm start`: builds the web application when it is missing or older than its sources, then
// serves it with the API on the embedded database, seeding the demo province on first start.
import { spawnSync } from "node:child_process";
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

if (existsSync("web/vite.config.ts")) {
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
const portal = await startPortalDemo();
const r = spawnSync("node", ["cli/bin.js", "serve", "--demo-if-empty", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, ...portal.env },
});
portal.stop();
process.exit(r.status ?? 0);
