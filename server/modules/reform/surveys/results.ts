// Results of a survey per unit: invitations sent, answers, response rate, and per question the
// mean score and the share satisfied; and the "surveyed applicants satisfied" figure of a year
// that the reform index reads (reform spec: "results per agency feed the index").
import type { Sql } from "../../../platform/db.ts";
import type { Figure } from "../deps.ts";
import { loadSurvey } from "./lifecycle.ts";
import type { Question } from "./questionnaire.ts";

interface Tally {
  answers: number;
  sum: number;
  satisfied: number;
}

export interface UnitResult {
  unit: string;
  invited: number;
  answered: number;
  responseRate: number | null;
  satisfiedShare: number | null;
  questions: { id: string; answers: number; mean: number | null; satisfiedShare: number | null }[];
}

const ratio = (n: number, d: number) => (d ? Math.round((n / d) * 10_000) / 10_000 : null);

function tally(questions: Question[], rows: { answers: Record<string, number> }[]) {
  const per = new Map<string, Tally>(
    questions.map((q) => [q.id, { answers: 0, sum: 0, satisfied: 0 }]),
  );
  for (const r of rows)
    for (const q of questions) {
      const v = r.answers[q.id];
      if (typeof v !== "number") continue;
      const t = per.get(q.id)!;
      t.answers++;
      t.sum += v;
      if (v >= q.scale.satisfiedFrom) t.satisfied++;
    }
  return per;
}

export async function surveyResults(sql: Sql, id: string) {
  const s = await loadSurvey(sql, id);
  const inv = await sql.query<{ unit_code: string; n: number }>(
    "SELECT unit_code, count(*)::int AS n FROM reform_survey_invitations WHERE survey_id = $1 GROUP BY unit_code",
    [id],
  );
  const ans = await sql.query<{ unit_code: string; answers: Record<string, number> }>(
    "SELECT unit_code, answers FROM reform_survey_answers WHERE survey_id = $1",
    [id],
  );
  const units: UnitResult[] = s.units.map((unit) => {
    const rows = ans.rows.filter((a) => a.unit_code === unit);
    const invited = inv.rows.find((r) => r.unit_code === unit)?.n ?? 0;
    const per = tally(s.questions, rows);
    const all = [...per.values()].reduce(
      (a, t) => ({ n: a.n + t.answers, ok: a.ok + t.satisfied }),
      { n: 0, ok: 0 },
    );
    return {
      unit,
      invited,
      answered: rows.length,
      responseRate: ratio(rows.length, invited),
      satisfiedShare: ratio(all.ok, all.n),
      questions: s.questions.map((q) => {
        const t = per.get(q.id)!;
        return {
          id: q.id,
          answers: t.answers,
          mean: t.answers ? Math.round((t.sum / t.answers) * 100) / 100 : null,
          satisfiedShare: ratio(t.satisfied, t.answers),
        };
      }),
    };
  });
  return {
    id: s.id,
    year: s.year,
    title: s.title,
    periodFrom: s.period_from,
    periodTo: s.period_to,
    closesOn: s.closes_on,
    samplePerUnit: s.sample_per_unit,
    questions: s.questions,
    units,
  };
}

/** Answers at or above "satisfied" over all answered questions, per unit, in the year's surveys. */
export async function surveySatisfied(sql: Sql, units: string[], year: number) {
  const r = await sql.query<{
    unit_code: string;
    answers: Record<string, number>;
    questions: Question[];
  }>(
    `SELECT a.unit_code, a.answers, s.questions FROM reform_survey_answers a
       JOIN reform_surveys s ON s.id = a.survey_id
      WHERE s.year = $1 AND a.unit_code = ANY($2::text[])`,
    [year, units],
  );
  const out = new Map<string, Figure>();
  for (const row of r.rows) {
    const f = out.get(row.unit_code) ?? { numerator: 0, denominator: 0, value: null };
    for (const q of row.questions) {
      const v = row.answers[q.id];
      if (typeof v !== "number") continue;
      f.denominator++;
      if (v >= q.scale.satisfiedFrom) f.numerator++;
    }
    f.value = f.denominator ? f.numerator / f.denominator : null;
    out.set(row.unit_code, f);
  }
  return out;
}
