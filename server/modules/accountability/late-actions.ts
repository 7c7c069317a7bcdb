// The late-dossier use cases: the officer drafts the explanation (the system drafts Form 04 with
// it); the head approves and signs Form 04, which sets the new appointment once.
import type { z } from "zod";
import type { approveBody, explanationBody } from "../../../shared/contracts/accountability.ts";
import { AppError, badInput, conflict } from "../../platform/errors.ts";
import { record } from "../audit/index.ts";
import { insertDocument } from "../documents/index.ts";
import { type Dossier, findDossier, headPosition, listSteps } from "../dossiers/index.ts";
import { type Action, type Actor, authorize, inScope, scopeFor } from "../identity/index.ts";
import { type AccountabilityDeps, procedureName } from "./deps.ts";
import {
  alreadyExtended,
  type Explanation,
  findExplanation,
  markSigned,
  saveDraft,
} from "./explanations.ts";
import { isLate } from "./facts.ts";
import { draftForm04, type Form04Facts, signedForm04 } from "./form04.ts";
import { endOfDossier } from "./late-state.ts";
import { apologyText } from "./messages.ts";
import { notify } from "./notifications.ts";
import { refreshWarnings, watchDepsOf } from "./projector.ts";

const missing = (code: string) =>
  new AppError("accountability.dossier_not_found", "not_found", {
    vi: `Không tìm thấy hồ sơ ${code}.`,
    en: `No dossier ${code}.`,
  });

/** The dossier, if the actor holds `action` over its agency (404 otherwise: not disclosed). */
export async function dossierFor(
  deps: AccountabilityDeps,
  actor: Actor,
  code: string,
  actions: Action[],
) {
  const tree = await deps.agencies.tree();
  authorize(actor, actions[0], tree.subtreeOf);
  const d = await findDossier(deps.db, code);
  if (!d) throw missing(code);
  const agencies = [d.agencyCode, d.receivingUnit];
  const ok = actions.some((a) =>
    agencies.some((c) => inScope(scopeFor(actor, a, tree.subtreeOf), c)),
  );
  if (!ok && actor.kind !== "system") throw missing(code);
  return { d, tree };
}

function notReceived(d: Dossier) {
  return conflict("accountability.not_received", {
    vi: `Hồ sơ ${d.code} chưa được tiếp nhận, chưa có ngày hẹn trả: không có gì để giải trình.`,
    en: `Dossier ${d.code} has not been received and has no appointment: nothing to explain.`,
  });
}

export async function draftExplanation(
  deps: AccountabilityDeps,
  actor: Actor,
  code: string,
  body: z.infer<typeof explanationBody>,
): Promise<Explanation> {
  const now = deps.clock.now();
  const { d, tree } = await dossierFor(deps, actor, code, ["late.explain"]);
  if (!d.receivedAt || !d.dueAt) throw notReceived(d);
  const end = await endOfDossier(deps.db, d);
  const prior = await findExplanation(deps.db, d.id);
  if (prior?.status === "signed") throw alreadyExtended(d.code, prior.newDueAt);
  if (end && !isLate(d, end, now))
    throw conflict("accountability.not_late", {
      vi: `Hồ sơ ${d.code} đã giải quyết đúng hạn: không cần giải trình.`,
      en: `Dossier ${d.code} was handled on time: no explanation is needed.`,
    });
  if (body.proposedDueAt <= d.dueAt || body.proposedDueAt <= now)
    throw badInput(
      "accountability.bad_new_date",
      "proposedDueAt",
      "hẹn mới phải sau ngày hẹn cũ và sau thời điểm hiện tại",
      "the new date must follow the original appointment and the present",
    );
  const steps = await listSteps(deps.db, d.id);
  const step = body.responsibleStep
    ? steps.find((s) => s.seq === body.responsibleStep)
    : (steps.find((s) => !s.doneAt) ?? steps.filter((s) => s.result === "late").pop());
  if (body.responsibleStep && !step)
    throw badInput(
      "accountability.unknown_step",
      "responsibleStep",
      `hồ sơ không có bước số ${body.responsibleStep}`,
      `the dossier has no hand-over ${body.responsibleStep}`,
    );
  const facts: Form04Facts = {
    d,
    tree,
    procedureName: await procedureName(deps, deps.db, d.procedureCode, d.procedureVersion),
    reason: body.reason,
    originalDueAt: d.dueAt,
    newDueAt: body.proposedDueAt,
    now,
    signerName: null,
    position: headPosition(tree.byCode.get(d.agencyCode)?.name ?? ""),
  };
  const draft = await draftForm04(deps.files, facts);
  return deps.db.transaction(async (tx) => {
    const x = await saveDraft(tx, {
      dossierId: d.id,
      dossierCode: d.code,
      agencyCode: d.agencyCode,
      reason: body.reason,
      responsibleStep: step?.seq ?? null,
      responsibleStepName: step?.name ?? null,
      responsibleName: body.responsibleName ?? step?.assigneeName ?? actor.fullName,
      originalDueAt: d.dueAt!,
      proposedDueAt: body.proposedDueAt,
      draftedBy: actor.userId ?? actor.username,
      draftedByName: actor.fullName,
      draftedAt: now,
      draftSha256: draft.sha256,
    });
    // The head answers for the explanation and signs the apology: tell every head of the agency.
    await notify(tx, now, [
      {
        audience: "role",
        role: "head",
        agencyCode: d.agencyCode,
        dossierCode: d.code,
        kind: "explanation",
        vi: `Hồ sơ ${d.code} trễ hạn: đã có báo cáo giải trình, chờ thủ trưởng duyệt và ký văn bản xin lỗi (Mẫu 04).`,
        en: `Dossier ${d.code} is late: an explanation awaits the head's approval and the signed apology (Form 04).`,
      },
    ]);
    await record(tx, actor, now, {
      action: "late.explanation_drafted",
      subjectType: "dossier",
      subjectId: d.code,
      agencyCode: d.agencyCode,
      details: {
        step: x.responsibleStep,
        proposedDueAt: body.proposedDueAt.toISOString(),
        draft: draft.sha256,
      },
    });
    return x;
  });
}

