// Narrow surfaces: a module's index.ts exports what other modules, the composition root, the CLI,
// the scripts and the web application import from it — nothing more. A name only the module's own
// files use stays internal (its tests import it from the file that defines it).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MODULES = join(ROOT, "server/modules");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (f === "node_modules") return [];
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** The names in `{ a, type B, c as d }`, as the exporting side spells them. */
const names = (list: string, side: "exported" | "imported") =>
  list
    .split(",")
    .map((x) => x.trim().replace(/^type\s+/, ""))
    .filter(Boolean)
    .map((x) => {
      const [from, as] = x.split(/\s+as\s+/);
      return side === "exported" ? (as ?? from).trim() : from.trim();
    });

function exportsOf(index: string): string[] {
  const src = readFileSync(index, "utf8");
  return [
    ...[...src.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)].flatMap((m) =>
      names(m[1], "exported"),
    ),
    ...[...src.matchAll(/export\s+\*\s+as\s+(\w+)/g)].map((m) => m[1]),
    ...[
      ...src.matchAll(/export\s+(?:async\s+)?(?:function|const|class|interface|type|let)\s+(\w+)/g),
    ].map((m) => m[1]),
  ];
}

/** For each module, the names others import from its index.ts (static and dynamic imports). */
function importedFromOutside(): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  const sources = ["server", "cli", "scripts", "e2e", "web", "shared"].flatMap((d) => {
    try {
      return files(join(ROOT, d));
    } catch {
      return [];
    }
  });
  for (const f of sources) {
    const src = readFileSync(f, "utf8");
    const pattern =
      /(?:import|export)\s+(?:type\s+)?\{([^}]*)\}\s*from\s*["']([^"']+)["']|\{([^{}]*)\}\s*=\s*await\s+import\(\s*["']([^"']+)["']\s*\)/g;
    for (const m of src.matchAll(pattern)) {
      const spec = m[2] ?? m[4];
      if (!spec.startsWith(".")) continue;
      const target = relative(ROOT, resolve(dirname(f), spec));
      const mod = target.match(/^server\/modules\/([^/]+)\/index\.ts$/)?.[1];
      if (!mod || relative(ROOT, f).startsWith(`server/modules/${mod}/`)) continue;
      const list = m[1] ?? m[3].replace(/:\s*\w+/g, "");
      for (const n of names(list, "imported")) used.set(mod, (used.get(mod) ?? new Set()).add(n));
    }
  }
  return used;
}

describe("module surfaces", () => {
  it("each index.ts exports only names used outside its module", () => {
    const used = importedFromOutside();
    const unused = readdirSync(MODULES).flatMap((m) => {
      const index = join(MODULES, m, "index.ts");
      if (!statSync(join(MODULES, m)).isDirectory()) return [];
      return exportsOf(index)
        .filter((n) => !used.get(m)?.has(n))
        .map((n) => `${m}: ${n}`);
    });
    expect(unused).toEqual([]);
  });

  it("sees the imports it checks (a module's surface is used from outside)", () => {
    const used = importedFromOutside();
    expect(used.get("dossiers")?.has("createDossier")).toBe(true);
    expect(used.get("documents")?.has("signPdf")).toBe(true);
  });
});
