import { startServer } from "../../server/main.ts";
import { loadConfig } from "../../server/platform/config.ts";
import { option, parseArgs } from "../args.ts";

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ["demo-if-empty"]);
  const env = { ...process.env };
  const port = option(args, "port");
  if (port) env.PORT = port;
  const data = option(args, "data");
  if (data) env.MOTCUA_DATA = data;
  const server = await startServer({
    config: loadConfig(env),
    demoIfEmpty: args.options.has("demo-if-empty"),
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.stop();
  return 0;
}
