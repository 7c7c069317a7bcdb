// Evidence and directive files: uploaded to the content-checked file store, referred to by hash;
// read back by those who see a report, a score or a directive that names them.
import { evidenceStored } from "../../../shared/contracts/reform.ts";
import { commandsOn } from "../../platform/command.ts";
import { AppError, badInput } from "../../platform/errors.ts";
import type { Api, Ctx } from "../../platform/http.ts";
import { param } from "../../platform/http.ts";
import { detectMediaType } from "../documents/index.ts";
import { authorize, inScope, requireUser, type WithCommands } from "../identity/index.ts";
import type { ReformDeps } from "./deps.ts";
import { noFileStore } from "./errors.ts";

export const EVIDENCE_MAX_BYTES = 1_000_000;

/** The uploaded file, read once the uploader is authorized (the JSON body limit bounds it). */
async function readFile(c: Ctx): Promise<Uint8Array> {
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (!bytes.length) throw badInput("reform.empty_file", "body", "tệp rỗng", "the file is empty");
  return bytes;
}

export function evidenceRoutes(api: Api, deps: ReformDeps & WithCommands) {
  const command = commandsOn(api, deps.commands);

  // A command whose body is the file itself: reporting units, appraisers and managers upload
  // evidence; the bytes go to the content-addressed store and the upload is audited (who put
  // which file), inside the command's one transaction. An upload whose transaction rolls back
  // leaves at most an orphan file that nothing names.
  command(
    {
      method: "post",
      path: "/api/reform/files",
      response: evidenceStored,
      summary: "Tải lên tệp minh chứng / Upload an evidence file",
      tag: "reform",
      action: ["reform.report", "reform.read"],
      takes: ["application/pdf", "image/png", "image/jpeg"],
      read: readFile,
    },
    async ({ c, body }) => {
      if (!deps.files) throw noFileStore();
      let name = c.req.header("x-file-name") ?? "minh-chung";
      try {
        name = decodeURIComponent(name);
      } catch {
        // keep the raw header
      }
      const stored = await deps.files.put(body, {
        declaredName: name.replace(/[\\/"]/g, "_").slice(0, 200),
        declaredType: c.req.header("content-type") ?? "",
      });
      return {
        answer: { sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType },
        audit: {
          action: "reform.evidence_uploaded",
          subjectType: "file",
          subjectId: stored.sha256,
          details: { size: stored.size, mediaType: stored.mediaType },
        },
      };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/reform/files/:sha256",
      produces: ["application/octet-stream"],
      summary: "Xem tệp minh chứng / View an evidence file",
      tag: "reform",
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      const scope = authorize(actor, "reform.read", tree.subtreeOf);
      const sha = param(c, "sha256").toLowerCase();
      const notFound = new AppError("reform.file_not_found", "not_found", {
        vi: `Không có tệp minh chứng ${sha.slice(0, 12)}… trong phạm vi được xem.`,
        en: `No evidence file ${sha.slice(0, 12)}… within what you may see.`,
      });
      if (!/^[0-9a-f]{64}$/.test(sha) || !deps.files) throw notFound;
      // The units whose reports or scores name the file; a directive's file is every reader's.
      const r = await deps.db.query<{ agency_code: string | null }>(
        `SELECT agency_code FROM reform_task_reports WHERE $1 = ANY(evidence)
         UNION SELECT agency_code FROM reform_scores WHERE $1 = ANY(evidence)
         UNION SELECT NULL FROM reform_directives WHERE file_sha256 = $1`,
        [sha],
      );
      const visible = r.rows.some((x) => x.agency_code === null || inScope(scope, x.agency_code));
      if (!visible || !(await deps.files.has(sha))) throw notFound;
      const bytes = await deps.files.get(sha);
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        "content-type": detectMediaType(bytes),
        "content-disposition": `inline; filename="minh-chung-${sha.slice(0, 8)}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      });
    },
  );
}
