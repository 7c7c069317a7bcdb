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
  // SIGTERM or SIGINT: stop accepting, finish what is in flight, close the store (its lock goes
  // with it); a signal during the start stops the server once it is up. A second signal ends the
  // process at once.
  let stopping = false;
  let requested = () => {};
  const stopRequested = new Promise<void>((resolve) => {
    requested = resolve;
  });
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(signal === "SIGINT" ? 130 : 143);
    stopping = true;
    process.stdout.write("Đang dừng máy chủ… / Stopping the server…\n");
    requested();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const server = await startServer({
    config: loadConfig(env),
    demoIfEmpty: args.options.has("demo-if-empty"),
  });
  await stopRequested;
  await server.stop();
  process.stdout.write("Đã dừng / Stopped\n");
  return 0;
}
