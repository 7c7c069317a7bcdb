// Evidence and directive files: uploaded to the content-checked file store, referred to by hash.
import { badInput } from "../../platform/errors.ts";
import type { Api } from "../../platform/http.ts";
import { authorize, requireUser } from "../identity/index.ts";
import type { ReformDeps } from "./deps.ts";
import { noFileStore } from "./errors.ts";

export const EVIDENCE_MAX_BYTES = 1_000_000;

export function evidenceRoutes(api: Api, deps: ReformDeps) {
  api.route(
    {
      method: "post",
      path: "/api/reform/files",
      summary: "Tải lên tệp minh chứng / Upload an evidence file",
      tag: "reform",
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      // Reporting units, appraisers and managers upload evidence.
      try {
        authorize(actor, "reform.report", tree.subtreeOf);
      } catch {
        authorize(actor, "reform.read", tree.subtreeOf);
      }
      if (!deps.files) throw noFileStore();
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (!bytes.length)
        throw badInput("reform.empty_file", "body", "tệp rỗng", "the file is empty");
      let name = c.req.header("x-file-name") ?? "minh-chung";
      try {
        name = decodeURIComponent(name);
      } catch {
        // keep the raw header
      }
      const stored = await deps.files.put(bytes, {
        declaredName: name.replace(/[\\/"]/g, "_").slice(0, 200),
        declaredType: c.req.header("content-type") ?? "",
      });
      return { sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType };
    },
  );
}
