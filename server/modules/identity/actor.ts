import type { Role } from "./roles.ts";

/** A role held in one agency. The agency's whole subtree is "own" for that role. */
export interface RoleGrant {
  role: Role;
  agencyCode: string;
}

/** Who acts. Passed explicitly to every action; never read from a global. */
export interface Actor {
  kind: "user" | "system" | "public";
  userId: string | null;
  username: string;
  fullName: string;
  grants: RoleGrant[];
  /** The agency the user is working in now (agency switcher). */
  activeAgency: string | null;
  ip?: string;
  requestId?: string;
}

export const SYSTEM_ACTOR: Actor = {
  kind: "system",
  userId: null,
  username: "system",
  fullName: "Hệ thống",
  grants: [],
  activeAgency: null,
};

export const PUBLIC_ACTOR: Actor = {
  kind: "public",
  userId: null,
  username: "public",
  fullName: "Công dân",
  grants: [],
  activeAgency: null,
};
