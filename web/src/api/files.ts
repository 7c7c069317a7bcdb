// Component files: the upload (checked by content on the server) and the officer's view link.
import { upload } from "./client.ts";

export interface StagedUpload {
  sha256: string;
  size: number;
  mediaType: string;
  fileName: string;
}

export const uploadComponentFile = (file: File, onProgress?: (done: number) => void) =>
  upload<StagedUpload>("/api/dossiers/uploads", file, onProgress);

export const dossierFileUrl = (code: string, sha256: string) =>
  `/api/dossiers/${encodeURIComponent(code)}/files/${sha256}`;
