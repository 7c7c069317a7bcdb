// The project's root folder, found from this file (works from sources and from a bundle).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "server"))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export const ROOT = findRoot();
export const MIGRATIONS_DIR = join(ROOT, "server/migrations");
export const WEB_DIR = join(ROOT, "dist/web");
