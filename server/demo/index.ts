// The demo province: what `npm start` seeds on an empty embedded store, and `motcua demo` on
// any store. Grows with each module (procedures, dossiers, index).
import { record } from "../modules/audit/index.ts";
import { getAgency, insertAgency, insertUser, SYSTEM_ACTOR } from "../modules/identity/index.ts";
import type { Clock } from "../platform/clock.ts";
import type { Db } from "../platform/db.ts";
import {
  DEMO_CENTER,
  DEMO_COMMUNES,
  DEMO_DEPARTMENTS,
  DEMO_POLICE,
  DEMO_PROVINCE,
  DEMO_VERTICAL,
} from "./places.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "./users.ts";

export { DEMO_PASSWORD, DEMO_USERS };

export type Progress = (step: string, done: number, total: number) => void;

export interface DemoStep {
  name: string;
  run(db: Db, clock: Clock, codes: DemoCodes, progress: Progress): Promise<void>;
}

export interface DemoCodes {
  province: string;
  center: string;
  departments: string[];
  communes: string[];
  /** The commune police units, in the order of `communes` (the police of communes[i]). */
  communePolice: string[];
}

export function demoCodes(): DemoCodes {
  const p = DEMO_PROVINCE.code;
  return {
    province: p,
    center: `${p}.${DEMO_CENTER.suffix}`,
    departments: DEMO_DEPARTMENTS.map(([s]) => `${p}.${s}`),
    communes: DEMO_COMMUNES.map((c) => `${p}.${c.suffix}`),
    communePolice: DEMO_COMMUNES.map((c) => `${p}.${c.police.suffix}`),
  };
}

export async function isSeeded(db: Db): Promise<boolean> {
  return (await getAgency(db, DEMO_PROVINCE.code)) !== null;
}

/** Seeds the organisation tree and users, then every module's demo step, in order. */
export async function seedDemo(
  db: Db,
  clock: Clock,
  progress: Progress = () => {},
  steps: DemoStep[] = [],
): Promise<DemoCodes> {
  const codes = demoCodes();
  if (!(await isSeeded(db))) {
    const p = DEMO_PROVINCE.code;
    await db.transaction(async (tx) => {
      await insertAgency(tx, {
        code: p,
        name: DEMO_PROVINCE.name,
        parentCode: null,
        level: "province",
      });
      for (const [s, name] of DEMO_DEPARTMENTS)
        await insertAgency(tx, {
          code: `${p}.${s}`,
          name,
          parentCode: p,
          level: DEMO_VERTICAL.has(s) ? "vertical" : "department",
        });
      await insertAgency(tx, {
        code: codes.center,
        name: DEMO_CENTER.name,
        parentCode: p,
        level: "center",
      });
      for (const c of DEMO_COMMUNES)
        await insertAgency(tx, {
          code: `${p}.${c.suffix}`,
          name: c.name,
          parentCode: p,
          level: "commune",
        });
      // Commune police: local units of the Ministry of Public Security's branch (level "vertical").
      for (const c of DEMO_COMMUNES)
        await insertAgency(tx, {
          code: `${p}.${c.police.suffix}`,
          name: c.police.name,
          parentCode: `${p}.${DEMO_POLICE}`,
          level: "vertical",
        });
      await record(tx, SYSTEM_ACTOR, clock.now(), {
        action: "demo.agencies_seeded",
        subjectType: "agency",
        subjectId: p,
        details: { count: 2 + DEMO_DEPARTMENTS.length + 2 * DEMO_COMMUNES.length },
      });
    });
    progress("agencies", 1, 1);
    let i = 0;
    for (const u of DEMO_USERS) {
      await db.transaction(async (tx) => {
        const created = await insertUser(tx, {
          username: u.username,
          fullName: u.fullName,
          password: DEMO_PASSWORD,
          grants: u.grants.map((g) => ({ role: g.role, agencyCode: `${p}${g.agency}` })),
        });
        await record(tx, SYSTEM_ACTOR, clock.now(), {
          action: "user.created",
          subjectType: "user",
          subjectId: created.id,
          details: { username: u.username },
        });
      });
      progress("users", ++i, DEMO_USERS.length);
    }
  }
  for (const s of steps) await s.run(db, clock, codes, progress);
  return codes;
}
