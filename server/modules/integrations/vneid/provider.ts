// Starts the VNeID simulator as its own process (node with tsx) and waits for its issuer URL.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface VneidProcess {
  issuer: string;
  stop(): Promise<void>;
}

export async function startVneidProvider(opts: {
  redirectUris: string[];
  clientId: string;
  clientSecret: string;
}): Promise<VneidProcess> {
  const script = fileURLToPath(new URL("./provider-process.ts", import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", script], {
    env: {
      ...process.env,
      VNEID_REDIRECT_URIS: opts.redirectUris.join(","),
      VNEID_CLIENT_ID: opts.clientId,
      VNEID_CLIENT_SECRET: opts.clientSecret,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error("the VNeID simulator did not start")), 60_000);
    child.stdout?.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /VNEID_ISSUER=(\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the VNeID simulator exited (${code})`));
    });
  });
  child.stderr?.resume();
  return {
    issuer,
    stop: () =>
      new Promise<void>((r) => {
        if (child.exitCode !== null) return r();
        child.once("exit", () => r());
        child.kill("SIGTERM");
      }),
  };
}
