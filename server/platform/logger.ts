import { pino } from "pino";

export type Logger = pino.Logger;

/** Structured JSON logs (one line per event), with request ids added by the HTTP layer. */
export function createLogger(level = "info"): Logger {
  return pino({ level, base: { app: "motcua" }, timestamp: pino.stdTimeFunctions.isoTime });
}
