// Configuration from the environment, parsed once with zod; a bad value stops the start with a
// message naming the variable.
import { z } from "zod";
import { TrustedProxies } from "./client-address.ts";
import { AppError } from "./errors.ts";
import { zodIssues } from "./http.ts";

const schema = z.object({
  DATABASE_URL: z.string().url().optional(),
  MOTCUA_DATA: z.string().default("./data"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Set when served over HTTPS (cookies get the Secure flag). */
  MOTCUA_SECURE_COOKIES: z.enum(["0", "1"]).default("0"),
  MOTCUA_BODY_LIMIT: z.coerce.number().int().positive().default(1_048_576),
  MOTCUA_WORKER: z.enum(["0", "1"]).default("1"),
  /** Reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated. */
  MOTCUA_TRUSTED_PROXIES: z.string().default(""),
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
  trustedProxies: TrustedProxies;
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const r = schema.safeParse(env);
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
    trustedProxies: trustedProxiesOf(e.MOTCUA_TRUSTED_PROXIES),
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