export async function signApology(
  deps: AccountabilityDeps,
  actor: Actor,
  code: string,
  body: z.infer<typeof approveBody>,
): Promise<Explanation> {
  const now = deps.clock.now();
  const { d, tree } = await dossierFor(deps, actor, code, ["late.approve"]);
  const x = await findExplanation(deps.db, d.id);
  if (!x)
    throw conflict("accountability.no_explanation", {
      vi: `Hồ sơ ${d.code} chưa có báo cáo giải trình: cán bộ xử lý cần lập trước khi thủ trưởng ký.`,
      en: `Dossier ${d.code} has no explanation yet: the handling officer drafts it before the head signs.`,
    });
  if (x.status === "signed") throw alreadyExtended(d.code, x.newDueAt);
  if (x.version !== body.version) throw stale(d.code, body.version, x.version);
  const newDueAt = body.newDueAt ?? x.proposedDueAt;
  if (newDueAt <= x.originalDueAt || newDueAt <= now)
    throw badInput(
      "accountability.bad_new_date",
      "newDueAt",
      "hẹn mới phải sau ngày hẹn cũ và sau thời điểm hiện tại",
      "the new date must follow the original appointment and the present",
    );
  const agencyName = tree.byCode.get(d.agencyCode)?.name ?? d.agencyCode;
  const facts: Form04Facts = {
    d,
    tree,
    procedureName: await procedureName(deps, deps.db, d.procedureCode, d.procedureVersion),
    reason: x.reason,
    originalDueAt: x.originalDueAt,
    newDueAt,
    now,
    signerName: actor.fullName,
    position: body.position ?? headPosition(agencyName),
  };
  // One transaction for the change and its audit record. Form 04 is stored inside it: the store
  // is content-addressed, so a file left by a rolled-back transaction is a harmless orphan.
  return deps.db.transaction(async (tx) => {
    const signer = await deps.signerFor(tx, d.agencyCode, agencyName);
    const file = await signedForm04(deps.files, facts, signer, deps.clock);
    const by = actor.userId ?? actor.username;
    const signed = await markSigned(tx, d.id, x.version, {
      newDueAt,
      sha256: file.sha256,
      by,
      byName: actor.fullName,
      at: now,
    });
    if (!signed) {
      const cur = await findExplanation(tx, d.id);
      if (cur?.status === "signed") throw alreadyExtended(d.code, cur.newDueAt);
      throw stale(d.code, x.version, cur?.version ?? x.version);
    }
    await insertDocument(
      tx,
      {
        dossierId: d.id,
        kind: "form",
        formNo: "04",
        fileName: `${d.code}-mau-04.pdf`,
        sha256: file.sha256,
        mediaType: file.mediaType,
        size: file.size,
        signer: `${actor.fullName}, ${agencyName}`,
        createdBy: by,
      },
      deps.clock,
    );
    // A dossier still being handled gets the new appointment on its record (set once); one
    // already finished late keeps its explanation and apology only.
    if (d.finishedAt === null)
      await deps.extendAppointment(tx, actor, now, d.code, {
        originalDueAt: x.originalDueAt,
        newDueAt,
        reason: x.reason,
        form04Sha256: file.sha256,
      });
    const text = apologyText(d.code, newDueAt);
    await notify(tx, now, [
      { audience: "applicant", channel: d.channel, dossierCode: d.code, kind: "apology", ...text },
    ]);
    await refreshWarnings(tx, d, watchDepsOf(deps));
    await record(tx, actor, now, {
      action: "late.apology_signed",
      subjectType: "dossier",
      subjectId: d.code,
      agencyCode: d.agencyCode,
      details: {
        originalDueAt: x.originalDueAt.toISOString(),
        newDueAt: newDueAt.toISOString(),
        form04: file.sha256,
        demoSignature: signer.demo,
      },
    });
    return signed;
  });
}

function stale(code: string, given: number, current: number) {
  return conflict(
    "accountability.stale_explanation",
    {
      vi: `Báo cáo giải trình của hồ sơ ${code} đã được sửa (phiên bản ${current}, bạn gửi ${given}). Hãy tải lại rồi ký.`,
      en: `The explanation of dossier ${code} changed (version ${current}, you sent ${given}). Reload it, then sign.`,
    },
    { currentVersion: current },
  );
}
