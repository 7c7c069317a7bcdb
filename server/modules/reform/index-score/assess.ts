// The year's cycle for one unit: self-assessment (draft → submitted), appraisal by Home Affairs
// with a reason per change, one response by the unit, the final scores (Decision 876/QĐ-BNV).
import type { Sql } from "../../../platform/db.ts";
import { record } from "../../audit/index.ts";
import type { Actor } from "../../identity/index.ts";
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
import { loadScores, loadSet, lockStage, type ScoreRow } from "./store.ts";

interface Ctx {
  deps: ReformDeps;
  tx: Sql;
  actor: Actor;
  year: number;
  agency: string;
  now: Date;
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

async function audit(c: Ctx, action: string, details: Record<string, unknown>) {
  await record(c.tx, c.actor, c.now, {
    action,
    subjectType: "reform_assessment",
    subjectId: `${c.year}/${c.agency}`,
    agencyCode: c.agency,
    details,
  });
}

export async function saveSelfAssessment(c: Ctx, b: SelfBody): Promise<{ stage: string }> {
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
  await audit(c, b.submit ? "reform.self_assessment_submitted" : "reform.self_assessment_saved", {
    items: b.items.length,
  });
  return { stage: next };
}

/** Appraisal (stage submitted) or final decision (stage appraised / responded). */
export async function appraise(
  c: Ctx,
  b: AppraiseBody,
  final: boolean,
): Promise<{ stage: string }> {
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
  const next = final ? "final" : "appraised";
  await c.tx.query(
    `UPDATE reform_assessments SET stage = $3, ${final ? "finalized_at" : "appraised_at"} = $4
      WHERE year = $1 AND agency_code = $2`,
    [c.year, c.agency, next, c.now],
  );
  await audit(c, final ? "reform.final_scores" : "reform.appraised", {
    changed: rows.filter((r) => r.reason).map((r) => r.sub),
  });
  return { stage: next };
}

/** The unit's one response to the appraisal. */
export async function respond(c: Ctx, b: RespondBody): Promise<{ stage: string }> {
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
  await audit(c, "reform.responded", { items: b.items.length });
  return { stage: "responded" };
}
