// Bundles the server and CLI into dist/server/motcua.mjs (dependencies stay in node_modules),
// for a fast cold start without the TypeScript loader.
import { build } from "esbuild";

await build({
  entryPoints: ["cli/main.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  outfile: "dist/server/motcua.mjs",
  footer: { js: "process.exitCode = await main(process.argv.slice(2));" },
  logLevel: "warning",
});
