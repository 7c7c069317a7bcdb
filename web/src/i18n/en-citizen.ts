// English: the citizen's online journey (files, payment, sign-in, notices, results).
import type { viCitizen } from "./vi-citizen.ts";

export const enCitizen: Record<keyof typeof viCitizen, string> = {
  "files.hint": "PDF or image files (PNG, JPEG, TIFF), at most 20 MB each.",
  "files.uploading": "Uploading…",
  "files.remove": "Remove",
  "files.title": "The dossier's files",
  "files.none": "The dossier has no attached files.",
  "files.view": "View file {n}",
  "files.viewer": "Attached file viewer",
  "files.newTab": "Open in a new tab",
  "files.fromStore": "From the personal data store",
  "files.scan": "Scan at the counter",
  "eformData.title": "E-form data",
  "eformData.none": "The dossier has no e-form data.",
};
