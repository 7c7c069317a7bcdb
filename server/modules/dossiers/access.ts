// Who may see and act on a dossier: the identity policy's scope over its competent agency, its
// receiving unit, or the agency of its open inter-agency step.
import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";
import {
  type Action,
  type Actor,
  inScope,
  type Scope,
  type SubtreeOf,
  scopeFor,
} from "../identity/index.ts";
import { dossierNotFound } from "./store.ts";
import type { Dossier } from "./types.ts";

/** Scope for reading lists: agencies where the actor may read dossiers. */
export function readScope(actor: Actor, subtreeOf: SubtreeOf): Scope {
  if (actor.kind === "system") return { all: true };
  return scopeFor(actor, "dossier.read", subtreeOf);
}

export async function agenciesOf(sql: Sql, d: Dossier): Promise<string[]> {
  const r = await sql.query<{ agencies: string[] }>(
    `SELECT ${openStepAgencies("$1")} AS agencies`,
    [d.id],
  );
  return seenBy(d, r.rows[0]?.agencies ?? []);
}

/** The agencies of the open steps of the dossier whose id is `dossierId` (a parameter or a
 * column), as an array: for a read that takes them with the dossier in one statement. */
export const openStepAgencies = (dossierId: string) =>
  `ARRAY(SELECT s.agency_code FROM dossier_steps s
          WHERE s.dossier_id = ${dossierId} AND s.done_at IS NULL AND s.agency_code IS NOT NULL)`;

/** Who sees a dossier: its competent agency, its receiving unit and its open steps' agencies. */
export const seenBy = (d: Dossier, stepAgencies: readonly string[]): string[] => [
  d.agencyCode,
  d.receivingUnit,
  ...stepAgencies,
];

export function covers(
  actor: Actor,
  action: Action,
  subtreeOf: SubtreeOf,
  agencies: string[],
): boolean {
  if (actor.kind === "system") return true;
  if (actor.kind !== "user") return false;
  const s = scopeFor(actor, action, subtreeOf);
  return agencies.some((a) => inScope(s, a));
}

/** 404 when the actor may not even see the dossier (its existence is not disclosed). */
export async function ensureVisible(
  sql: Sql,
  actor: Actor,
  subtreeOf: SubtreeOf,
  d: Dossier,
  also: readonly Action[] = [],
): Promise<string[]> {
  return ensureVisibleAmong(actor, subtreeOf, d, await agenciesOf(sql, d), also);
}

/** ensureVisible with the dossier's agencies already read (agenciesOf's list). */
export function ensureVisibleAmong(
  actor: Actor,
  subtreeOf: SubtreeOf,
  d: Dossier,
  agencies: string[],
  also: readonly Action[] = [],
): string[] {
  if (!["dossier.read" as const, ...also].some((a) => covers(actor, a, subtreeOf, agencies)))
    throw dossierNotFound(d.code);
  return agencies;
}

/** ensureVisible for a dossier created in the caller's transaction (no hand-overs to look up). */
export function ensureVisibleFresh(
  actor: Actor,
  subtreeOf: SubtreeOf,
  d: Dossier,
  also: readonly Action[] = [],
): string[] {
  const agencies = [d.agencyCode, d.receivingUnit];
  if (!["dossier.read" as const, ...also].some((a) => covers(actor, a, subtreeOf, agencies)))
    throw dossierNotFound(d.code);
  return agencies;
}

/** 403 naming the policy actions needed when the actor sees the dossier but may not act. */
export function ensureMay(
  actor: Actor,
  subtreeOf: SubtreeOf,
  agencies: string[],
  actions: readonly Action[],
  code: string,
): void {
  if (actions.some((a) => covers(actor, a, subtreeOf, agencies))) return;
  throw new AppError("dossiers.forbidden", "forbidden", {
    vi: `Bạn không có quyền ${actions.map((a) => `"${a}"`).join(" hoặc ")} đối với hồ sơ ${code} (đơn vị ${agencies[0]}).`,
    en: `You are not allowed to ${actions.map((a) => `"${a}"`).join(" or ")} on dossier ${code} (agency ${agencies[0]}).`,
  });
}
