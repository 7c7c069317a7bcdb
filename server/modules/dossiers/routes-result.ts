// HTTP API of the signed result document: the leader uploads the PDF (raw body, not JSON), the
// server signs and stores it; the dossier's officers download it.
import { draftResult, signedResult } from "../../../shared/contracts/dossiers.ts";
import { contentDisposition } from "../../platform/content-disposition.ts";
import type { Api } from "../../platform/http.ts";
import { param } from "../../platform/http.ts";
import { requireUser } from "../identity/index.ts";
import type { DossierDeps } from "./ports.ts";
import { storeDraftResult } from "./result-draft.ts";
import { RESULT_FILE_MAX_BYTES, readResultFile, signResultFile, tooLarge } from "./result-file.ts";

export function resultFileRoutes(api: Api, deps: DossierDeps) {
  api.route(
    {
      method: "post",
      path: "/api/dossiers/:code/result-file",
      summary: "Tải lên và ký số văn bản kết quả (PDF) / Upload and sign the result document",
      tag: "dossiers",
      takes: ["application/pdf"],
      response: signedResult,
    },
    async (c) => {
      const actor = requireUser(c);
      const declared = Number(c.req.header("content-length") ?? 0);
      if (declared > RESULT_FILE_MAX_BYTES) throw tooLarge(declared);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const name = c.req.header("x-file-name");
      return signResultFile(deps, actor, param(c, "code"), bytes, {
        declaredName: name ? safeName(name) : "ket-qua.pdf",
        declaredType: c.req.header("content-type") ?? "",
      });
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/dossiers/:code/result-draft",
      summary: "Đính kèm dự thảo kết quả (PDF) / Attach the draft result",
      tag: "dossiers",
      takes: ["application/pdf"],
      response: draftResult,
    },
    async (c) => {
      const actor = requireUser(c);
      const declared = Number(c.req.header("content-length") ?? 0);
      if (declared > RESULT_FILE_MAX_BYTES) throw tooLarge(declared);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const name = c.req.header("x-file-name");
      return storeDraftResult(
        deps,
        actor,
        param(c, "code"),
        bytes,
        name ? safeName(name) : "du-thao.pdf",
      );
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
