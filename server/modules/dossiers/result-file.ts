// The signed result document (Decree 45/2020/NĐ-CP Art. 20; Circular 01/2023/TT-VPCP): the leader
// uploads the PDF, it is checked by content, signed with the agency's signing identity, stored
// and recorded; issue-result then refers to it by its SHA-256.

import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";
import { type AuditEntry, record } from "../audit/index.ts";
import {
  detectMediaType,
  insertDocument,
  listDocuments,
  MEDIA,
  signPdf,
  verifyPdf,
} from "../documents/index.ts";
import type { Actor } from "../identity/index.ts";
import { ensureMay, ensureVisible } from "./access.ts";
import type { DossierDeps } from "./ports.ts";
import { getDossier } from "./store.ts";

/** Largest result document accepted, in bytes. */
export const RESULT_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** States in which the result may be signed: awaiting or after the leader's approval. */
const SIGNABLE = new Set(["approval", "approved"]);

export interface SignedResult {
  sha256: string;
  size: number;
  signer: { name: string; certificate: string; demo: boolean };
  signedAt: string;
}

export function tooLarge(size: number) {
  return new AppError("dossiers.result_file_too_large", "too_large", {
    vi: `Văn bản kết quả có ${size} byte, vượt giới hạn ${RESULT_FILE_MAX_BYTES} byte.`,
    en: `The result document has ${size} bytes, over the ${RESULT_FILE_MAX_BYTES}-byte limit.`,
  });
}

/** Signs and stores the result document inside a command's transaction (`tx`, its clock reading
 * `now`); returns the answer and the audit record for the command to write. */
export async function signResultFile(
  deps: DossierDeps,
  { tx, now }: { tx: Sql; now: Date },
  actor: Actor,
  code: string,
  bytes: Uint8Array,
  meta: { declaredName: string; declaredType?: string },
): Promise<{ answer: SignedResult; audit: AuditEntry }> {
  const { clock, files, signerFor } = deps;
  const tree = await deps.agencies.tree(tx);
  const d = await getDossier(tx, code);
  const agencies = await ensureVisible(tx, actor, tree.subtreeOf, d, ["dossier.approve"]);
  ensureMay(actor, tree.subtreeOf, agencies, ["dossier.approve"], d.code);
  if (!SIGNABLE.has(d.state))
    throw new AppError("dossiers.result_not_signable", "conflict", {
      vi: `Hồ sơ ${d.code} chưa được trình hoặc đã ban hành kết quả (trạng thái "${d.state}"); chỉ ký văn bản kết quả khi hồ sơ chờ hoặc đã phê duyệt.`,
      en: `Dossier ${d.code} is not awaiting or past approval (state "${d.state}"); the result is signed only then.`,
    });
  if (bytes.length > RESULT_FILE_MAX_BYTES) throw tooLarge(bytes.length);
  const real = detectMediaType(bytes);
  if (bytes.length > 0 && real !== MEDIA.pdf)
    throw new AppError("dossiers.result_not_pdf", "unsupported", {
      vi: `Văn bản kết quả "${meta.declaredName}" phải là tệp PDF, nội dung tệp là ${real}.`,
      en: `The result document "${meta.declaredName}" must be a PDF; its content is ${real}.`,
    });
  const agencyName = tree.byCode.get(d.agencyCode)?.name ?? d.agencyCode;
  // The files are written inside the command's transaction: the store is content-addressed, so a
  // file left by a rolled-back transaction is a harmless orphan.
  // The agency's signer first: without a configured one nothing is stored.
  const identity = await signerFor(tx, d.agencyCode, agencyName);
  // The file store checks the upload by content (empty, size, declared type against the bytes).
  const original = await files.put(bytes, meta);
  const signed = await signPdf(
    bytes,
    identity,
    `Ban hành kết quả giải quyết hồ sơ ${d.code}`,
    agencyName,
    { name: actor.fullName, clock },
  );
  const check = await verifyPdf(signed);
  const certificate = check.signer.commonName;
  const stored = await files.put(signed, {
    declaredName: `${d.code}-ket-qua.pdf`,
    declaredType: MEDIA.pdf,
  });
  await insertDocument(
    tx,
    {
      dossierId: d.id,
      kind: "result",
      fileName: `${d.code}-ket-qua.pdf`,
      sha256: stored.sha256,
      mediaType: stored.mediaType,
      size: stored.size,
      signer: [certificate, check.signer.organisation].filter(Boolean).join(", "),
      createdBy: actor.userId ?? actor.username,
    },
    clock,
  );
  return {
    answer: {
      sha256: stored.sha256,
      size: stored.size,
      signer: { name: actor.fullName, certificate, demo: identity.demo },
      signedAt: now.toISOString(),
    },
    audit: {
      action: "dossier.result_signed",
      subjectType: "dossier",
      subjectId: d.code,
      agencyCode: d.agencyCode,
      details: {
        sha256: stored.sha256,
        size: stored.size,
        uploadedSha256: original.sha256,
        certificate,
        demo: identity.demo,
      },
    },
  };
}

/** A signed result document of the dossier, for an actor who may see the dossier. */
export async function readResultFile(
  deps: DossierDeps,
  actor: Actor,
  code: string,
  sha256: string,
): Promise<{ code: string; pdf: Uint8Array }> {
  const { db, clock, files } = deps;
  const tree = await deps.agencies.tree();
  const d = await getDossier(db, code);
  await ensureVisible(db, actor, tree.subtreeOf, d);
  const docs = [
    ...(await listDocuments(db, d.id, "result")),
    ...(await listDocuments(db, d.id, "draft_result")),
  ];
  if (!docs.some((x) => x.sha256 === sha256))
    throw new AppError("dossiers.result_file_not_found", "not_found", {
      vi: `Hồ sơ ${d.code} không có văn bản kết quả ${sha256}.`,
      en: `Dossier ${d.code} has no result document ${sha256}.`,
    });
  const pdf = await files.get(sha256);
  // The result names the applicant: reading it is audited (Decree 13/2023/NĐ-CP).
  await db.transaction((tx) =>
    record(tx, actor, clock.now(), {
      action: "personal_data.read",
      subjectType: "dossier",
      subjectId: d.code,
      agencyCode: d.agencyCode,
      details: { resultFile: sha256 },
    }),
  );
  return { code: d.code, pdf };
}
