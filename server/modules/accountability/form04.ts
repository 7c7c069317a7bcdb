// Form 04 (Circular 03/2025/TT-VPCP, Appendix I: apology and request to extend the handling time)
// drafted from the dossier's data, then signed with the agency's identity and stored.
import type { Clock } from "../../platform/clock.ts";
import type { Sql } from "../../platform/db.ts";
import {
  type AgencySigner,
  type FileStore,
  type Form04Input,
  renderForm,
  signPdf,
} from "../documents/index.ts";
import type { Dossier } from "../dossiers/index.ts";
import type { AgencyTree } from "../identity/index.ts";

export interface Form04Facts {
  d: Dossier;
  tree: AgencyTree;
  procedureName: string;
  reason: string;
  originalDueAt: Date;
  newDueAt: Date;
  now: Date;
  /** Null for the system's draft (before the head signs). */
  signerName: string | null;
  position: string;
}

const nameOf = (tree: AgencyTree, code: string) => tree.byCode.get(code)?.name ?? code;

export function form04Data(f: Form04Facts): Form04Input {
  const { d, tree } = f;
  const agency = tree.byCode.get(d.agencyCode);
  const parent = agency?.parentCode ? nameOf(tree, agency.parentCode) : undefined;
  return {
    unit: { ...(parent ? { parent } : {}), name: nameOf(tree, d.agencyCode) },
    number: `XL-${d.code}`.slice(0, 60),
    place: nameOf(tree, d.agencyCode).slice(0, 100),
    issuedAt: f.now,
    dossierCode: d.code,
    applicant: {
      name: d.applicant?.name ?? "Người nộp hồ sơ",
      ...(d.applicant?.address ? { address: d.applicant.address } : {}),
    },
    procedure: { code: d.procedureCode, name: f.procedureName },
    ...(d.receivingUnit !== d.agencyCode ? { receivingUnit: nameOf(tree, d.receivingUnit) } : {}),
    receivedAt: d.receivedAt ?? d.submittedAt,
    appointmentAt: f.originalDueAt,
    newAppointmentAt: f.newDueAt,
    reason: f.reason,
    signer: {
      position: f.position,
      name: f.signerName ?? "(Dự thảo - chờ thủ trưởng ký)",
      digital: f.signerName !== null,
    },
  };
}

async function store(files: FileStore, code: string, pdf: Uint8Array, suffix: string) {
  return files.put(pdf, {
    declaredName: `${code}-mau-04${suffix}.pdf`,
    declaredType: "application/pdf",
  });
}

/** The system's draft, unsigned. */
export async function draftForm04(files: FileStore, f: Form04Facts) {
  return store(files, f.d.code, await renderForm("04", form04Data(f)), "-du-thao");
}

/** The head's signed letter: rendered, signed with the agency's identity, stored. */
export async function signedForm04(
  files: FileStore,
  f: Form04Facts,
  signer: AgencySigner,
  clock: Clock,
) {
  const pdf = await renderForm("04", form04Data(f));
  const agency = nameOf(f.tree, f.d.agencyCode);
  const signed = await signPdf(
    pdf,
    signer,
    `Phê duyệt văn bản xin lỗi, gia hạn hồ sơ ${f.d.code}`,
    agency,
    { name: f.signerName ?? agency, clock },
  );
  return store(files, f.d.code, signed, "");
}

/** The stored PDF of a sha256, or null. */
export async function readPdf(files: FileStore, _sql: Sql, sha256: string | null) {
  if (!sha256 || !(await files.has(sha256))) return null;
  return files.get(sha256);
}
