// Writes a generated province's history as JSON Lines, ready for `motcua import`:
//   npx tsx scripts/history/write.ts DIR [--dossiers N] [--shape spread|one-day] [--from YYYY-MM-DD]
// gives DIR/agencies.jsonl, DIR/procedures.jsonl and DIR/dossiers.jsonl.
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateHistory } from "./generate.ts";

const argv = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const dir = argv.find((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
if (!dir) {
  console.error(
    "usage: npx tsx scripts/history/write.ts DIR [--dossiers N] [--shape spread|one-day]",
  );
  process.exit(2);
}
const h = generateHistory({
  province: opt("province", "T70"),
  communes: Number(opt("communes", "40")),
  procedures: Number(opt("procedures", "30")),
  dossiers: Number(opt("dossiers", "100000")),
  from: opt("from", "2025-01-01"),
  shape: opt("shape", "spread") as "spread" | "one-day",
});
mkdirSync(dir, { recursive: true });
const lines = (xs: unknown[]) => xs.map((x) => `${JSON.stringify(x)}\n`).join("");
writeFileSync(join(dir, "agencies.jsonl"), lines(h.agencies));
writeFileSync(join(dir, "procedures.jsonl"), lines(h.procedures));
const out = createWriteStream(join(dir, "dossiers.jsonl"));
let n = 0;
for (const d of h.dossiers()) {
  if (!out.write(`${JSON.stringify(d)}\n`))
    await new Promise<void>((r) => out.once("drain", () => r()));
  n++;
}
await new Promise<void>((r) => out.end(() => r()));
console.log(
  `${dir}: ${h.agencies.length} agencies, ${h.procedures.length} procedures, ${n} dossiers`,
);
