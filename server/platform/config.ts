// Configuration from the environment, parsed once with zod; a bad value stops the start with a
// message naming the variable.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { TrustedProxies } from "./client-address.ts";
import { AppError } from "./errors.ts";
import { zodIssues } from "./http.ts";

/** An S3-compatible store's address: http(s)://host[:port]/bucket[/key prefix], nothing else. */
const s3Endpoint = z.string().refine(
  (v) => {
    try {
      const u = new URL(v);
      return (
        /^https?:$/.test(u.protocol) && !u.search && !u.username && /^\/[^/]+/.test(u.pathname)
      );
    } catch {
      return false;
    }
  },
  {
    params: {
      vi: "cần địa chỉ http(s)://máy-chủ[:cổng]/bucket[/tiền-tố] (kiểu đường dẫn, có tên bucket)",
      en: "expected http(s)://host[:port]/bucket[/prefix] (path-style, with the bucket's name)",
    },
  },
);

const schema = z
  .object({
    DATABASE_URL: z.string().url().optional(),
    MOTCUA_DATA: z.string().default("./data"),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default("127.0.0.1"),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info"),
    /** Set when served over HTTPS (cookies get the Secure flag). */
    MOTCUA_SECURE_COOKIES: z.enum(["0", "1"]).default("0"),
    MOTCUA_BODY_LIMIT: z.coerce.number().int().positive().default(1_048_576),
    MOTCUA_WORKER: z.enum(["0", "1"]).default("1"),
    /** Folder of the signed audit anchors (default <data dir>/audit-anchors). */
    MOTCUA_AUDIT_ANCHORS: z.string().min(1).optional(),
    /** Ed25519 key file that signs them (default <data dir>/audit-anchor.key). */
    MOTCUA_AUDIT_ANCHOR_KEY: z.string().min(1).optional(),
    /** Seconds between anchors (default 300). */
    MOTCUA_AUDIT_ANCHOR_EVERY: z.coerce.number().int().min(1).max(86_400).default(300),
    // How often the results sent by post are asked about in the operator's tracking (seconds).
    MOTCUA_POSTAL_POLL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
    /** fsync of the embedded store's commits; "off" trades durability on power loss for speed. */
    MOTCUA_FSYNC: z.enum(["on", "off"]).default("on"),
    /** Folder of the stored files (default: <data folder>/files). */
    MOTCUA_FILES: z.string().min(1).optional(),
    /** An S3-compatible store for the files instead of the folder (several nodes share it). */
    MOTCUA_FILES_S3: s3Endpoint.optional(),
    MOTCUA_FILES_S3_REGION: z.string().min(1).default("us-east-1"),
    MOTCUA_FILES_S3_ACCESS_KEY: z.string().min(1).optional(),
    MOTCUA_FILES_S3_SECRET_KEY: z.string().min(1).optional(),
    /** The national portal (portal-sync.md): unset, nothing is sent. */
    MOTCUA_PORTAL_URL: z.string().url().optional(),
    MOTCUA_PORTAL_TOKEN: z.string().min(1).optional(),
    MOTCUA_PORTAL_INBOUND_TOKEN: z.string().min(16).optional(),
    MOTCUA_PORTAL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    /** Reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated. */
    MOTCUA_TRUSTED_PROXIES: z.string().default(""),
    /** Demo mode: without a configured signer, documents are signed with self-signed demo identities. */
    MOTCUA_DEMO: z.enum(["0", "1"]).default("0"),
    /** The agencies' signing identity: a .p12 file for every agency, or a folder of <agency code>.p12. */
    MOTCUA_SIGNER_P12: z.string().min(1).optional(),
    /** Its password, given directly or as a file holding it (the file wins when both are set). */
    MOTCUA_SIGNER_P12_PASSWORD: z.string().optional(),
    MOTCUA_SIGNER_P12_PASSWORD_FILE: z.string().min(1).optional(),
  })
  .superRefine((e, ctx) => {
    // The S3 store signs every request: without both keys nothing could be stored.
    if (!e.MOTCUA_FILES_S3) return;
    for (const k of ["MOTCUA_FILES_S3_ACCESS_KEY", "MOTCUA_FILES_S3_SECRET_KEY"] as const)
      if (!e[k])
        ctx.addIssue({
          code: "custom",
          path: [k],
          params: {
            vi: "bắt buộc khi đặt MOTCUA_FILES_S3",
            en: "is required when MOTCUA_FILES_S3 is set",
          },
        });
  });

