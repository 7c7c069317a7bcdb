// HTTP API of the signed result document: the leader uploads the PDF (raw body, not JSON), the
// server signs and stores it; the dossier's officers download it.
import { draftResult, signedResult } from "../../../shared/contracts/dossiers.ts";
import { commandsOn } from "../../platform/command.ts";
import { contentDisposition } from "../../platform/content-disposition.ts";
import { type Api, type Ctx, param } from "../../platform/http.ts";
import { requireUser } from "../identity/index.ts";
import type { DossierDeps } from "./ports.ts";
import { storeDraftResult } from "./result-draft.ts";
import { RESULT_FILE_MAX_BYTES, readResultFile, signResultFile, tooLarge } from "./result-file.ts";

export function resultFileRoutes(api: Api, deps: DossierDeps) {
  const command = commandsOn(api, deps.commands);

  // Commands: the leader's policy (the handler's for a draft), then the file is read; the
  // dossier's own check (visible, the policy on its agency, its state), the stored files and the
  // audit record in one transaction.
  command(
    {
      method: "post",
      path: "/api/dossiers/:code/result-file",
      summary: "Tải lên và ký số văn bản kết quả (PDF) / Upload and sign the result document",
      tag: "dossiers",
      action: "dossier.approve",
      takes: ["application/pdf"],
      read: readPdf,
      response: signedResult,
    },
    async ({ c, tx, now, actor, body }) => {
      const name = c.req.header("x-file-name");
      return signResultFile(deps, { tx, now }, actor, param(c, "code"), body, {
        declaredName: name ? safeName(name) : "ket-qua.pdf",
        declaredType: c.req.header("content-type") ?? "",
      });
    },
  );

  command(
    {
      method: "post",
      path: "/api/dossiers/:code/result-draft",
      summary: "Đính kèm dự thảo kết quả (PDF) / Attach the draft result",
      tag: "dossiers",
      action: "dossier.handle",
      takes: ["application/pdf"],
      read: readPdf,
      response: draftResult,
    },
    async ({ c, tx, actor, body }) => {
      const name = c.req.header("x-file-name");
      const declaredName = name ? safeName(name) : "du-thao.pdf";
      return storeDraftResult(deps, tx, actor, param(c, "code"), body, declaredName);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code/result-file/:sha256",
      summary: "Tải văn bản kết quả đã ký số / Download the signed result document",
      tag: "dossiers",
      produces: ["application/pdf"],
    },
    async (c) => {
      const actor = requireUser(c);
      const sha = param(c, "sha256").toLowerCase();
      const r = await readResultFile(deps, actor, param(c, "code"), sha);
      return c.body(r.pdf as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/pdf",
        "content-disposition": contentDisposition("inline", `${r.code}-ket-qua.pdf`),
        "cache-control": "private, no-store",
      });
    },
  );
}

/** The uploaded PDF's bytes, refused at once when its declared length is over the limit. */
async function readPdf(c: Ctx): Promise<Uint8Array> {
  const declared = Number(c.req.header("content-length") ?? 0);
  if (declared > RESULT_FILE_MAX_BYTES) throw tooLarge(declared);
  return new Uint8Array(await c.req.arrayBuffer());
}

/** The file name the browser sent (URI-encoded header), without folders or quotes. */
function safeName(raw: string): string {
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // keep the raw header
  }
  return (
    name
      .replace(/^.*[\\/]/, "")
      .replace(/["\r\n]/g, "")
      .slice(0, 200) || "ket-qua.pdf"
  );
}
