// The handling officer's draft of the result document (a PDF, checked by content, not signed):
// stored with the dossier so the leader reads it before approving and signing.

import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";
import type { AuditEntry } from "../audit/index.ts";
import { detectMediaType, insertDocument, MEDIA } from "../documents/index.ts";
import type { Actor } from "../identity/index.ts";
import { ensureMay, ensureVisible } from "./access.ts";
import type { DossierDeps } from "./ports.ts";
import { RESULT_FILE_MAX_BYTES, tooLarge } from "./result-file.ts";
import { getDossier } from "./store.ts";

/** A draft is attached while the dossier is handled or awaits approval. */
const DRAFTABLE = new Set(["handling", "approval"]);

/** Stores the draft inside a command's transaction; returns the answer and the audit record for
 * the command to write. */
export async function storeDraftResult(
  deps: DossierDeps,
  tx: Sql,
  actor: Actor,
  code: string,
  bytes: Uint8Array,
  declaredName: string,
): Promise<{ answer: { sha256: string; size: number; fileName: string }; audit: AuditEntry }> {
  const { clock, files } = deps;
  const tree = await deps.agencies.tree(tx);
  const d = await getDossier(tx, code);
  const agencies = await ensureVisible(tx, actor, tree.subtreeOf, d, ["dossier.handle"]);
  ensureMay(actor, tree.subtreeOf, agencies, ["dossier.handle"], d.code);
  if (!DRAFTABLE.has(d.state))
    throw new AppError("dossiers.draft_not_allowed", "conflict", {
      vi: `Hồ sơ ${d.code} không ở bước xử lý hoặc chờ phê duyệt (trạng thái "${d.state}"): không đính kèm dự thảo kết quả.`,
      en: `Dossier ${d.code} is not being handled or awaiting approval (state "${d.state}"): no draft result can be attached.`,
    });
  if (bytes.length > RESULT_FILE_MAX_BYTES) throw tooLarge(bytes.length);
  const real = detectMediaType(bytes);
  if (real !== MEDIA.pdf)
    throw new AppError("dossiers.result_not_pdf", "unsupported", {
      vi: `Dự thảo kết quả "${declaredName}" phải là tệp PDF, nội dung tệp là ${real}.`,
      en: `The draft result "${declaredName}" must be a PDF; its content is ${real}.`,
    });
  // Written inside the transaction: the store is content-addressed, an orphan is harmless.
  const stored = await files.put(bytes, { declaredName, declaredType: MEDIA.pdf });
  const fileName = `${d.code}-du-thao-ket-qua.pdf`;
  await insertDocument(
    tx,
    {
      dossierId: d.id,
      kind: "draft_result",
      fileName,
      sha256: stored.sha256,
      mediaType: stored.mediaType,
      size: stored.size,
      createdBy: actor.userId ?? actor.username,
    },
    clock,
  );
  return {
    answer: { sha256: stored.sha256, size: stored.size, fileName },
    audit: {
      action: "dossier.result_drafted",
      subjectType: "dossier",
      subjectId: d.code,
      agencyCode: d.agencyCode,
      details: { sha256: stored.sha256, size: stored.size },
    },
  };
}
