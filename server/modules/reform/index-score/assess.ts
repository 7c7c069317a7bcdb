// The year's cycle for one unit: self-assessment (draft → submitted), appraisal by Home Affairs
// with a reason per change, one response by the unit, the final scores (Decision 876/QĐ-BNV).
// Each step is the change alone, in the caller's transaction, returning its answer and the audit
// record for the caller to write in that same transaction: the command routes
// (index-score/cycle-routes.ts) and the demo seeding share them.
import type { AuditRecord, Outcome } from "../../../platform/command.ts";
import type { Sql } from "../../../platform/db.ts";
import type { ReformDeps } from "../deps.ts";
import {
  lockedSub,
  missingEvidence,
  overMax,
  reasonRequired,
  unknownSub,
  wrongStage,
} from "../errors.ts";
import { type FlatSub, flatten } from "./criteria.ts";
import type { AppraiseBody, RespondBody, SelfBody } from "./schemas.ts";
import { loadScores, loadSet, lockStage, type ScoreRow, type Stage } from "./store.ts";

/** The unit and year a step acts on, in the caller's transaction. */
export interface CycleStep {
  deps: ReformDeps;
  tx: Sql;
  year: number;
  agency: string;
  now: Date;
}

/** What a step answers: the unit's stage after it. */
export interface StageAnswer {
  stage: Stage;
}

async function subsOf(tx: Sql, year: number): Promise<Map<string, FlatSub>> {
  return new Map(flatten((await loadSet(tx, year)).areas).map((s) => [s.code, s]));
}

function checkItem(
  subs: Map<string, FlatSub>,
  code: string,
  score: number,
  field: string,
  who: "unit" | "appraiser",
) {
  const s = subs.get(code);
  if (!s) throw unknownSub(code, `${field}.sub`);
  if (s.scoring.how === "system") throw lockedSub(code, `${field}.sub`);
  if (s.scoring.how === "survey" && who === "unit") throw lockedSub(code, `${field}.sub`);
  if (score > s.max) throw overMax(code, s.max, `${field}.score`);
  return s;
}

const auditOf = (c: CycleStep, action: string, details: Record<string, unknown>): AuditRecord => ({
  action,
  subjectType: "reform_assessment",
  subjectId: `${c.year}/${c.agency}`,
  agencyCode: c.agency,
  details,
});

/** Saves the unit's self-assessment as a draft, or submits it. */
export async function recordSelfAssessment(
  c: CycleStep,
  b: SelfBody,
): Promise<Outcome<StageAnswer>> {
  const subs = await subsOf(c.tx, c.year);
  const stage = await lockStage(c.tx, c.year, c.agency);
  if (stage !== "none" && stage !== "draft")
    throw wrongStage(c.agency, stage, { vi: "sửa tự đánh giá", en: "change the self-assessment" });
  for (const [i, it] of b.items.entries()) {
    checkItem(subs, it.sub, it.score, `items[${i}]`, "unit");
    for (const [j, sha] of it.evidence.entries())
      if (!(await c.deps.files?.has(sha))) throw missingEvidence(sha, `items[${i}].evidence[${j}]`);
  }
  const next = b.submit ? "submitted" : "draft";
  await c.tx.query(
    `INSERT INTO reform_assessments (year, agency_code, stage, submitted_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (year, agency_code) DO UPDATE SET stage = EXCLUDED.stage, submitted_at = EXCLUDED.submitted_at`,
    [c.year, c.agency, next, b.submit ? c.now : null],
  );
  if (b.items.length)
    await c.tx.query(
      `INSERT INTO reform_scores (year, agency_code, sub_code, self_score, self_note, evidence)
       SELECT $1, $2, s, sc, n, string_to_array(e, ',')
         FROM unnest($3::text[], $4::numeric[], $5::text[], $6::text[]) AS x(s, sc, n, e)
       ON CONFLICT (year, agency_code, sub_code) DO UPDATE SET self_score = EXCLUDED.self_score,
         self_note = EXCLUDED.self_note, evidence = EXCLUDED.evidence`,
      [
        c.year,
        c.agency,
        b.items.map((i) => i.sub),
        b.items.map((i) => i.score),
        b.items.map((i) => i.note ?? null),
        b.items.map((i) => i.evidence.join(",")),
      ],
    );
  return {
    answer: { stage: next },
    audit: auditOf(
      c,
      b.submit ? "reform.self_assessment_submitted" : "reform.self_assessment_saved",
      { items: b.items.length },
    ),
  };
}

