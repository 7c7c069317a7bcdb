// The house rules, checked on the import lines: modules meet only through their index.ts, in one
// direction (lower layers never import higher ones), with no cycles; platform imports no module.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MODULES = join(ROOT, "server/modules");

/** Layers, bottom first: a module may import modules of lower layers only. */
const LAYERS: string[][] = [
  ["audit"],
  ["identity"],
  ["calendar"],
  ["catalog", "documents"],
  ["dossiers", "integrations"],
  ["accountability", "feedback", "citizen", "certification"],
  ["quality-index", "reform"],
];
const layerOf = (m: string) => LAYERS.findIndex((l) => l.includes(m));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const src = readFileSync(file, "utf8");
  return [
    ...src.matchAll(
      /(?:import|export)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    ),
  ]
    .map((m) => m[1] ?? m[2])
    .filter((s) => s.startsWith("."));
}

function edges() {
  const out: { from: string; fromModule: string | null; to: string; toModule: string | null }[] =
    [];
  for (const f of files(join(ROOT, "server"))) {
    if (f.endsWith(".test.ts")) continue;
    const fromModule = moduleOf(f);
    for (const spec of imports(f)) {
      const target = resolve(f, "..", spec);
      out.push({
        from: relative(ROOT, f),
        fromModule,
        to: relative(ROOT, target),
        toModule: moduleOf(target),
      });
    }
  }
  return out;
}

function moduleOf(p: string): string | null {
  const r = relative(MODULES, p);
  return r.startsWith("..") ? null : r.split("/")[0];
}

describe("architecture", () => {
  const all = edges();

  it("knows the layer of every module", () => {
    const unknown = readdirSync(MODULES).filter((m) => layerOf(m) < 0);
    expect(unknown).toEqual([]);
  });

  it("lets modules import other modules only through index.ts", () => {
    const bad = all.filter(
      (e) =>
        e.fromModule &&
        e.toModule &&
        e.fromModule !== e.toModule &&
        !/^server\/modules\/[^/]+\/index\.ts$/.test(e.to),
    );
    expect(bad.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("keeps the direction: no module imports a module of its own or a higher layer", () => {
    const bad = all.filter(
      (e) =>
        e.fromModule &&
        e.toModule &&
        e.fromModule !== e.toModule &&
        layerOf(e.toModule) >= layerOf(e.fromModule),
    );
    expect(bad.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("keeps platform free of business modules", () => {
    const bad = all.filter((e) => e.from.startsWith("server/platform/") && e.toModule);
    expect(bad.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
  });

  it("has no import cycle between files", () => {
    const graph = new Map<string, string[]>();
    for (const e of all) graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
    const state = new Map<string, 1 | 2>();
    const cycles: string[] = [];
    const visit = (n: string, path: string[]) => {
      if (state.get(n) === 2) return;
      if (state.get(n) === 1) {
        cycles.push([...path.slice(path.indexOf(n)), n].join(" → "));
        return;
      }
      state.set(n, 1);
      for (const m of graph.get(n) ?? []) visit(m, [...path, n]);
      state.set(n, 2);
    };
    for (const n of graph.keys()) visit(n, []);
    expect(cycles).toEqual([]);
  });
});
