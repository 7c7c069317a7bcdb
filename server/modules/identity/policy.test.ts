// The role × action × scope table: every cell is asserted, so a hole in the policy fails here.
import { describe, expect, it } from "vitest";
import type { AppError } from "../../platform/errors.ts";
import type { Actor } from "./actor.ts";
import { AgencyTree } from "./agencies.ts";
import { ACTIONS, type Action, authorize, POLICY, scopeFor } from "./policy.ts";
import { ROLES, type Role } from "./roles.ts";

const tree = new AgencyTree([
  {
    code: "H58",
    name: "Tỉnh",
    parentCode: null,
    level: "province",
    validFrom: "2000-01-01",
    validTo: null,
    mergedInto: null,
  },
  {
    code: "H58.1",
    name: "Sở Tư pháp",
    parentCode: "H58",
    level: "department",
    validFrom: "2000-01-01",
    validTo: null,
    mergedInto: null,
  },
  {
    code: "H58.27",
    name: "UBND xã Tân Phước",
    parentCode: "H58",
    level: "commune",
    validFrom: "2000-01-01",
    validTo: null,
    mergedInto: null,
  },
  {
    code: "H58.28",
    name: "UBND xã Mỹ Phước",
    parentCode: "H58",
    level: "commune",
    validFrom: "2000-01-01",
    validTo: null,
    mergedInto: null,
  },
  {
    code: "H58.29",
    name: "UBND xã cũ (đã sáp nhập)",
    parentCode: "H58",
    level: "commune",
    validFrom: "2000-01-01",
    validTo: "2025-07-01",
    mergedInto: "H58.27",
  },
]);

const actorWith = (role: Role, agencyCode: string): Actor => ({
  kind: "user",
  userId: "u",
  username: "u",
  fullName: "U",
  grants: [{ role, agencyCode }],
  activeAgency: agencyCode,
});

// Expected scope per role and action, written out as the table the province signs off.
// "own" = own agency and below; "all" = whole province; "-" = refused.
const EXPECTED: Record<Role, Partial<Record<Action, "own" | "all">>> = {
  applicant: {},
  reception: {
    "dossier.read": "own",
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
    "reform.manage": "all",
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

function refused(fn: () => unknown): boolean {
  try {
    fn();
    return false;
  } catch (e) {
    const err = e as AppError;
    return (
      err.code === "identity.forbidden" &&
      err.messages.vi.includes("không có quyền") &&
      err.status === 403
    );
  }
}

describe("policy: role × action × scope", () => {
  const cases = ROLES.flatMap((role) =>
    ACTIONS.map((action) => [role, action, EXPECTED[role][action] ?? "-"] as const),
  );

  it("has no cell in the code that the table does not list, and the reverse", () => {
    expect(POLICY).toEqual(EXPECTED);
  });

  it.each(cases)("%s × %s → %s", (role, action, expected) => {
    const commune = actorWith(role, "H58.27");
    const own = () => authorize(commune, action, tree.subtreeOf, "H58.27");
    const other = () => authorize(commune, action, tree.subtreeOf, "H58.28");
    const merged = () => authorize(commune, action, tree.subtreeOf, "H58.29");
    if (expected === "-") {
      expect(refused(own)).toBe(true);
      expect(refused(other)).toBe(true);
    } else if (expected === "own") {
      expect(own).not.toThrow();
      expect(merged).not.toThrow(); // a merged unit's dossiers stay findable under the new unit
      expect(refused(other)).toBe(true);
      expect(scopeFor(commune, action, tree.subtreeOf)).toEqual({
        all: false,
        agencies: ["H58.27", "H58.29"],
      });
    } else {
      expect(own).not.toThrow();
      expect(other).not.toThrow();
    }
  });

  it("asks the public to sign in and lets the system act everywhere", () => {
    const pub: Actor = {
      kind: "public",
      userId: null,
      username: "p",
      fullName: "P",
      grants: [],
      activeAgency: null,
    };
    expect(() => authorize(pub, "dossier.read", tree.subtreeOf, "H58.27")).toThrow(/sign in/);
    expect(authorize({ ...pub, kind: "system" }, "dossier.read", tree.subtreeOf, "H58.27")).toEqual(
      { all: true },
    );
  });

  it("gives a department officer the department's subtree only", () => {
    const a = actorWith("handler", "H58");
    expect(() => authorize(a, "dossier.read", tree.subtreeOf, "H58.28")).not.toThrow();
    const d = actorWith("handler", "H58.1");
    expect(() => authorize(d, "dossier.read", tree.subtreeOf, "H58.27")).toThrow();
  });
});
