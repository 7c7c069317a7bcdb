// HTTP API of the components' files: upload (raw body; the citizen online, the officer's scan at
// the counter) and the officer's in-browser view of a dossier's file, audited as a read of
// personal data.
import { stagedUpload } from "../../../shared/contracts/dossiers.ts";
import { AppError } from "../../platform/errors.ts";
import { type Api, param } from "../../platform/http.ts";
import { RateLimiter } from "../../platform/rate-limit.ts";
import { record } from "../audit/index.ts";
import { actorOf, clientIp, requireUser } from "../identity/index.ts";
import { ensureVisible } from "./access.ts";
import type { DossierDeps } from "./ports.ts";
import { getDossier } from "./store.ts";
import { safeFileName, stageUpload, UPLOAD_MAX_BYTES, uploadTooLarge } from "./uploads.ts";

export function fileRoutes(api: Api, deps: DossierDeps) {
  const { db, clock } = deps;
  // Public endpoint: 60 files a minute per client address.
  const uploads = new RateLimiter(60, 60_000);

  // Not a staff command: citizens upload here for their online submission (signed in or not),
  // officers for the counter's scans. Staging changes no dossier: one row (one statement) and a
  // content-addressed file; attaching it at intake is the audited change.

  api.route(
    {
      method: "post",
      path: "/api/dossiers/uploads",
      summary: "Tải lên tệp thành phần hồ sơ / Upload a component file",
      tag: "dossiers",
      takes: ["application/pdf", "image/png", "image/jpeg"],
      response: stagedUpload,
      auth: false,
    },
    async (c) => {
      const actor = actorOf(c);
      if (actor.kind === "public" && !uploads.hit(clientIp(c)))
        throw new AppError("dossiers.rate_limited", "rate_limited", {
          vi: "Quá nhiều tệp tải lên, vui lòng chờ một phút.",
          en: "Too many uploads; wait a minute.",
        });
      const declared = Number(c.req.header("content-length") ?? 0);
      if (declared > UPLOAD_MAX_BYTES) throw uploadTooLarge(declared);
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const name = safeFileName(c.req.header("x-file-name"), "tep-dinh-kem");
      return stageUpload(db, deps.files, clock, bytes, name, c.req.header("content-type") ?? "");
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code/files/:sha256",
      summary: "Xem tệp của hồ sơ / View a file of the dossier",
      tag: "dossiers",
      produces: ["application/pdf", "image/png", "image/jpeg", "image/tiff"],
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      const sha = param(c, "sha256").toLowerCase();
      const d = await getDossier(db, param(c, "code"));
      await ensureVisible(db, actor, tree.subtreeOf, d);
      const r = await db.query<{ media_type: string; file_name: string | null }>(
        "SELECT media_type, file_name FROM documents WHERE dossier_id = $1 AND sha256 = $2 LIMIT 1",
        [d.id, sha],
      );
      const inComponents = d.components.some((x) => x.files.includes(sha));
      const known = r.rows[0] ?? (inComponents ? await reusedMeta(db, sha) : undefined);
      if (!deps.files || !known || !(await deps.files.has(sha)))
        throw new AppError("dossiers.file_not_found", "not_found", {
          vi: `Hồ sơ ${d.code} không có tệp ${sha}.`,
          en: `Dossier ${d.code} has no file ${sha}.`,
        });
      const bytes = await deps.files.get(sha);
      // The papers name the applicant: reading them is audited (Decree 13/2023/NĐ-CP).
      await db.transaction((tx) =>
        record(tx, actor, clock.now(), {
          action: "personal_data.read",
          subjectType: "dossier",
          subjectId: d.code,
          agencyCode: d.agencyCode,
          details: { file: sha, purpose: "dossier handling" },
        }),
      );
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        "content-type": known.media_type,
        "content-disposition": `inline; filename="${d.code}-${sha.slice(0, 8)}${ext(known.media_type)}"`,
        "cache-control": "private, no-store",
        // Only PDF and images were accepted (by content): nothing here is read as a page.
        "x-content-type-options": "nosniff",
      });
    },
  );
}

/** A file reused from an earlier dossier: its type as recorded there. */
async function reusedMeta(db: DossierDeps["db"], sha: string) {
  const r = await db.query<{ media_type: string; file_name: string | null }>(
    "SELECT media_type, file_name FROM documents WHERE sha256 = $1 LIMIT 1",
    [sha],
  );
  return r.rows[0];
}

const ext = (type: string) =>
  ({ "application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg", "image/tiff": ".tif" })[
    type
  ] ?? "";
