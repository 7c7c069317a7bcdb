// What every action receives and returns.
import type { z } from "zod";
import type { Sql } from "../../../platform/db.ts";
import { AppError, type Messages } from "../../../platform/errors.ts";
import type { AuditEntry } from "../../audit/index.ts";
import type { Actor, AgencyTree } from "../../identity/index.ts";
import type { Held } from "../commit.ts";
import type { DossierDeps, FormNo, ProcedureInfo, WorkCalendar } from "../ports.ts";
import type { Dossier, NewEvent } from "../types.ts";

export interface ActionCtx {
  tx: Sql;
  actor: Actor;
  now: Date;
  deps: DossierDeps;
  /** The procedure version the dossier was received under. */
  procedure(d: Dossier): Promise<ProcedureInfo>;
  /** The working-time calendar of the competent agency. */
  calendar(d: Dossier): Promise<WorkCalendar>;
  tree: AgencyTree;
  /** The dossier was created earlier in this transaction (its projection and audit wait). */
  held?: Held;
  /** The change runs in a command: its audit records are collected here for the command to write. */
  audits?: AuditEntry[];
}

/** Loaded before the transaction: on PGlite (one connection) nothing may query the pool inside it. */
export interface Preloaded {
  tree: AgencyTree;
  calendar: WorkCalendar;
  procedure?: ProcedureInfo | null;
}

/** The calendar of the dossier's competent agency and the agency tree, read outside the
 * transaction, or through a command's transaction (`sql`) when the change runs in one. */
export async function preload(
  deps: DossierDeps,
  agencyCode: string,
  procedure?: ProcedureInfo | null,
  sql: Sql = deps.db,
): Promise<Preloaded> {
  const tree = await deps.agencies.tree(sql);
  const calendar = await deps.calendarFor(sql, agencyCode);
  return { tree, calendar, procedure };
}

export interface Outcome {
  after: Dossier;
  events: NewEvent[];
  audit: string;
  details?: Record<string, unknown>;
  warning?: Messages;
  /** A form to generate with this change (Circular 03/2025 Appendix I). */
  form?: FormNo;
}

export interface ActionDef<B> {
  body: z.ZodType<B>;
  apply(ctx: ActionCtx, d: Dossier, body: B): Promise<Outcome>;
}

export function makeCtx(
  tx: Sql,
  actor: Actor,
  now: Date,
  deps: DossierDeps,
  pre: Preloaded,
): ActionCtx {
  const procs = new Map<string, ProcedureInfo>();
  if (pre.procedure) procs.set(`${pre.procedure.code}@${pre.procedure.version}`, pre.procedure);
  return {
    tx,
    actor,
    now,
    deps,
    async procedure(d) {
      const key = `${d.procedureCode}@${d.procedureVersion}`;
      const hit = procs.get(key);
      if (hit) return hit;
      const p = await deps.procedures(
        tx,
        d.procedureCode,
        d.procedureVersion != null
          ? { version: d.procedureVersion }
          : { at: d.receivedAt ?? d.submittedAt },
      );
      if (!p) throw unknownProcedure(d.procedureCode);
      procs.set(key, p);
      return p;
    },
    calendar: async () => pre.calendar,
    tree: pre.tree,
  };
}

export function unknownProcedure(code: string): AppError {
  return new AppError("dossiers.unknown_procedure", "unprocessable", {
    vi: `Không có thủ tục hành chính mã ${code} trong danh mục.`,
    en: `No administrative procedure ${code} in the catalogue.`,
  });
}
