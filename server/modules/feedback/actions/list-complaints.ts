// Lists complaints: the officers' work list within their scope, and the published answers for all.
import type { Sql } from "../../../platform/db.ts";
import type { ComplaintState } from "../complaints/states.ts";
import { periodBounds } from "../period.ts";

export interface ComplaintListItem {
  code: string;
  state: ComplaintState;
  agencyCode: string | null;
  dossierCode: string | null;
  class: string;
  title: string | null;
  receivedAt: string;
  answerDue: string | null;
}

/** `agencies` null: every agency, and the complaints not yet routed. */
export async function listComplaints(
  sql: Sql,
  q: {
    agencies: string[] | null;
    state?: ComplaintState;
    from?: string;
    to?: string;
    limit: number;
    offset: number;
  },
): Promise<ComplaintListItem[]> {
  const [start, end] = q.from && q.to ? periodBounds(q.from, q.to) : [null, null];
  const r = await sql.query<{
    code: string;
    state: ComplaintState;
    agency_code: string | null;
    dossier_code: string | null;
    class: string;
    title: string | null;
    received_at: Date;
    answer_due: Date | null;
  }>(
    `SELECT c.code, c.state, c.agency_code, c.dossier_code, c.class, c.title, c.received_at, s.due_at AS answer_due
       FROM complaints c LEFT JOIN complaint_steps s ON s.complaint_id = c.id AND s.step = 'answer'
      WHERE ($1::text[] IS NULL OR c.agency_code = ANY($1::text[])) AND ($2::text IS NULL OR c.state = $2)
        AND ($3::timestamptz IS NULL OR c.received_at >= $3) AND ($4::timestamptz IS NULL OR c.received_at < $4)
      ORDER BY c.received_at DESC, c.code LIMIT $5 OFFSET $6`,
    [q.agencies, q.state ?? null, start, end, q.limit, q.offset],
  );
  return r.rows.map((x) => ({
    code: x.code,
    state: x.state,
    agencyCode: x.agency_code,
    dossierCode: x.dossier_code,
    class: x.class,
    title: x.title,
    receivedAt: new Date(x.received_at).toISOString(),
    answerDue: x.answer_due ? new Date(x.answer_due).toISOString() : null,
  }));
}

export async function listPublishedAnswers(
  sql: Sql,
  q: { agencies: string[] | null; limit: number; offset: number },
) {
  const r = await sql.query<Record<string, unknown>>(
    `SELECT c.code, c.agency_code, c.class, c.title, c.public_question, c.answer, c.likes, c.dislikes,
            a.done_at AS answered_at, p.done_at AS published_at
       FROM complaints c
       JOIN complaint_steps p ON p.complaint_id = c.id AND p.step = 'publish' AND p.done_at IS NOT NULL
       LEFT JOIN complaint_steps a ON a.complaint_id = c.id AND a.step = 'answer'
      WHERE c.state IN ('published','rated') AND ($1::text[] IS NULL OR c.agency_code = ANY($1::text[]))
      ORDER BY p.done_at DESC, c.code LIMIT $2 OFFSET $3`,
    [q.agencies, q.limit, q.offset],
  );
  const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);
  return r.rows.map((x) => ({
    code: x.code as string,
    agencyCode: x.agency_code as string | null,
    class: x.class as string,
    title: x.title as string | null,
    question: x.public_question as string | null,
    answer: x.answer as string | null,
    answeredAt: iso(x.answered_at),
    publishedAt: iso(x.published_at),
    likes: Number(x.likes),
    dislikes: Number(x.dislikes),
  }));
}
