// Component files: the upload (checked by content on the server) and the officer's view link.
import type { z } from "zod";
import type { stagedUpload } from "../../../shared/contracts/dossiers.ts";
import { upload } from "./client.ts";

export type StagedUpload = z.infer<typeof stagedUpload>;

export const uploadComponentFile = (file: File, onProgress?: (done: number) => void) =>
  upload<StagedUpload>("/api/dossiers/uploads", file, onProgress);

export const dossierFileUrl = (code: string, sha256: string) =>
  `/api/dossiers/${encodeURIComponent(code)}/files/${sha256}`;
