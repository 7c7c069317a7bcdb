// pg_dump and pg_restore (the PostgreSQL client on PATH) for a server database.
import { spawn } from "node:child_process";
import { AppError } from "../../server/platform/errors.ts";

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (b: Buffer) => {
      err += b.toString();
    });
    child.once("error", (e) =>
      reject(
        new AppError("backup.no_client", "unprocessable", {
          vi: `Không chạy được ${cmd} (${(e as Error).message}): cần cài PostgreSQL client và có ${cmd} trong PATH.`,
          en: `Could not run ${cmd} (${(e as Error).message}): install the PostgreSQL client and put ${cmd} on PATH.`,
        }),
      ),
    );
    child.once("exit", (code) => {
      if (code === 0) return resolve();
      // The server's messages name objects, never row data; the URL's password is not in them.
      reject(
        new AppError("backup.tool_failed", "internal", {
          vi: `${cmd} thất bại (mã ${code}): ${err.trim().slice(0, 2000)}`,
          en: `${cmd} failed (code ${code}): ${err.trim().slice(0, 2000)}`,
        }),
      );
    });
  });
}

export const pgDump = (url: string, file: string, snapshot: string) =>
  run("pg_dump", [
    "--format=custom",
    "--no-owner",
    "--no-privileges",
    `--snapshot=${snapshot}`,
    "--file",
    file,
    "--dbname",
    url,
  ]);

export const pgRestore = (url: string, file: string) =>
  run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--dbname", url, file]);
