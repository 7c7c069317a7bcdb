// The head approves the explanation and signs the apology (Form 04, Circular 03/2025/TT-VPCP,
// Appendix I), which sets the new appointment once. Runs in the command's transaction; the audit
// record is returned for the command to write after the change.
import type { z } from "zod";
import type { approveBody } from "../../../shared/contracts/accountability.ts";
import { badInput, conflict } from "../../platform/errors.ts";
import { insertDocument } from "../documents/index.ts";
import { headPosition } from "../dossiers/index.ts";
import { type AccountabilityDeps, procedureName } from "./deps.ts";
import { alreadyExtended, findExplanation, markSigned } from "./explanations.ts";
import { signedForm04 } from "./form04.ts";
import { dossierInScope, type LateOutcome, type LateStep, stale } from "./late-actions.ts";
import { apologyText } from "./messages.ts";
import { notify } from "./notifications.ts";
import { refreshWarnings, watchDepsOf } from "./projector.ts";

export async function signApology(
  deps: AccountabilityDeps,
  step: LateStep,
  code: string,
  body: z.infer<typeof approveBody>,
): Promise<LateOutcome> {
  const { tx, actor, now } = step;
  const { d, tree } = await dossierInScope(deps, step, code);
  const x = await findExplanation(tx, d.id);
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
  // Signed and stored inside the transaction, not after it: a committed signature always has its
  // signed letter, and a refused or failed signature leaves nothing signed. The store is
  // content-addressed, so a file left by a rolled-back transaction is a harmless orphan.
  const signer = await deps.signerFor(tx, d.agencyCode, agencyName);
  const file = await signedForm04(
    deps.files,
    {
      d,
      tree,
      procedureName: await procedureName(deps, tx, d.procedureCode, d.procedureVersion),
      reason: x.reason,
      originalDueAt: x.originalDueAt,
      newDueAt,
      now,
      signerName: actor.fullName,
      position: body.position ?? headPosition(agencyName),
    },
    signer,
    deps.clock,
  );
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
  return {
    answer: signed,
    audit: {
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
    },
  };
}
