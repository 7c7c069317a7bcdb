// Request pieces shared by the intake and action endpoints (their schemas are the contract's).
import type { z } from "zod";
import type { componentInput } from "../../../shared/contracts/dossiers.ts";
import type { Component } from "./types.ts";

export {
  applicantInput,
  feeInput,
  lookupSecret,
  lookupSecretBody,
} from "../../../shared/contracts/dossiers.ts";

export type ComponentInput = z.infer<typeof componentInput>;

/** Attaches `required` from the procedure's component list. */
export function toComponents(
  input: ComponentInput[],
  required: { name: string; required: boolean }[],
): Component[] {
  const req = new Map(required.map((c) => [normalize(c.name), c.required]));
  return input.map((c) => ({
    name: c.name,
    required: req.get(normalize(c.name)) ?? false,
    // A component with an attached scan is digitised even when the flag was left at 0.
    digitized: c.digitized === 0 && c.files.length ? 1 : c.digitized,
    fromPersonalStore: c.fromPersonalStore,
    files: c.files,
    ...(c.originals !== undefined ? { originals: c.originals } : {}),
    ...(c.copies !== undefined ? { copies: c.copies } : {}),
  }));
}

export function normalize(name: string): string {
  return name.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
}

/** The applicant's number fits its kind: a person's 12-digit ID, an organisation's tax code. */
export function applicantIdIssue(a: {
  kind?: "citizen" | "organisation";
  idNumber?: string;
}): { vi: string; en: string } | null {
  const id = a.idNumber;
  if (!id) return null;
  if (a.kind === "organisation")
    return /^[0-9]{10}(-[0-9]{3})?$/.test(id)
      ? null
      : {
          vi: "mã số doanh nghiệp/mã số thuế gồm 10 chữ số (chi nhánh: 10 chữ số, gạch ngang, 3 chữ số)",
          en: "an enterprise number / tax code has 10 digits (a branch: 10 digits, a hyphen, 3 digits)",
        };
  return /^[0-9]+$/.test(id) && id.length !== 12
    ? {
        vi: "số định danh cá nhân gồm 12 chữ số",
        en: "a personal identification number has 12 digits",
      }
    : /-/.test(id)
      ? { vi: "số định danh không có dấu gạch ngang", en: "an ID number has no hyphen" }
      : null;
}
