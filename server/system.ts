// The one composition root: builds every module's dependencies from the configuration and the
// handles given (store, clock, log). It opens nothing itself; the server (main.ts), the CLI
// (cli/modules.ts), the demo seeding, the benches and the tests (test-support.ts) all call it,
// so each runs the system wired the same way. Every port is plugged: signing is the configured
// identity, the demo's self-signed one only in demo mode, else a refusal.
import { type ComposeOptions, compose, type Modules } from "./compose.ts";
import { demoSignerFor } from "./modules/accountability/index.ts";
import { recordAll } from "./modules/audit/index.ts";
import { CalendarCache, type CalendarDeps } from "./modules/calendar/index.ts";
import {
  noSigner,
  p12Signer,
  type RemoteSigningService,
  remoteSigner,
  type SignerFor,
} from "./modules/documents/index.ts";
import {
  AgencyDirectory,
  authorize,
  type Commands,
  requireUser,
  type WithCommands,
} from "./modules/identity/index.ts";
import type { Clock } from "./platform/clock.ts";
import type { Config } from "./platform/config.ts";
import type { Db } from "./platform/db.ts";
import { createLogger, type Logger } from "./platform/logger.ts";

export interface SystemInput {
  config: Config;
  db: Db;
  clock: Clock;
  log?: Logger;
  /** Demo mode (npm start's demo, the simulators, the tests); also MOTCUA_DEMO=1. */
  demo?: boolean;
  /** The external systems and the file folder (the simulators in the demo). */
  options?: ComposeOptions;
  /** A remote signing service or HSM, when the deployment signs through one. */
  remoteSigning?: RemoteSigningService;
  /** How long the agency tree and calendars are cached, in ms (0 in tests: every read fresh). */
  cacheMs?: number;
}

/** How documents get signed: a configured identity, the demo's, or not at all. */
export type SigningMode = "p12" | "remote" | "demo" | "none";

export interface System {
  base: CalendarDeps & WithCommands;
  modules: Modules;
  signing: SigningMode;
}

export const NO_SIGNER_WARNING =
  "CẢNH BÁO: chưa cấu hình chữ ký số (MOTCUA_SIGNER_P12): hệ thống từ chối ký văn bản kết quả, " +
  "văn bản xin lỗi (Mẫu 04) và bản sao điện tử. / WARNING: no signing identity configured " +
  "(MOTCUA_SIGNER_P12): the system refuses to sign results, apology letters (Form 04) and " +
  "electronic certified copies.";

export function buildSystem(input: SystemInput): System {
  const { config, db, clock } = input;
  const log = input.log ?? createLogger(config.logLevel);
  const agencies = new AgencyDirectory(db, input.cacheMs);
  // The command helper's ports (server/platform/command.ts): who is signed in, the policy on the
  // agency tree, and the audit log written in the command's transaction.
  const commands: Commands = {
    db,
    clock,
    log,
    signedIn: requireUser,
    authorize: async (actor, action, agencyCode) =>
      authorize(actor, action, (await agencies.tree()).subtreeOf, agencyCode),
    audit: recordAll,
  };
  const base: CalendarDeps & WithCommands = {
    db,
    clock,
    log,
    config,
    agencies,
    calendars: new CalendarCache(db, input.cacheMs),
    commands,
  };
  const signing = signingOf(input);
  const modules = compose(base, { ...input.options, signerFor: signing.signerFor });
  return { base, modules, signing: signing.mode };
}

/**
 * The signing port from the configuration: a PKCS#12 identity (MOTCUA_SIGNER_P12) or a remote
 * service wins; demo mode without either signs with the demo's self-signed identities; otherwise
 * every signing action is refused.
 */
export function signingOf(
  input: Pick<SystemInput, "config" | "clock" | "demo" | "remoteSigning">,
): { mode: SigningMode; signerFor: SignerFor } {
  if (input.config.signerP12) return { mode: "p12", signerFor: p12Signer(input.config.signerP12) };
  if (input.remoteSigning) return { mode: "remote", signerFor: remoteSigner(input.remoteSigning) };
  if (input.demo || input.config.demo)
    return { mode: "demo", signerFor: demoSignerFor(input.clock) };
  return { mode: "none", signerFor: noSigner };
}
