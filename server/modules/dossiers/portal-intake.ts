// Online dossiers from the national portal (docs: portal-sync.md, "Inbound"): stored once per
// portalCode with their files and e-form data, "online, waiting for reception" (status 1) in the
// receiving unit's tray. The portal has them already: they are not echoed back until they change.
import { z } from "zod";
import { instant } from "../../../shared/sync-record.ts";
import type { Sql } from "../../platform/db.ts";
import { AppError, badInput } from "../../platform/errors.ts";
import { type Actor, SYSTEM_ACTOR } from "../identity/index.ts";
import { createDossier } from "./intake.ts";
import type { DossierDeps } from "./ports.ts";
import { applicantInput, feeInput } from "./schemas.ts";
import { findDossier } from "./store.ts";

const text = (max: number) => z.string().trim().min(1).max(max);

export const portalFile = z
  .object({
    name: text(255),
    contentType: text(127),
    base64: z
      .string()
      .min(1)
      .regex(/^[A-Za-z0-9+/=\s]+$/, "base64"),
  })
  .strict();

export const portalDossierBody = z
  .object({
    portalCode: text(80),
    procedure: text(40),
    agency: text(40).optional(),
    submittedAt: instant,
    applicant: applicantInput.pick({
      name: true,
      idNumber: true,
      phone: true,
      email: true,
      address: true,
    }),
    vneidVerified: z.boolean().default(false),
    formData: z.record(z.string(), z.unknown()).default({}),
    components: z
      .array(
        z
          .object({
            name: text(500),
            files: z.array(portalFile).max(50).default([]),
            fromPersonalStore: z.boolean().default(false),
          })
          .strict(),
      )
      .max(200)
      .default([]),
    fees: z.array(feeInput).max(50).optional(),
    paidOnline: z.literal([0, 1]).default(0),
  })
  .strict();
export type PortalDossier = z.infer<typeof portalDossierBody>;

export const PORTAL_INBOUND_ACTOR: Actor = {
  ...SYSTEM_ACTOR,
  username: "portal",
  fullName: "Cổng DVC quốc gia",
};

export interface InboundResult {
  created: boolean;
  code: string;
  secret: string;
}

async function known(sql: Sql, portalCode: string): Promise<InboundResult | null> {
  const r = await sql.query<{ dossier_code: string }>(
    "SELECT dossier_code FROM portal_inbound WHERE portal_code = $1",
    [portalCode],
  );
  if (!r.rows[0]) return null;
  const d = await findDossier(sql, r.rows[0].dossier_code);
  return d ? { created: false, code: d.code, secret: d.secret } : null;
}

/** Stores the portal's dossier once; the same portalCode again answers the same dossier. */
export async function receiveFromPortal(
  deps: DossierDeps,
  body: PortalDossier,
): Promise<InboundResult> {
  const seen = await known(deps.db, body.portalCode);
  if (seen) return seen;
  const now = deps.clock.now();
  if (!(await deps.procedures(deps.db, body.procedure, { at: now })))
    throw badInput(
      "portal.unknown_procedure",
      "procedure",
      `không có thủ tục ${body.procedure} trong danh mục của tỉnh`,
      `no procedure ${body.procedure} in the province's catalogue`,
    );
  const submittedAt = new Date(body.submittedAt);
  if (submittedAt.getTime() > now.getTime() + 5 * 60_000)
    throw badInput(
      "portal.future_submission",
      "submittedAt",
      "thời điểm nộp ở tương lai",
      "the submission time is in the future",
    );
  // Files first (content-addressed: a failed intake leaves at most an unreferenced file).
  const stored: { component: string; name: string; contentType: string; sha256: string }[] = [];
  const components = [];
  for (const [i, c] of body.components.entries()) {
    const files: string[] = [];
    for (const [j, f] of c.files.entries()) {
      if (!deps.files)
        throw new AppError("portal.no_file_store", "internal", {
          vi: "Chưa cấu hình kho tệp.",
          en: "No file store is configured.",
        });
      const bytes = Buffer.from(f.base64, "base64");
      const put = await deps.files
        .put(bytes, { declaredName: f.name, declaredType: f.contentType })
        .catch((e) => {
          const err = e as AppError;
          throw badInput(
            "portal.bad_file",
            `components[${i}].files[${j}]`,
            err.messages?.vi ?? String(e),
            err.messages?.en ?? String(e),
          );
        });
      files.push(put.sha256);
      stored.push({
        component: c.name,
        name: f.name,
        contentType: f.contentType,
        sha256: put.sha256,
      });
    }
    components.push({
      name: c.name,
      digitized: 0 as const,
      fromPersonalStore: c.fromPersonalStore,
      files,
    });
  }
  try {
    const { dossier } = await createDossier(
      deps,
      PORTAL_INBOUND_ACTOR,
      {
        procedure: body.procedure,
        agency: body.agency,
        channel: 2,
        applicant: body.applicant,
        components,
        formData: body.formData,
        vneidVerified: body.vneidVerified,
        populationDb: false,
      },
      {
        patch: {
          syncedToPortal: true,
          paidOnline: body.paidOnline,
          submittedAt,
          ...(body.fees ? { fees: body.fees } : {}),
        },
        within: async (tx, d) => {
          await tx.query(
            "INSERT INTO portal_inbound (portal_code, dossier_code, files, received_at) VALUES ($1, $2, $3, $4)",
            [body.portalCode, d.code, JSON.stringify(stored), now],
          );
        },
      },
    );
    return { created: true, code: dossier.code, secret: dossier.secret };
  } catch (e) {
    // The same portalCode sent twice at once: the other request stored it.
    const again = await known(deps.db, body.portalCode);
    if (again) return again;
    throw e;
  }
}

/** The file names the portal gave, for the counter officer. */
export async function portalFiles(
  sql: Sql,
  dossierCode: string,
): Promise<{
  portalCode: string;
  files: { component: string; name: string; contentType: string; sha256: string }[];
} | null> {
  const r = await sql.query<{ portal_code: string; files: unknown }>(
    "SELECT portal_code, files FROM portal_inbound WHERE dossier_code = $1",
    [dossierCode],
  );
  const row = r.rows[0];
  if (!row) return null;
  const files = typeof row.files === "string" ? JSON.parse(row.files) : row.files;
  return { portalCode: row.portal_code, files };
}
