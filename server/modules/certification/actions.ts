// Certifying a copy from its original at the counter (Decree 23/2015/NĐ-CP; electronically,
// Decree 45/2020/NĐ-CP Art. 9): the entry is numbered in the agency's register of the year, an
// electronic copy is made from the scan and signed with the agency's digital signature, and the
// whole is one transaction with its audit record. Feeds indicator 4.6 of Decision 766/QĐ-TTg.
import type { CertifyBody, CopyView } from "../../../shared/contracts/certification.ts";
import type { Clock } from "../../platform/clock.ts";
import type { Outcome } from "../../platform/command.ts";
import type { Db, Sql } from "../../platform/db.ts";
import { AppError, badInput } from "../../platform/errors.ts";
import {
  certifiedCopyPdf,
  type FileStore,
  MEDIA,
  type SignerFor,
  signPdf,
  toXlsx,
} from "../documents/index.ts";
import { isPeoplesCommittee, placeOf } from "../dossiers/index.ts";
import {
  type Actor,
  type AgencyDirectory,
  authorize,
  inScope,
  type SubtreeOf,
  scopeFor,
  type WithCommands,
} from "../identity/index.ts";
import { certifyFee } from "./fee.ts";
import {
  type CopyEntry,
  certifierRow,
  getCopy,
  insertCopy,
  listCopies,
  nextNumber,
  signerRows,
} from "./repository.ts";

export interface CertificationDeps extends WithCommands {
  db: Db;
  clock: Clock;
  agencies: AgencyDirectory;
  files: FileStore;
  /** The agency's signer of electronic copies (the configured signing port). */
  signerFor: SignerFor;
}

/** Largest scan of an original, in bytes. */
export const ORIGINAL_MAX_BYTES = 20 * 1024 * 1024;

const vnYear = (d: Date) => new Date(d.getTime() + 7 * 3_600_000).getUTCFullYear();
export const bookOf = (year: number) => `01/${year}-SCT/BS`;

export const viewOf = (e: CopyEntry): CopyView => ({
  id: e.id,
  agency: e.agencyCode,
  number: e.number,
  book: bookOf(e.year),
  certifiedAt: e.certifiedAt.toISOString(),
  requesterName: e.requesterName,
  documentName: e.documentName,
  pages: e.pages,
  copies: e.copies,
  electronic: e.electronic,
  fee: e.fee,
  signer: { name: e.signerName, title: e.signerTitle },
  performedBy: e.performedBy,
  dossierCode: e.dossierCode,
  file: e.fileSha256 ? `/api/certified-copies/${e.id}/file` : null,
});

/** The certifier: an active leader or head of the agency (Decree 23/2015/NĐ-CP Art. 5). */
async function certifier(sql: Sql, username: string, agency: string, agencyName: string) {
  const u = await certifierRow(sql, username, agency);
  if (!u)
    throw badInput(
      "certification.bad_signer",
      "signer",
      `"${username}" không phải lãnh đạo hoặc thủ trưởng đang làm việc của ${agencyName}`,
      `"${username}" is not an active leader or head of ${agencyName}`,
    );
  return { name: u.full_name, title: titleOf(u.role, agencyName) };
}

/** "Chủ tịch UBND xã …" / "Phó Chủ tịch …" for a People's Committee, else head or leader. */
function titleOf(role: "head" | "leader", agencyName: string): string {
  const pc = isPeoplesCommittee(agencyName);
  const title =
    role === "head" ? (pc ? "Chủ tịch" : "Thủ trưởng") : pc ? "Phó Chủ tịch" : "Lãnh đạo";
  return `${title} ${agencyName}`;
}

/** The agency's active leaders and head, who may sign a certification (the web's pick-list). */
export async function signersOf(
  deps: CertificationDeps,
  actor: Actor,
  agency: string,
): Promise<{ username: string; name: string; title: string }[]> {
  const tree = await deps.agencies.tree();
  authorize(actor, "certification.perform", tree.subtreeOf, agency);
  const name = tree.byCode.get(agency)?.name ?? agency;
  return (await signerRows(deps.db, agency))
    .map((u) => ({ username: u.username, name: u.full_name, title: titleOf(u.role, name) }))
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
}

function decode(o: NonNullable<CertifyBody["original"]>): Uint8Array {
  const bytes = Buffer.from(o.base64, "base64");
  if (bytes.length > ORIGINAL_MAX_BYTES)
    throw new AppError("certification.original_too_large", "too_large", {
      vi: `Bản chụp bản chính có ${bytes.length} byte, vượt giới hạn ${ORIGINAL_MAX_BYTES} byte.`,
      en: `The scan of the original has ${bytes.length} bytes, over the ${ORIGINAL_MAX_BYTES}-byte limit.`,
    });
  return new Uint8Array(bytes);
}

/**
 * The certification command's change, inside its transaction: the entry numbered in the register,
 * the electronic copy signed and stored (the store is content-addressed: a file left by a
 * rolled-back transaction is a harmless orphan). The helper authorizes "certification.perform"
 * over `body.agency` first and writes the returned audit record in the same transaction.
 */
