// The file store's folder in a backup: copied as it is (files are named by their SHA-256, so a
// restore can check each one against its name), with a list of names, sizes and hashes.
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface FileEntry {
  path: string;
  size: number;
  sha256: string;
}

export function listFiles(dir: string): FileEntry[] {
  if (!existsSync(dir)) return [];
  const out: FileEntry[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile())
        out.push({
          path: relative(dir, p),
          size: statSync(p).size,
          sha256: createHash("sha256").update(readFileSync(p)).digest("hex"),
        });
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** Copies a folder's files (never overwriting one already there: names are content hashes). */
export function copyFiles(from: string, to: string): void {
  if (!existsSync(from)) return;
  cpSync(from, to, { recursive: true, force: false, errorOnExist: false });
}

/** The entries of `expected` missing from `dir` or different there. */
export function filesMissing(dir: string, expected: FileEntry[]): string[] {
  const have = new Map(listFiles(dir).map((f) => [f.path, f.sha256]));
  return expected.filter((f) => have.get(f.path) !== f.sha256).map((f) => f.path);
}
