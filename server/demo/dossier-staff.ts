// The demo officers who work the open demo dossiers: reception, handling and head per agency,
// as actors (a one-stop clerk stands in where the demo has no user for a unit).
import { type Actor, listUsers, type Role, SYSTEM_ACTOR } from "../modules/identity/index.ts";
import type { Db } from "../platform/db.ts";
import type { DemoCodes } from "./index.ts";
import { DEMO_USERS } from "./users.ts";

const CLERK: Actor = { ...SYSTEM_ACTOR, username: "demo", fullName: "Bộ phận Một cửa" };

export async function staff(db: Db, codes: DemoCodes) {
  const users = new Map((await listUsers(db, null)).map((u) => [u.username, u]));
  const find = (role: Role, agency: string) =>
    DEMO_USERS.find((u) =>
      u.grants.some((g) => g.role === role && codes.province + g.agency === agency),
    )?.username ?? null;
  const actor = (username: string | null): Actor => {
    const u = username ? users.get(username) : undefined;
    if (!u) return CLERK;
    return {
      kind: "user",
      userId: u.id,
      username: u.username,
      fullName: u.fullName,
      grants: u.grants,
      activeAgency: u.grants[0]?.agencyCode ?? null,
    };
  };
  const officerAgencies = [
    ...new Set(
      DEMO_USERS.flatMap((u) =>
        u.grants
          .filter((g) => g.role === "handler" && g.agency)
          .map((g) => codes.province + g.agency),
      ),
    ),
  ];
  return {
    officerAgencies,
    reception: (unit: string) => actor(find("reception", unit)),
    handler: (agency: string) => actor(find("handler", agency)),
    /** Approves a second supplement request: the agency's leader, else its head. */
    leader: (agency: string) => actor(find("leader", agency) ?? find("head", agency)),
    handlerName: (agency: string) => find("handler", agency),
    head: (agency: string) => find("head", agency),
  };
}
