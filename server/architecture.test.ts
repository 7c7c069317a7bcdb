// The house rules, checked on the import lines: modules meet only through their index.ts, in one
// direction (lower layers never import higher ones), with no cycles; platform imports no module.
// Between the parts of the repository: the web sees only web/ and shared/, shared/ only itself and
// zod, and the CLI, scripts and journeys reach a server module only through its index.ts.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
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

function files(dir: string, pattern = /\.tsx?$/): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (f === "node_modules") return [];
    return statSync(p).isDirectory() ? files(p, pattern) : pattern.test(f) ? [p] : [];
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

/** One import line between the parts: `to` is a repository path, or a package's name. */
interface PartEdge {
  from: string;
  to: string;
  external: boolean;
  typeOnly: boolean;
}

interface BoundaryRule {
  rule: string;
  covers: (from: string) => boolean;
  allows: (e: PartEdge) => boolean;
}

const isTest = (f: string) => /\.test\.tsx?$/.test(f);
const packageOf = (spec: string) =>
  spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];

/** The rules between the parts of the repository, as data (each one proved able to fail below). */
const BOUNDARIES: BoundaryRule[] = [
  {
    rule: "web/src imports only web/ and shared/ files, and no Node built-in",
    covers: (f) => f.startsWith("web/src/"),
    allows: (e) => (e.external ? !e.to.startsWith("node:") : /^(web|shared)\//.test(e.to)),
  },
  {
    rule: "web/src takes zod and the shared contracts as types only (zod stays out of the bundle)",
    covers: (f) => f.startsWith("web/src/"),
    allows: (e) => e.typeOnly || !(e.to === "zod" || e.to.startsWith("shared/contracts/")),
  },
  {
    rule: "shared/ imports only shared/ files and zod (and vitest in its tests)",
    covers: (f) => f.startsWith("shared/"),
    allows: (e) =>
      e.external
        ? e.to === "zod" || (isTest(e.from) && e.to === "vitest")
        : e.to.startsWith("shared/"),
  },
  {
    rule: "cli/, scripts/ and e2e/ reach a server module only through its index.ts",
    covers: (f) => /^(cli|scripts|e2e)\//.test(f) && !isTest(f),
    allows: (e) =>
      e.external ||
      !e.to.startsWith("server/modules/") ||
      /^server\/modules\/[^/]+\/index\.ts$/.test(e.to) ||
      e.to.endsWith(".test-util.ts"),
  },
  {
    rule: "nothing outside the web imports web/src; the server imports no cli/, scripts/, e2e/",
    covers: (f) => !f.startsWith("web/"),
    allows: (e) =>
      e.external ||
      !(
        e.to.startsWith("web/src/") ||
        (/^server\//.test(e.from) && /^(cli|scripts|e2e)\//.test(e.to))
      ),
  },
];

/** Known edges the rules refuse, each with its reason; the test fails when one is gone. */
const EXCEPTIONS: { edge: string; why: string }[] = [
  {
    edge: "scripts/bench.ts → server/modules/calendar/bench.ts",
    why: "the calendar module's own benchmark, kept beside the internals it measures",
  },
  {
    edge: "scripts/bench.ts → server/modules/documents/bench.ts",
    why: "the form engines' benchmark, kept beside the internals it measures (both engines)",
  },
];

/** The modules a source names (static, dynamic and bare imports, re-exports), type-only or not. */
function importsIn(src: string): { spec: string; typeOnly: boolean }[] {
  const found = src.matchAll(
    /\b(?:import|export)(\s+type\b)?([^;]*?)\bfrom\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^import\s+["']([^"']+)["']/gm,
  );
  return [...found].map((m) => {
    const names = m[2]
      ?.trim()
      .match(/^\{([^}]*)\}$/)?.[1]
      .split(",")
      .filter((n) => n.trim());
    const everyNameAType = !!names?.length && names.every((n) => /^type\s/.test(n.trim()));
    return { spec: m[3] ?? m[4] ?? m[5], typeOnly: !!m[1] || everyNameAType };
  });
}

function partEdges(): PartEdge[] {
  const roots = ["web/src", "shared", "cli", "scripts", "e2e", "server"];
  return roots.flatMap((r) =>
    files(join(ROOT, r), /\.(tsx?|m?js)$/).flatMap((f) =>
      importsIn(readFileSync(f, "utf8")).map(({ spec, typeOnly }) => {
        const external = !spec.startsWith(".");
        return {
          from: relative(ROOT, f),
          to: external ? packageOf(spec) : relative(ROOT, resolve(dirname(f), spec)),
          external,
          typeOnly,
        };
      }),
    ),
  );
}

const violations = (edges: PartEdge[]) =>
  BOUNDARIES.flatMap((b) =>
    edges.filter((e) => b.covers(e.from) && !b.allows(e)).map((e) => `${e.from} → ${e.to}`),
  );

describe("boundaries between the parts", () => {
  const all = partEdges();
  const known = new Set(EXCEPTIONS.map((x) => x.edge));

  it("reads the import lines of every part", () => {
    for (const part of ["web/src/", "shared/", "cli/", "scripts/", "e2e/"])
      expect(
        all.some((e) => e.from.startsWith(part)),
        part,
      ).toBe(true);
  });

  it("keeps every part within its rules", () => {
    expect(violations(all).filter((v) => !known.has(v))).toEqual([]);
  });

  it("lists only exceptions that still exist", () => {
    const found = new Set(violations(all));
    expect(EXCEPTIONS.filter((x) => !found.has(x.edge))).toEqual([]);
  });

  it("refuses a bad edge under each rule and lets the good ones pass", () => {
    const edge = (from: string, to: string, typeOnly = false): PartEdge => ({
      from,
      to,
      external: !/^(web|shared|cli|scripts|e2e|server)\//.test(to),
      typeOnly,
    });
    const bad = [
      edge("web/src/api/dossiers.ts", "server/modules/dossiers/index.ts", true),
      edge("web/src/pages/x.tsx", "node:fs"),
      edge("web/src/api/dossiers.ts", "shared/contracts/dossiers.ts"),
      edge("web/src/api/dossiers.ts", "zod"),
      edge("shared/contracts/dossiers.ts", "server/platform/http.ts", true),
      edge("shared/timeliness.ts", "hono"),
      edge("cli/commands/x.ts", "server/modules/catalog/repository.ts"),
      edge("scripts/bench/x.ts", "server/modules/catalog/repository.ts", true),
      edge("e2e/x.journey.ts", "server/modules/dossiers/service.ts"),
      edge("server/app.ts", "web/src/routes.ts"),
      edge("server/app.ts", "cli/main.ts"),
    ];
    expect(bad.filter((e) => violations([e]).length !== 1)).toEqual([]);
    const good = [
      edge("web/src/api/dossiers.ts", "shared/contracts/dossiers.ts", true),
      edge("web/src/api/dossiers.ts", "zod", true),
      edge("web/src/pages/dossiers/stateName.ts", "shared/dossier-states.ts"),
      edge("web/src/main.tsx", "react"),
      edge("shared/contracts/dossiers.ts", "zod"),
      edge("shared/contracts/dossiers.ts", "shared/contracts/common.ts"),
      edge("cli/commands/x.ts", "server/modules/catalog/index.ts"),
      edge("cli/commands/x.ts", "server/platform/db.ts"),
      edge("scripts/bench/x.ts", "server/system.ts"),
      edge("cli/commands/x.test.ts", "server/modules/catalog/repository.ts"),
    ];
    expect(violations(good)).toEqual([]);
  });

  it("reads type-only imports as such", () => {
    const src = [
      'import type { z } from "zod";',
      'import { type A, type B } from "./types.ts";',
      'import { type C, d } from "./mixed.ts";',
      'import {\n  e,\n  type F,\n} from "../e.ts";',
      'export { g } from "./g.ts";',
      'const h = await import("./h.ts");',
      'import "./styles.css";',
    ].join("\n");
    expect(importsIn(src)).toEqual([
      { spec: "zod", typeOnly: true },
      { spec: "./types.ts", typeOnly: true },
      { spec: "./mixed.ts", typeOnly: false },
      { spec: "../e.ts", typeOnly: false },
      { spec: "./g.ts", typeOnly: false },
      { spec: "./h.ts", typeOnly: false },
      { spec: "./styles.css", typeOnly: false },
    ]);
  });
});