export async function certifyCopy(
  deps: CertificationDeps,
  { tx, actor, body, now }: { tx: Sql; actor: Actor; body: CertifyBody; now: Date },
): Promise<Outcome<CopyView>> {
  const tree = await deps.agencies.tree(tx);
  const agency = tree.byCode.get(body.agency);
  if (!agency || agency.validTo)
    throw badInput(
      "certification.unknown_agency",
      "agency",
      `không có cơ quan đang hoạt động mã ${body.agency}`,
      `no active agency with code ${body.agency}`,
    );
  if (body.electronic && !body.original)
    throw badInput(
      "certification.original_required",
      "original",
      "bản sao điện tử cần bản chụp bản chính (PDF, PNG hoặc JPEG)",
      "an electronic copy needs the scan of the original (PDF, PNG or JPEG)",
    );
  if (!body.electronic && !body.pages)
    throw badInput(
      "certification.pages_required",
      "pages",
      "cần số trang của bản chính",
      "the number of pages of the original is required",
    );
  const signer = await certifier(tx, body.signer, agency.code, agency.name);
  const scan = body.original ? decode(body.original) : null;
  const year = vnYear(now);
  const number = await nextNumber(tx, agency.code, year);
  let fileSha256: string | null = null;
  let originalSha256: string | null = null;
  let pages = body.pages ?? 1;
  if (scan) {
    const original = await deps.files.put(scan, { declaredName: body.original!.name });
    const copy = await certifiedCopyPdf(scan, {
      agencyName: agency.name,
      place: placeOf(tree, agency.code),
      number,
      book: bookOf(year),
      documentName: body.documentName,
      certifiedAt: now,
      signerTitle: signer.title,
      signerName: signer.name,
    });
    pages = copy.pages;
    const identity = await deps.signerFor(tx, agency.code, agency.name);
    const signed = await signPdf(
      copy.pdf,
      identity,
      `Chứng thực bản sao điện tử từ bản chính số ${number}, quyển ${bookOf(year)}`,
      agency.name,
      { name: signer.name, clock: deps.clock },
    );
    const stored = await deps.files.put(signed, {
      declaredName: `ban-sao-chung-thuc-${year}-${number}.pdf`,
      declaredType: MEDIA.pdf,
    });
    fileSha256 = stored.sha256;
    originalSha256 = original.sha256;
  }
  const entry = {
    agencyCode: agency.code,
    year,
    certifiedAt: now,
    requesterName: body.requesterName,
    documentName: body.documentName,
    pages,
    copies: body.copies,
    electronic: body.electronic,
    fileSha256,
    originalSha256,
    dossierCode: body.dossierCode ?? null,
    fee: certifyFee(pages, body.copies),
    performedBy: actor.fullName,
    signerName: signer.name,
    signerTitle: signer.title,
  };
  const id = await insertCopy(tx, entry, number);
  return {
    answer: viewOf({ ...entry, id, number }),
    audit: {
      action: "certification.copy_certified",
      subjectType: "certified-copy",
      subjectId: `${agency.code}/${bookOf(year)}/${number}`,
      agencyCode: agency.code,
      details: { id, number, electronic: body.electronic, pages, copies: body.copies, fileSha256 },
    },
  };
}

/** Who may read an agency's register: those who certify there, and officials who read its dossiers. */
function ensureReader(actor: Actor, subtreeOf: SubtreeOf, agency: string): void {
  const may =
    actor.kind === "system" ||
    (actor.kind === "user" &&
      (inScope(scopeFor(actor, "certification.perform", subtreeOf), agency) ||
        inScope(scopeFor(actor, "dossier.read", subtreeOf), agency)));
  if (!may) authorize(actor, "certification.perform", subtreeOf, agency);
}

const dayStart = (date: string) => new Date(`${date}T00:00:00+07:00`);

export async function registerOf(
  deps: CertificationDeps,
  actor: Actor,
  q: { agency: string; from: string; to: string },
): Promise<CopyView[]> {
  const tree = await deps.agencies.tree();
  ensureReader(actor, tree.subtreeOf, q.agency);
  const to = new Date(dayStart(q.to).getTime() + 86_400_000);
  return (await listCopies(deps.db, tree.subtreeOf(q.agency), dayStart(q.from), to)).map(viewOf);
}

export async function registerXlsx(rows: CopyView[]): Promise<Buffer> {
  return toXlsx([
    {
      name: "Sổ chứng thực bản sao",
      columns: [
        { header: "Số chứng thực", key: "number", width: 10, type: "number" },
        { header: "Quyển số", key: "book", width: 16 },
        { header: "Ngày chứng thực", key: "date", width: 18, type: "datetime" },
        { header: "Người yêu cầu", key: "requester", width: 28 },
        { header: "Tên bản chính", key: "document", width: 40 },
        { header: "Số trang", key: "pages", width: 9, type: "number" },
        { header: "Số bản sao", key: "copies", width: 10, type: "number" },
        { header: "Điện tử", key: "electronic", width: 9 },
        { header: "Lệ phí (đồng)", key: "fee", width: 14, type: "number", format: "#,##0" },
        { header: "Người ký", key: "signer", width: 40 },
        { header: "Người thực hiện", key: "performedBy", width: 24 },
      ],
      rows: rows.map((r) => ({
        number: r.number,
        book: r.book,
        date: r.certifiedAt,
        requester: r.requesterName,
        document: r.documentName,
        pages: r.pages,
        copies: r.copies,
        electronic: r.electronic ? "Có" : "Không",
        fee: r.fee,
        signer: `${r.signer.title} — ${r.signer.name}`,
        performedBy: r.performedBy,
      })),
    },
  ]);
}

export async function copyFile(
  deps: CertificationDeps,
  actor: Actor,
  id: number,
): Promise<{ pdf: Uint8Array; name: string }> {
  const e = await getCopy(deps.db, id);
  const tree = await deps.agencies.tree();
  if (!e?.fileSha256)
    throw new AppError("certification.not_found", "not_found", {
      vi: `Không có bản sao điện tử số ${id}.`,
      en: `There is no electronic copy ${id}.`,
    });
  ensureReader(actor, tree.subtreeOf, e.agencyCode);
  return {
    pdf: await deps.files.get(e.fileSha256),
    name: `ban-sao-chung-thuc-${e.year}-${e.number}.pdf`,
  };
}
