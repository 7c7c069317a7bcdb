// Authorisation as data: role × action → scope. Every action starts with `authorize`, and every
// repository query takes the resulting scope, so an officer of one commune never reads another
// commune's dossiers unless a policy grants a wider scope (provincial office, inspector).
import { AppError } from "../../platform/errors.ts";
import type { Actor } from "./actor.ts";
import type { Role } from "./roles.ts";

export const ACTIONS = [
  "dossier.read",
  "dossier.intake", // take a NEW dossier at a counter or by post: the only province-wide reception right
  "dossier.receive", // reception decisions on an existing dossier (receive, ask to complete, refuse, withdraw)
  "dossier.handle", // work on steps, supplement/payment requests
  "dossier.approve", // leader approval and signature
  "dossier.return", // return the result
  "dossier.import",
  "dossier.export",
  "catalog.read",
  "catalog.manage",
  "agency.manage",
  "user.manage",
  "calendar.manage",
  "index.read",
  "late.explain", // draft the explanation of a late dossier
  "late.approve", // head approves and signs the apology
  "complaint.handle",
  "evaluation.read",
  "audit.read",
  "reform.manage",
  "inspection.manage",
  "integration.manage", // the links with other systems: the national portal's sync, dead letters
  "reform.read", // directives, tasks, the reform index and inspections of the scope
  "reform.report", // a unit reports progress on its tasks and assesses itself for the reform index
  "reform.appraise", // Home Affairs appraises the reform index (Decision 876/QĐ-BNV)
  "rules.manage", // the counter's warning lines (uncollected results, online reception wait)
  "certification.perform", // certify copies from originals, kept in the register (Decree 23/2015/NĐ-CP)
] as const;
export type Action = (typeof ACTIONS)[number];

/** own = the agencies where the role is held, with their subtrees; all = the whole province. */
export type ScopeKind = "own" | "all";

export const POLICY: Record<Role, Partial<Record<Action, ScopeKind>>> = {
  applicant: {},
  reception: {
    "dossier.read": "own",
    // Any centre receives any procedure of the province (Decree 118/2025/NĐ-CP, one-stop mechanism);
    // decisions on an existing dossier stay with its competent agency's or receiving unit's counter.
    "dossier.intake": "all",
    "dossier.receive": "own",
    "dossier.return": "own",
    "catalog.read": "all",
    "evaluation.read": "own",
    "certification.perform": "own",
  },
  handler: {
    "dossier.read": "own",
    "dossier.handle": "own",
    "catalog.read": "all",
    "late.explain": "own",
    "complaint.handle": "own",
  },
  leader: {
    "dossier.read": "own",
    "dossier.handle": "own",
    "dossier.approve": "own",
    "catalog.read": "all",
    "index.read": "own",
    "late.explain": "own",
    "complaint.handle": "own",
    "evaluation.read": "own",
    "reform.read": "own",
    "reform.report": "own",
    "certification.perform": "own",
  },
  head: {
    "dossier.read": "own",
    "dossier.approve": "own",
    "catalog.read": "all",
    "index.read": "own",
    "late.approve": "own",
    "complaint.handle": "own",
    "evaluation.read": "own",
    "reform.read": "own",
    "reform.report": "own",
    "certification.perform": "own",
  },
  center_manager: {
    "dossier.read": "own",
    "dossier.intake": "all",
    "dossier.receive": "own",
    "dossier.return": "own",
    "catalog.read": "all",
    "index.read": "own",
    "evaluation.read": "own",
    "certification.perform": "own",
  },
  control_officer: {
    "dossier.read": "all",
    "dossier.import": "all",
    "dossier.export": "all",
    "catalog.read": "all",
    "catalog.manage": "all",
    "index.read": "all",
    "complaint.handle": "all",
    "evaluation.read": "all",
    "audit.read": "all",
    "calendar.manage": "all",
    "reform.read": "all",
    "reform.manage": "all", // the provincial office monitors the directives (letter 6187/UBND-KSTT §7)
  },
  home_affairs: {
    "dossier.read": "all",
    "catalog.read": "all",
    "index.read": "all",
    "evaluation.read": "all",
    "reform.manage": "all",
    "inspection.manage": "all",
    "reform.read": "all",
    "reform.appraise": "all",
  },
  inspector: {
    "dossier.read": "all",
    "catalog.read": "all",
    "index.read": "all",
    "evaluation.read": "all",
    "audit.read": "all",
    "inspection.manage": "all",
    "reform.read": "all",
  },
  admin: {
    "catalog.read": "all",
    "catalog.manage": "all",
    "agency.manage": "all",
    "user.manage": "all",
    "calendar.manage": "all",
    "audit.read": "all",
    "dossier.import": "all",
    "dossier.export": "all",
    "integration.manage": "all",
    "rules.manage": "all",
  },
};

/** Which agencies an actor may act on: all of them, or a set of codes (subtrees expanded). */
export type Scope = { all: true } | { all: false; agencies: string[] };

/** Expands an agency code to itself and every agency below it. */
export type SubtreeOf = (code: string) => string[];

export function scopeFor(actor: Actor, action: Action, subtreeOf: SubtreeOf): Scope {
  const agencies = new Set<string>();
  for (const g of actor.grants) {
    const kind = POLICY[g.role][action];
    if (kind === "all") return { all: true };
    if (kind === "own") for (const c of subtreeOf(g.agencyCode)) agencies.add(c);
  }
  return { all: false, agencies: [...agencies] };
}

export function inScope(scope: Scope, agencyCode: string): boolean {
  return scope.all || scope.agencies.includes(agencyCode);
}

/** The check every action starts with; throws 401/403 with a message in both languages. */
export function authorize(
  actor: Actor,
  action: Action,
  subtreeOf: SubtreeOf,
  agencyCode?: string,
): Scope {
  if (actor.kind === "public") {
    throw new AppError("identity.unauthenticated", "unauthenticated", {
      vi: "Cần đăng nhập để thực hiện thao tác này.",
      en: "You must sign in to do this.",
    });
  }
  if (actor.kind === "system") return { all: true };
  const scope = scopeFor(actor, action, subtreeOf);
  const allowed =
    agencyCode === undefined ? scope.all || scope.agencies.length > 0 : inScope(scope, agencyCode);
  if (!allowed) {
    throw new AppError("identity.forbidden", "forbidden", {
      vi: `Bạn không có quyền "${action}"${agencyCode ? ` đối với đơn vị ${agencyCode}` : ""}.`,
      en: `You are not allowed to "${action}"${agencyCode ? ` for agency ${agencyCode}` : ""}.`,
    });
  }
  return scope;
}

/** SQL helper: a condition on a column for a scope, with its parameter. */
export function scopeCondition(
  scope: Scope,
  column: string,
  paramIndex: number,
): { sql: string; params: unknown[] } {
  if (scope.all) return { sql: "TRUE", params: [] };
  return { sql: `${column} = ANY($${paramIndex}::text[])`, params: [scope.agencies] };
}
