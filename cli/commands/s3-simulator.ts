// `motcua s3-simulator`: a local S3-compatible store for the files (one bucket, path-style,
// SigV4 checked), for rehearsing a deployment with MOTCUA_FILES_S3 without a MinIO or Ceph, and
// for trying the server against a busy or slow store (--fail-rate, --slow-ms).
import { startS3Simulator } from "../../server/modules/documents/index.ts";
import { credentialOption, numberOption, option, parseArgs } from "../args.ts";
import { stdio } from "../context.ts";

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const secret = credentialOption(
    args,
    "secret-key",
    "MOTCUA_FILES_S3_SECRET_KEY",
    "cli.secret_required",
    {
      vi: "khoá bí mật",
      en: "a secret key",
    },
  );
  const sim = await startS3Simulator({
    port: numberOption(args, "port", 0, 65535) ?? 0,
    bucket: option(args, "bucket") ?? "motcua-files",
    region: option(args, "region") ?? process.env.MOTCUA_FILES_S3_REGION ?? "us-east-1",
    accessKey:
      option(args, "access-key") ?? process.env.MOTCUA_FILES_S3_ACCESS_KEY ?? "motcua-simulator",
    secret,
    dir: option(args, "dir"),
    failRate: numberOption(args, "fail-rate", 0, 1) ?? 0,
    slowMs: numberOption(args, "slow-ms", 0, 600_000) ?? 0,
  });
  // The first line is what a parent process reads to find the simulator; the secret is not shown.
  stdio.out(`MOTCUA_FILES_S3=${sim.url}`);
  stdio.out(`MOTCUA_FILES_S3_REGION=${sim.location.region}`);
  stdio.out(`MOTCUA_FILES_S3_ACCESS_KEY=${sim.location.accessKey}`);
  stdio.out(
    `Kho tệp S3 (mô phỏng) đang chạy tại / S3 file store simulator running at ${sim.url}` +
      ` (${option(args, "dir") ? `thư mục / folder ${option(args, "dir")}` : "bộ nhớ / memory"})`,
  );
  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  await sim.stop();
  return 0;
}
