// Prefilling the applicant from the national population database: an officer at the counter or
// the signed-in citizen (for their own ID) looks a person up by the 12-digit personal ID; every
// look-up is audited as a read of personal data with its purpose, and the intake that uses it
// refers to it, which is what sets populationDb (Decision 766/QĐ-TTg, indicator 4.5).
import { createHash, randomBytes } from "node:crypto";
import { populationLookup, populationLookupBody } from "../../../../shared/contracts/citizen.ts";
import type { Sql } from "../../../platform/db.ts";
import { AppError } from "../../../platform/errors.ts";
import type { Api } from "../../../platform/http.ts";
import { record } from "../../audit/index.ts";
import { type Actor, actorOf, authorize, PUBLIC_ACTOR } from "../../identity/index.ts";
import type { CitizenDeps } from "../deps.ts";
import { notSignedIn } from "../vneid/routes.ts";
import { citizenOf } from "../vneid/session.ts";

const body = populationLookupBody;

/** A person's reference in the audit log: not the ID number itself. */
const personRef = (id: string) =>
  createHash("sha256").update(`person:${id}`).digest("hex").slice(0, 20);

export function populationRoutes(api: Api, deps: CitizenDeps) {
  api.route(
    {
      method: "post",
      path: "/api/population/lookup",
      summary: "Tra cứu Cơ sở dữ liệu quốc gia về dân cư / Population database look-up",
      tag: "citizen",
      body,
      auth: false,
      response: populationLookup,
    },
    async (c, { body: b }) => {
      const { db, clock } = deps;
      let actor: Actor = actorOf(c);
      if (actor.kind === "public") {
        const me = await citizenOf(db, clock, c);
        if (!me) throw notSignedIn();
        if (me.personalId !== b.personalId)
          throw new AppError("citizen.not_your_id", "forbidden", {
            vi: "Công dân chỉ tra cứu thông tin của chính mình.",
            en: "A citizen may look up only their own record.",
          });
        actor = { ...PUBLIC_ACTOR, username: `vneid:${me.subject.slice(0, 12)}` };
      } else authorize(actor, "dossier.receive", (await deps.agencies.tree()).subtreeOf);
      if (!deps.population)
        throw new AppError("citizen.population_unavailable", "conflict", {
          vi: "Chưa kết nối Cơ sở dữ liệu quốc gia về dân cư.",
          en: "The national population database is not connected.",
        });
      const token = randomBytes(18).toString("base64url");
      const person = await deps.population.lookup(b.personalId, b.purpose, token).catch(() => {
        throw new AppError("citizen.population_failed", "conflict", {
          vi: "Cơ sở dữ liệu quốc gia về dân cư không trả lời; hãy thử lại hoặc nhập tay.",
          en: "The national population database did not answer; retry or type the details.",
        });
      });
      await db.transaction(async (tx) => {
        await record(tx, actor, clock.now(), {
          action: "personal_data.read",
          subjectType: "person",
          subjectId: personRef(b.personalId),
          details: { source: "population-db", purpose: b.purpose, found: Boolean(person) },
        });
        if (person)
          await tx.query(
            "INSERT INTO population_lookups (token, personal_id, purpose, looked_up_by, looked_up_at) VALUES ($1, $2, $3, $4, $5)",
            [token, b.personalId, b.purpose, actor.username, clock.now()],
          );
      });
      c.header("cache-control", "no-store");
      if (!person)
        throw new AppError("citizen.person_not_found", "not_found", {
          vi: "Cơ sở dữ liệu quốc gia về dân cư không có số định danh này.",
          en: "The population database has no such personal ID.",
        });
      return { lookup: token, person };
    },
  );
}

/** True when the intake's look-up is real, recent and of this person (the dossiers' port). */
export async function populationLookupValid(
  tx: Sql,
  token: string,
  idNumber: string | undefined,
  now: Date,
) {
  const r = await tx.query<{ personal_id: string }>(
    "SELECT personal_id FROM population_lookups WHERE token = $1 AND looked_up_at > $2",
    [token, new Date(now.getTime() - 24 * 3600_000)],
  );
  return Boolean(idNumber) && r.rows[0]?.personal_id === idNumber;
}
