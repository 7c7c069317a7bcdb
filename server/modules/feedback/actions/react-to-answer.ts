// Anyone reading a published answer may like or dislike it (counted; rate-limited per client by
// the route). Not audited per click: the counters are public figures, not personal data.
import type { Sql } from "../../../platform/db.ts";
import { complaintNotFound, invalidTransition } from "../errors.ts";
import type { Reaction } from "../evaluations/criteria.ts";

export async function reactToAnswer(
  sql: Sql,
  code: string,
  reaction: Reaction,
  now: Date,
): Promise<{ likes: number; dislikes: number }> {
  const col = reaction === "like" ? "likes" : "dislikes";
  const r = await sql.query<{ likes: number; dislikes: number; state: string }>(
    `UPDATE complaints SET ${col} = ${col} + 1, updated_at = $2 WHERE code = $1 AND state IN ('published','rated') RETURNING likes, dislikes, state`,
    [code, now],
  );
  if (r.rows[0]) return { likes: Number(r.rows[0].likes), dislikes: Number(r.rows[0].dislikes) };
  const s = await sql.query<{ state: string }>("SELECT state FROM complaints WHERE code = $1", [
    code,
  ]);
  if (!s.rows[0]) throw complaintNotFound(code);
  throw invalidTransition(code, s.rows[0].state, "react", []);
}