export type Config = {
  databaseUrl?: string;
  dataDir: string;
  port: number;
  host: string;
  logLevel: string;
  secureCookies: boolean;
  bodyLimit: number;
  worker: boolean;
  auditAnchorDir?: string;
  auditAnchorKey?: string;
  auditAnchorEverySec: number;
  postalPollSec: number;
  fsync: boolean;
  filesDir?: string;
  /** The S3-compatible file store, when set (MOTCUA_FILES_S3…); else the folder. */
  filesS3?: { endpoint: string; region: string; accessKey: string; secret: string };
  portal?: { url?: string; token?: string; inboundToken?: string; timeoutMs: number };
  trustedProxies: TrustedProxies;
  /** Demo mode (MOTCUA_DEMO=1; npm start's demo and the simulators imply it). */
  demo: boolean;
  /** The configured PKCS#12 signing identity; the password is read when needed, never stored here. */
  signerP12?: { path: string; passphrase: () => string };
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty portal or S3 setting (MOTCUA_PORTAL_URL=) means unset: nothing is sent.
  const emptyMeansUnset = [
    "MOTCUA_PORTAL_URL",
    "MOTCUA_PORTAL_TOKEN",
    "MOTCUA_PORTAL_INBOUND_TOKEN",
    "MOTCUA_FILES_S3",
    "MOTCUA_FILES_S3_REGION",
    "MOTCUA_FILES_S3_ACCESS_KEY",
    "MOTCUA_FILES_S3_SECRET_KEY",
  ];
  const r = schema.safeParse(
    Object.fromEntries(
      Object.entries(env).filter(([k, v]) => !(emptyMeansUnset.includes(k) && !v)),
    ),
  );
  if (!r.success) {
    const issues = zodIssues(r.error);
    throw new AppError("config.invalid", "bad_input", {
      vi: `Cấu hình không hợp lệ: ${issues.map((i) => `${i.field}: ${i.vi}`).join("; ")}`,
      en: `Invalid configuration: ${issues.map((i) => `${i.field}: ${i.en}`).join("; ")}`,
    });
  }
  const e = r.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.MOTCUA_DATA,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    secureCookies: e.MOTCUA_SECURE_COOKIES === "1",
    bodyLimit: e.MOTCUA_BODY_LIMIT,
    worker: e.MOTCUA_WORKER === "1",
    auditAnchorDir: e.MOTCUA_AUDIT_ANCHORS,
    auditAnchorKey: e.MOTCUA_AUDIT_ANCHOR_KEY,
    auditAnchorEverySec: e.MOTCUA_AUDIT_ANCHOR_EVERY,
    postalPollSec: e.MOTCUA_POSTAL_POLL_SECONDS,
    fsync: e.MOTCUA_FSYNC === "on",
    filesDir: e.MOTCUA_FILES,
    filesS3:
      e.MOTCUA_FILES_S3 && e.MOTCUA_FILES_S3_ACCESS_KEY && e.MOTCUA_FILES_S3_SECRET_KEY
        ? {
            endpoint: e.MOTCUA_FILES_S3,
            region: e.MOTCUA_FILES_S3_REGION,
            accessKey: e.MOTCUA_FILES_S3_ACCESS_KEY,
            // Named "secret" so the logger's redaction (REDACTED_PATHS) censors it.
            secret: e.MOTCUA_FILES_S3_SECRET_KEY,
          }
        : undefined,
    portal: {
      url: e.MOTCUA_PORTAL_URL,
      token: e.MOTCUA_PORTAL_TOKEN,
      inboundToken: e.MOTCUA_PORTAL_INBOUND_TOKEN,
      timeoutMs: e.MOTCUA_PORTAL_TIMEOUT_MS,
    },
    trustedProxies: trustedProxiesOf(e.MOTCUA_TRUSTED_PROXIES),
    demo: e.MOTCUA_DEMO === "1",
    signerP12: e.MOTCUA_SIGNER_P12
      ? {
          path: e.MOTCUA_SIGNER_P12,
          passphrase: passphraseOf(e.MOTCUA_SIGNER_P12_PASSWORD, e.MOTCUA_SIGNER_P12_PASSWORD_FILE),
        }
      : undefined,
  };
}

/** The signing identity's password: the file's first line, else the variable, else empty. */
function passphraseOf(value: string | undefined, file: string | undefined): () => string {
  if (!file) return () => value ?? "";
  return () => {
    try {
      return readFileSync(file, "utf8").split(/\r?\n/)[0];
    } catch {
      throw new AppError("config.invalid", "bad_input", {
        vi: "Cấu hình không hợp lệ: không đọc được tệp MOTCUA_SIGNER_P12_PASSWORD_FILE.",
        en: "Invalid configuration: cannot read the MOTCUA_SIGNER_P12_PASSWORD_FILE file.",
      });
    }
  };
}

function trustedProxiesOf(spec: string): TrustedProxies {
  try {
    return new TrustedProxies(spec);
  } catch (e) {
    throw new AppError("config.invalid", "bad_input", {
      vi: `Cấu hình không hợp lệ: ${(e as Error).message}`,
      en: `Invalid configuration: ${(e as Error).message}`,
    });
  }
}
