// Intake at a counter, by post, or online (the national portal's inbound dossiers and Motcua's
// citizen pages use the same path): the dossier is created "submitted" with its code, routed to the
// competent agency; at a counter the reception decision follows in the same transaction.
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { intakeBody } from "../../../shared/contracts/dossier-actions.ts";
import type { Sql } from "../../platform/db.ts";
import { badInput } from "../../platform/errors.ts";
import type { Actor, AgencyTree } from "../identity/index.ts";
import { makeCtx, preload, unknownProcedure } from "./actions/context.ts";
import type { Units } from "./assignment.ts";
import { attachUploads, resolveComponents } from "./attach.ts";
import { nextCode } from "./code.ts";
import { commit, type Held } from "./commit.ts";
import { intakeAssignee } from "./intake-assignee.ts";
import { withPopulationData } from "./population-data.ts";
import type { DossierDeps, ProcedureInfo } from "./ports.ts";
import { newSecret } from "./record.ts";
import { competentAgency } from "./routing.ts";
import { type ActionResult, applyAction, type InCommand } from "./run.ts";
import { applicantIdIssue } from "./schemas.ts";
import type { Dossier } from "./types.ts";

export { intakeBody };
export type IntakeInput = z.infer<typeof intakeBody>;

/** The competent agency: the one given (must be the procedure's), the only one, or the applicant's commune's. */
export function routeAgency(
  proc: ProcedureInfo,
  input: Pick<IntakeInput, "agency" | "receivingUnit"> & { applicant: { communeCode?: string } },
  tree: AgencyTree,
): string {
  const known = (c: string) => tree.byCode.has(c);
  const allowed = proc.agencies.filter(known);
  if (input.agency) return competentAgency(proc, input.agency, tree);
  if (allowed.length === 1) return allowed[0];
  // The applicant's commune, else the receiving unit when it is itself competent.
  for (const near of [input.applicant.communeCode, input.receivingUnit]) {
    const match = near
      ? allowed.find((a) => a === near || tree.subtreeOf(a).includes(near))
      : undefined;
    if (match) return match;
  }
  throw badInput(
    "dossiers.agency_required",
    "agency",
    `thủ tục ${proc.code} do nhiều đơn vị thực hiện (${allowed.join(", ")}): cần chọn đơn vị hoặc nêu xã/phường của người nộp (applicant.communeCode)`,
    `procedure ${proc.code} is handled by several agencies (${allowed.join(", ")}): give the agency or the applicant's commune (applicant.communeCode)`,
  );
}

export interface IntakeOptions {
  /** Fields set by the channel the dossier came through (the portal: synchronised, paid online). */
  patch?: Partial<Pick<Dossier, "syncedToPortal" | "paidOnline" | "fees" | "submittedAt">>;
  /** Runs in the intake's transaction once the dossier is stored (e.g. the portal's code mapping). */
  within?: (tx: Sql, d: Dossier) => Promise<void>;
  /** The intake runs in a command (the counter's route): its reads and writes go through the
   * command's transaction, with its clock reading; the audit records are collected for it. */
  command?: InCommand;
}

