// The officer drafts the explanation of a late dossier; the system drafts Form 04 with it
// (Circular 03/2025/TT-VPCP, Appendix I) and tells the agency's heads. Runs in the command's
// transaction; the audit record is returned for the command to write.
import type { z } from "zod";
import type { explanationBody } from "../../../shared/contracts/accountability.ts";
import { badInput, conflict } from "../../platform/errors.ts";
import { headPosition, listSteps } from "../dossiers/index.ts";
import { type AccountabilityDeps, procedureName } from "./deps.ts";
import { alreadyExtended, findExplanation, saveDraft } from "./explanations.ts";
import { isLate } from "./facts.ts";
import { draftForm04 } from "./form04.ts";
import { dossierInScope, type LateOutcome, type LateStep, notReceived } from "./late-actions.ts";
import { endOfDossier } from "./late-state.ts";
import { notify } from "./notifications.ts";

export async function draftExplanation(
  deps: AccountabilityDeps,
  step: LateStep,
  code: string,
  body: z.infer<typeof explanationBody>,
): Promise<LateOutcome> {
  const { tx, actor, now } = step;
  const { d, tree } = await dossierInScope(deps, step, code);
  if (!d.receivedAt || !d.dueAt) throw notReceived(d);
  const end = await endOfDossier(tx, d);
  const prior = await findExplanation(tx, d.id);
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
  const steps = await listSteps(tx, d.id);
  const responsible = body.responsibleStep
    ? steps.find((s) => s.seq === body.responsibleStep)
    : (steps.find((s) => !s.doneAt) ?? steps.filter((s) => s.result === "late").pop());
  if (body.responsibleStep && !responsible)
    throw badInput(
      "accountability.unknown_step",
      "responsibleStep",
      `hồ sơ không có bước số ${body.responsibleStep}`,
      `the dossier has no hand-over ${body.responsibleStep}`,
    );
  // The draft is stored inside the transaction: the store is content-addressed, so a file left
  // by a rolled-back transaction is a harmless orphan, and a committed draft always has its file.
  const draft = await draftForm04(deps.files, {
    d,
    tree,
    procedureName: await procedureName(deps, tx, d.procedureCode, d.procedureVersion),
    reason: body.reason,
    originalDueAt: d.dueAt,
    newDueAt: body.proposedDueAt,
    now,
    signerName: null,
    position: headPosition(tree.byCode.get(d.agencyCode)?.name ?? ""),
  });
  const x = await saveDraft(tx, {
    dossierId: d.id,
    dossierCode: d.code,
    agencyCode: d.agencyCode,
    reason: body.reason,
    responsibleStep: responsible?.seq ?? null,
    responsibleStepName: responsible?.name ?? null,
    responsibleName: body.responsibleName ?? responsible?.assigneeName ?? actor.fullName,
    originalDueAt: d.dueAt,
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
  return {
    answer: x,
    audit: {
      action: "late.explanation_drafted",
      subjectType: "dossier",
      subjectId: d.code,
      agencyCode: d.agencyCode,
      details: {
        step: x.responsibleStep,
        proposedDueAt: body.proposedDueAt.toISOString(),
        draft: draft.sha256,
      },
    },
  };
}