/** Appraisal (stage submitted) or final decision (stage appraised / responded). */
export async function recordAppraisal(
  c: CycleStep,
  b: AppraiseBody,
  final: boolean,
): Promise<Outcome<StageAnswer>> {
  const subs = await subsOf(c.tx, c.year);
  const stage = await lockStage(c.tx, c.year, c.agency);
  const ok = final ? stage === "appraised" || stage === "responded" : stage === "submitted";
  if (!ok)
    throw wrongStage(
      c.agency,
      stage,
      final
        ? { vi: "công bố điểm cuối cùng", en: "set the final scores" }
        : { vi: "thẩm định", en: "appraise" },
    );
  const entered =
    (await loadScores(c.tx, c.year, c.agency)).get(c.agency) ?? new Map<string, ScoreRow>();
  const given = new Map(b.items.map((it, i) => [it.sub, { ...it, i }]));
  for (const it of b.items)
    checkItem(subs, it.sub, it.score, `items[${given.get(it.sub)!.i}]`, "appraiser");
  const rows: { sub: string; score: number; reason: string | null }[] = [];
  for (const s of subs.values()) {
    if (s.scoring.how === "system") continue;
    const e = entered.get(s.code);
    const before = final ? (e?.appraised ?? null) : (e?.self ?? null);
    const it = given.get(s.code);
    const score = it ? it.score : (before ?? 0);
    const changed =
      before === null ? score !== 0 || s.scoring.how === "evidence" : score !== before;
    const reason = it?.reason?.trim() || null;
    // Every change of a unit's score carries its reason (reform spec, appraisal).
    if (changed && s.scoring.how === "evidence" && !reason && before !== null)
      throw reasonRequired(s.code, `items[${it?.i ?? 0}].reason`);
    rows.push({ sub: s.code, score, reason });
  }
  const col = final ? ["final_score", "final_reason"] : ["appraised_score", "appraisal_reason"];
  await c.tx.query(
    `INSERT INTO reform_scores (year, agency_code, sub_code, ${col[0]}, ${col[1]})
     SELECT $1, $2, s, sc, r FROM unnest($3::text[], $4::numeric[], $5::text[]) AS x(s, sc, r)
     ON CONFLICT (year, agency_code, sub_code) DO UPDATE SET ${col[0]} = EXCLUDED.${col[0]}, ${col[1]} = EXCLUDED.${col[1]}`,
    [c.year, c.agency, rows.map((r) => r.sub), rows.map((r) => r.score), rows.map((r) => r.reason)],
  );
  const next: Stage = final ? "final" : "appraised";
  await c.tx.query(
    `UPDATE reform_assessments SET stage = $3, ${final ? "finalized_at" : "appraised_at"} = $4
      WHERE year = $1 AND agency_code = $2`,
    [c.year, c.agency, next, c.now],
  );
  return {
    answer: { stage: next },
    audit: auditOf(c, final ? "reform.final_scores" : "reform.appraised", {
      changed: rows.filter((r) => r.reason).map((r) => r.sub),
    }),
  };
}

/** The unit's one response to the appraisal. */
export async function recordResponse(c: CycleStep, b: RespondBody): Promise<Outcome<StageAnswer>> {
  const subs = await subsOf(c.tx, c.year);
  const stage = await lockStage(c.tx, c.year, c.agency);
  if (stage !== "appraised")
    throw wrongStage(c.agency, stage, {
      vi: "phản hồi kết quả thẩm định (chỉ một lần, sau khi thẩm định)",
      en: "respond to the appraisal (once, after the appraisal)",
    });
  b.items.forEach((it, i) => {
    if (!subs.has(it.sub)) throw unknownSub(it.sub, `items[${i}].sub`);
  });
  await c.tx.query(
    `INSERT INTO reform_scores (year, agency_code, sub_code, response)
     SELECT $1, $2, s, t FROM unnest($3::text[], $4::text[]) AS x(s, t)
     ON CONFLICT (year, agency_code, sub_code) DO UPDATE SET response = EXCLUDED.response`,
    [c.year, c.agency, b.items.map((i) => i.sub), b.items.map((i) => i.text)],
  );
  await c.tx.query(
    "UPDATE reform_assessments SET stage = 'responded', responded_at = $3 WHERE year = $1 AND agency_code = $2",
    [c.year, c.agency, c.now],
  );
  return {
    answer: { stage: "responded" },
    audit: auditOf(c, "reform.responded", { items: b.items.length }),
  };
}