export async function createDossier(
  deps: DossierDeps,
  actor: Actor,
  input: IntakeInput,
  opts: IntakeOptions = {},
): Promise<ActionResult> {
  const sql = opts.command?.tx ?? deps.db;
  const tree = await deps.agencies.tree(sql);
  const now = opts.command?.now ?? deps.clock.now();
  if (input.decision && input.channel === 2)
    throw badInput(
      "dossiers.online_decision",
      "decision",
      "hồ sơ trực tuyến được tiếp nhận sau khi nộp",
      "an online dossier is received after it is submitted",
    );
  const idIssue = applicantIdIssue(input.applicant);
  if (idIssue)
    throw badInput("dossiers.bad_applicant_id", "applicant.idNumber", idIssue.vi, idIssue.en);
  // The personal data store is the person's own, found by their 12-digit personal ID.
  if (input.applicant.resultToPersonalStore && !/^[0-9]{12}$/.test(input.applicant.idNumber ?? ""))
    throw badInput(
      "dossiers.personal_store_needs_id",
      "applicant.idNumber",
      "nhận kết quả vào kho dữ liệu cá nhân cần số định danh cá nhân 12 chữ số của người nộp",
      "receiving the result in the personal data store needs the applicant's 12-digit personal ID",
    );
  // The postman needs where to go and whom to call (Decision 45/2016/QĐ-TTg).
  if (input.applicant.resultByPost && !(input.applicant.address && input.applicant.phone))
    throw badInput(
      "dossiers.post_needs_address",
      input.applicant.address ? "applicant.phone" : "applicant.address",
      "nhận kết quả qua bưu chính cần địa chỉ và số điện thoại của người nộp",
      "receiving the result by post needs the applicant's address and phone number",
    );
  const proc = await deps.procedures(
    sql,
    input.procedure,
    input.procedureVersion ? { version: input.procedureVersion } : { at: now },
  );
  if (!proc) throw unknownProcedure(input.procedure);
  const agencyCode = routeAgency(proc, input, tree);
  const receivingUnit =
    input.receivingUnit ?? (input.channel === 2 ? agencyCode : (actor.activeAgency ?? undefined));
  if (!receivingUnit)
    throw badInput(
      "dossiers.receiving_unit_required",
      "receivingUnit",
      "cần mã đơn vị tiếp nhận",
      "the receiving unit is required",
    );
  if (!tree.byCode.has(receivingUnit))
    throw badInput(
      "dossiers.unknown_agency",
      "receivingUnit",
      `không có đơn vị ${receivingUnit}`,
      `no agency ${receivingUnit}`,
    );
  const pre = await preload(deps, agencyCode, proc, sql);
  const decision = await pickedForReception(sql, tree, { agencyCode, receivingUnit }, proc, input);
  const audits = opts.command?.audits;
  return inTransaction(deps, opts.command, async (tx) => {
    const { components: handedIn, reused } = await resolveComponents(
      tx,
      actor,
      input.applicant,
      input.components,
      proc.components,
    );
    const fromPopulation = input.populationLookup
      ? await checkPopulationLookup(deps, tx, input.populationLookup, input.applicant.idNumber, now)
      : false;
    // Only a verified look-up replaces papers; a claimed populationDb flag does not.
    const components = fromPopulation ? withPopulationData(proc, handedIn) : handedIn;
    const d: Dossier = {
      id: randomUUID(),
      code: await nextCode(tx, receivingUnit, now),
      procedureCode: proc.code,
      procedureVersion: proc.version,
      agencyCode,
      receivingUnit,
      channel: input.channel,
      applicant: input.applicant,
      status: 1,
      state: "submitted",
      resumeState: null,
      submittedAt: now,
      receivedAt: null,
      dueAt: null,
      extendedDueAt: null,
      finishedAt: null,
      pausedMinutes: 0,
      currentStep: null,
      supplementRequests: 0,
      completionRequests: 0,
      version: 0,
      eventSeq: 0,
      paidOnline: 0,
      vneidVerified: input.vneidVerified,
      populationDb: input.populationDb || fromPopulation,
      syncedToPortal: false,
      fullOnline: false,
      result: null,
      resultPushedToPersonalStore: false,
      components,
      fees: proc.fees,
      formData: input.formData,
      feedback: { complaint: false, reaction: null },
      secret: newSecret(),
      updatedAt: now,
      ...opts.patch,
    };
    // With a reception decision at the counter, the creation is projected and audited with it.
    const held: Held | undefined = input.decision ? { audits: [], events: [] } : undefined;
    const created = await commit(
      tx,
      actor,
      now,
      deps.projectors ?? [],
      {
        before: null,
        after: d,
        events: [
          {
            type: "submitted",
            at: now,
            data: { channel: input.channel, receivingUnit, ...(reused.length ? { reused } : {}) },
          },
        ],
        audit: "dossier.submitted",
      },
      { hold: held, audits },
    );
    await attachUploads(tx, actor, deps.clock, created, reused);
    await opts.within?.(tx, created);
    if (!decision) return { dossier: created };
    const { action, ...rest } = decision;
    return applyAction({ ...makeCtx(tx, actor, now, deps, pre), held, audits }, created, action, {
      ...rest,
      version: created.version,
    });
  });
}

/** Received on the spot: the first handling step goes to a person of its unit (intake-assignee.ts). */
async function pickedForReception(
  sql: Sql,
  tree: AgencyTree,
  units: Units,
  proc: ProcedureInfo,
  input: IntakeInput,
): Promise<IntakeInput["decision"]> {
  const decision = input.decision;
  if (decision?.action !== "receive") return decision;
  const picked = decision.assignee as { id: string } | undefined;
  const assignee = await intakeAssignee(sql, tree, units, proc, picked);
  return assignee ? { ...decision, assignee } : decision;
}

async function checkPopulationLookup(
  deps: DossierDeps,
  tx: Parameters<DossierDeps["populationLookup"]>[0],
  token: string,
  idNumber: string | undefined,
  now: Date,
): Promise<true> {
  if (await deps.populationLookup(tx, token, idNumber, now)) return true;
  throw badInput(
    "dossiers.population_lookup",
    "populationLookup",
    "không có lượt tra cứu Cơ sở dữ liệu quốc gia về dân cư này cho số định danh của người nộp",
    "no population-database look-up of this applicant's personal ID",
  );
}

/** The command's transaction when the intake runs in one, else a transaction of its own. */
function inTransaction<T>(
  deps: DossierDeps,
  command: InCommand | undefined,
  fn: (tx: Sql) => Promise<T>,
): Promise<T> {
  return command ? fn(command.tx) : deps.db.transaction(fn);
}
