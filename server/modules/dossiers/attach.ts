// The components' files at intake: reuse from an earlier dossier of the same person (its
// component's files, or its signed result) resolved by the server, and uploads attached to the
// dossier as documents. `digitized` 2/3 is set here only because a real reuse happened.
import { timingSafeEqual } from "node:crypto";
import type { Clock } from "../../platform/clock.ts";
import type { Sql } from "../../platform/db.ts";
import { AppError, badInput } from "../../platform/errors.ts";
import { insertDocument } from "../documents/index.ts";
import type { Actor } from "../identity/index.ts";
import { type ComponentInput, normalize, toComponents } from "./schemas.ts";
import { findDossier } from "./store.ts";
import type { Applicant, Component, Dossier } from "./types.ts";
import { stagedUploads } from "./uploads.ts";

export interface Reuse {
  component: string;
  from: "component" | "result";
  dossier: string;
  files: string[];
}

const sameSecret = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function reuseError(i: number, vi: string, en: string) {
  return badInput("dossiers.reuse_refused", `components[${i}].reuse`, vi, en);
}

/** The components with reused files resolved; a citizen proves the earlier dossier is theirs
 *  with its look-up secret, an officer by the applicant's ID number on both dossiers. */
export async function resolveComponents(
  tx: Sql,
  actor: Actor,
  applicant: Applicant,
  input: ComponentInput[],
  required: { name: string; required: boolean }[],
): Promise<{ components: Component[]; reused: Reuse[] }> {
  // Online, a component is digitised because a file came with it, never because a box was ticked.
  const components = toComponents(
    actor.kind === "public" ? input.map((c) => ({ ...c, digitized: 0 as const })) : input,
    required,
  );
  const reused: Reuse[] = [];
  for (const [i, c] of input.entries()) {
    if (!c.reuse) continue;
    const src = await findDossier(tx, c.reuse.dossier);
    if (!src)
      throw reuseError(i, `không có hồ sơ ${c.reuse.dossier}`, `no dossier ${c.reuse.dossier}`);
    const id = applicant.idNumber;
    if (!id || src.applicant?.idNumber !== id)
      throw reuseError(
        i,
        `hồ sơ ${src.code} không phải của người có số định danh đã khai`,
        `dossier ${src.code} is not of the person with the ID number given`,
      );
    if (actor.kind === "public" && !(c.reuse.secret && sameSecret(c.reuse.secret, src.secret)))
      throw reuseError(
        i,
        `cần mã tra cứu đúng của hồ sơ ${src.code}`,
        `the look-up secret of dossier ${src.code} is required`,
      );
    const files = filesOf(src, c);
    if (!files.length)
      throw reuseError(
        i,
        c.reuse.from === "result"
          ? `hồ sơ ${src.code} chưa có kết quả điện tử`
          : `hồ sơ ${src.code} không có tệp của thành phần "${c.name}"`,
        c.reuse.from === "result"
          ? `dossier ${src.code} has no electronic result`
          : `dossier ${src.code} has no file for component "${c.name}"`,
      );
    components[i] = {
      ...components[i],
      files: [...new Set([...components[i].files, ...files])],
      // Circular 01/2023/TT-VPCP: 2 reused from an earlier dossier, 3 from an earlier result.
      digitized: c.reuse.from === "result" ? 3 : 2,
    };
    reused.push({ component: c.name, from: c.reuse.from, dossier: src.code, files });
  }
  return { components, reused };
}

function filesOf(src: Dossier, c: ComponentInput): string[] {
  if (c.reuse?.from === "result") return src.result ? [src.result.file] : [];
  const key = normalize(c.name);
  return src.components.filter((x) => normalize(x.name) === key).flatMap((x) => x.files);
}

/** Records each uploaded file of the new dossier as its document; online, every file must have
 *  gone through the upload endpoint (reused files are the earlier dossier's). */
export async function attachUploads(
  tx: Sql,
  actor: Actor,
  clock: Clock,
  d: Dossier,
  reused: Reuse[],
): Promise<number> {
  const fromReuse = new Set(reused.flatMap((r) => r.files));
  const own = [...new Set(d.components.flatMap((c) => c.files))].filter((f) => !fromReuse.has(f));
  const staged = await stagedUploads(tx, own);
  const missing = own.filter((f) => !staged.has(f));
  if (actor.kind === "public" && missing.length)
    throw new AppError("dossiers.file_not_uploaded", "bad_input", {
      vi: `Tệp ${missing[0]} chưa được tải lên; hãy tải tệp lên trước khi nộp hồ sơ.`,
      en: `File ${missing[0]} was not uploaded; upload the file before submitting.`,
    });
  for (const f of staged.values())
    await insertDocument(
      tx,
      {
        dossierId: d.id,
        kind: "upload",
        fileName: f.fileName,
        sha256: f.sha256,
        mediaType: f.mediaType,
        size: f.size,
        createdBy: actor.userId ?? actor.username,
      },
      clock,
    );
  return staged.size;
}
