// The demo's national portal: a simulator process started beside the server, unless a real
// portal is configured (MOTCUA_PORTAL_URL). It fails a few calls, submits online dossiers now and
// then, and refuses the first two dossiers once, so the administrator's page shows retries, dossiers
// arriving and a dead letter.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";

/** Starts the simulator; resolves to the environment the server needs (empty when not started). */
export async function startPortalDemo(env = process.env) {
  if (env.MOTCUA_PORTAL_URL || env.MOTCUA_PORTAL_SIMULATOR === "0") return { env: {}, stop() {} };
  const token = randomBytes(18).toString("base64url");
  const inbound = randomBytes(18).toString("base64url");
  const motcua = `http://${env.HOST ?? "127.0.0.1"}:${env.PORT ?? "3000"}`;
  const child = spawn(
    process.execPath,
    [
      "cli/bin.js",
      "portal-simulator",
      "--port",
      "0",
      "--fail-rate",
      "0.1",
      "--faults",
      "error,rate-limit",
      "--submit-rate",
      "0.05",
      "--motcua",
      motcua,
      // The portal's mapping is not complete: the first two dossiers become dead letters, and
      // the administrator's "send again" then goes through.
      "--refuse-first",
      "2",
    ],
    {
      env: { ...env, MOTCUA_PORTAL_TOKEN: token, MOTCUA_PORTAL_INBOUND_TOKEN: inbound },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const url = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (l) => {
      const m = /^PORTAL_SIMULATOR_URL=(.+)$/.exec(l);
      if (m) resolve(m[1]);
      else console.log(l);
    });
    child.once("exit", (code) => reject(new Error(`portal simulator exited (${code})`)));
  });
  return {
    env: {
      MOTCUA_PORTAL_URL: url,
      MOTCUA_PORTAL_TOKEN: token,
      MOTCUA_PORTAL_INBOUND_TOKEN: inbound,
    },
    stop: () => child.kill("SIGTERM"),
  };
}
