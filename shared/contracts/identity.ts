// Contract of the identity module (server/modules/identity): sign-in and sessions, the agency
// tree and its effective-dated history (renames, mergers of the 2025 reorganisation), users and
// their roles.
import { z } from "zod";

/** Roles of the one-stop mechanism (Decree 118/2025/NĐ-CP, Art. 6–10) and of the system itself. */
export const ROLES = [
  "applicant",
  "reception", // cán bộ tiếp nhận (one-stop counter)
  "handler", // cán bộ xử lý (competent agency)
  "leader", // lãnh đạo phòng / đơn vị: approves and signs
  "head", // thủ trưởng cơ quan
  "center_manager", // lãnh đạo Trung tâm Phục vụ hành chính công
  "control_officer", // Văn phòng UBND tỉnh — kiểm soát TTHC (KSTT)
  "home_affairs", // Sở Nội vụ: reform index, inspections
  "inspector", // thanh tra
  "admin",
] as const;

export const AGENCY_LEVELS = ["province", "department", "commune", "center", "vertical"] as const;

/** A calendar date, YYYY-MM-DD. */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const ok = z.strictObject({ ok: z.literal(true) });
const role = z.enum(ROLES);
const grant = z.strictObject({ role, agencyCode: z.string() });

// Sessions

export const loginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});
export const loginAnswer = z.object({ csrfToken: z.string(), expiresAt: z.string() });

export const logoutAnswer = ok;

export const meAnswer = z.object({
  userId: z.string(),
  username: z.string(),
  fullName: z.string(),
  activeAgency: z.string().nullable(),
  csrfToken: z.string().optional(),
  grants: z.array(
    z.object({ role, agencyCode: z.string(), agencyName: z.string(), roleName: z.string() }),
  ),
});

export const switchAgencyBody = z.strictObject({ agencyCode: z.string() });
export const switchAgencyAnswer = z.object({ activeAgency: z.string() });

// Agencies

export const agency = z.object({
  code: z.string(),
  name: z.string(),
  parentCode: z.string().nullable(),
  level: z.enum(AGENCY_LEVELS),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  mergedInto: z.string().nullable(),
});
export const agenciesAnswer = z.object({ agencies: z.array(agency) });

export const newAgencyBody = z.strictObject({
  code: z.string(),
  name: z.string().min(2).max(200),
  parentCode: z.string().nullable(),
  level: z.enum(AGENCY_LEVELS),
  validFrom: date.optional(),
});

export const renameAgencyBody = z.strictObject({
  name: z.string().min(2).max(200),
  effectiveOn: date,
  legalBasis: z.string().max(300).optional(),
});
export const mergeAgencyBody = z.strictObject({
  into: z.string(),
  effectiveOn: date,
  legalBasis: z.string().max(300).optional(),
});
export const agencyChangedAnswer = ok;

export const agencyHistoryAnswer = z.object({
  history: z.array(
    z.object({
      change: z.enum(["created", "renamed", "merged"]),
      effectiveOn: z.string(),
      oldValue: z.string().nullable(),
      newValue: z.string().nullable(),
      legalBasis: z.string().nullable(),
    }),
  ),
});

export const rolesAnswer = z.object({
  roles: z.array(z.object({ id: role, vi: z.string(), en: z.string() })),
});

// Users

export const userRow = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  active: z.boolean(),
  grants: z.array(grant),
});
export const usersAnswer = z.object({ users: z.array(userRow) });

export const newUserBody = z.strictObject({
  username: z.string(),
  fullName: z.string().min(2).max(200),
  password: z.string().max(256),
  email: z.string().email().optional(),
  phone: z.string().max(20).optional(),
  grants: z.array(grant).min(1),
});
export const newUserAnswer = userRow.extend({
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
