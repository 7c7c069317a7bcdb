// Request pieces shared by the intake and action endpoints.
import { z } from "zod";
import type { Component } from "./types.ts";

export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "sha256 (64 hex)");
const text = (max: number) => z.string().trim().min(1).max(max);
/** The applicant's look-up secret (8 characters printed on the receipt; older systems' longer). */
export const lookupSecret = z.string().trim().min(4).max(64);
/** The look-up secret in a request body: never in a URL (logs, histories, referrers). */
export const lookupSecretBody = z.object({ secret: lookupSecret }).strict();

export const applicantInput = z
  .object({
    name: text(200),
    /** A person's identification number, or an organisation's enterprise number / tax code. */
    idNumber: z
      .string()
      .trim()
      .regex(/^[0-9A-Z]{6,20}(-[0-9]{3})?$/, "số định danh / ID number")
      // Law on Identification 2023, Art. 12: a personal ID of digits only has 12 of them; an
      // enterprise number (tax code) has 10, a branch's 10-3 (Circular 86/2024/TT-BTC, Art. 5).
      .refine(
        (v) => !/^[0-9]+$/.test(v) || v.length === 12 || v.length === 10,
        "số định danh cá nhân gồm 12 chữ số, mã số thuế 10 chữ số / a personal ID has 12 digits, a tax code 10",
      )
      .optional(),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 .-]{6,20}$/, "phone")
      .optional(),
    email: z.email().optional(),
    address: text(400).optional(),
    communeCode: text(40).optional(),
    kind: z.enum(["citizen", "organisation"]).optional(),
    representative: text(200).optional(),
    /** Channels for notices (default: e-mail when given, else SMS). */
    notify: z
      .array(z.enum(["email", "sms", "zalo"]))
      .max(3)
      .optional(),
    /** Language of the notices (default Vietnamese). */
    lang: z.enum(["vi", "en"]).optional(),
    /** The electronic result also goes to the applicant's personal data store on the national
     *  portal (needs the 12-digit personal ID). */
    resultToPersonalStore: z.boolean().optional(),
    /** The result is sent by the public postal service to the applicant's address. */
    resultByPost: z.boolean().optional(),
  })
  .strict();

/** A component taken from an earlier dossier of the same person: its files, or its result. */
export const reuseInput = z
  .object({
    dossier: text(60),
    /** The earlier dossier's look-up secret: how a citizen online proves it is theirs. */
    secret: lookupSecret.optional(),
    from: z.enum(["component", "result"]),
  })
  .strict();

export const componentInput = z
  .object({
    name: text(500),
    /** 0 no, 1 scanned at reception, 2 reused from another dossier's component, 3 from a result. */
    digitized: z.literal([0, 1, 2, 3]).default(0),
    fromPersonalStore: z.boolean().default(false),
    files: z.array(sha256).max(50).default([]),
    originals: z.number().int().min(0).max(99).optional(),
    copies: z.number().int().min(0).max(99).optional(),
    reuse: reuseInput.optional(),
  })
  .strict();
export type ComponentInput = z.infer<typeof componentInput>;

export const feeInput = z
  .object({ name: text(200), amount: z.number().int().nonnegative() })
  .strict();
/** The officer picked from the step's pick-list (GET /api/dossiers/:code/assignees); the name
 * shown is the directory's. */
export const assigneeInput = z.object({ id: z.uuid() }).strict();

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
