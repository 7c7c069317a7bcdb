// A satisfaction survey's life (reform spec, "Survey component"): created for a year, a period
// and units with its questionnaire; applicants of dossiers finished in the period are sampled
// and sent a single-use link; each link answers once, anonymously.
import { createHash, randomBytes } from "node:crypto";
import type { Outcome } from "../../../platform/command.ts";
import type { Sql } from "../../../platform/db.ts";
import { sendLater, unaccented } from "../../citizen/index.ts";
import type { Actor, AgencyTree } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { notAUnit, unknownAgency } from "../errors.ts";
import { vnDay } from "../periods.ts";
import { UNIT_LEVELS } from "../units.ts";
import { badAnswer, badPeriod, invitationInvalid, surveyClosed, surveyNotFound } from "./errors.ts";
import type { Question } from "./questionnaire.ts";
import type { AnswerInput, SurveyInput } from "./schemas.ts";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface SurveyRow {
  id: string;
  year: number;
  title: string;
  period_from: string;
  period_to: string;
  units: string[];
  questions: Question[];
  sample_per_unit: number;
  closes_on: string;
}

const COLUMNS = `id, year, title, to_char(period_from, 'YYYY-MM-DD') AS period_from,
  to_char(period_to, 'YYYY-MM-DD') AS period_to, units, questions, sample_per_unit,
  to_char(closes_on, 'YYYY-MM-DD') AS closes_on`;

export async function loadSurvey(sql: Sql, id: string, lock = false): Promise<SurveyRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw surveyNotFound(id);
  const r = await sql.query<SurveyRow>(
    `SELECT ${COLUMNS} FROM reform_surveys WHERE id = $1${lock ? " FOR UPDATE" : ""}`,
    [id],
  );
  if (!r.rows[0]) throw surveyNotFound(id);
  return r.rows[0];
}

export async function listSurveys(sql: Sql, year?: number): Promise<SurveyRow[]> {
  const r = await sql.query<SurveyRow>(
    `SELECT ${COLUMNS} FROM reform_surveys WHERE $1::int IS NULL OR year = $1 ORDER BY year DESC, created_at DESC`,
    [year ?? null],
  );
  return r.rows;
}

export async function createSurvey(
  tx: Sql,
  actor: Actor,
  tree: AgencyTree,
  s: SurveyInput,
  now: Date,
): Promise<Outcome<{ id: string }>> {
  if (s.periodFrom > s.periodTo) throw badPeriod();
  s.units.forEach((code, i) => {
    const a = tree.byCode.get(code);
    if (!a) throw unknownAgency(code, `units[${i}]`);
    if (!(UNIT_LEVELS as readonly string[]).includes(a.level)) throw notAUnit(code);
  });
  const ids = s.questions.map((q) => q.id);
  if (new Set(ids).size !== ids.length)
    throw badAnswer("questions", "mã câu hỏi bị trùng", "question ids repeat");
  const r = await tx.query<{ id: string }>(
    `INSERT INTO reform_surveys (year, title, period_from, period_to, units, questions, sample_per_unit, closes_on, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8, $9, $10) RETURNING id`,
    [
      s.year,
      s.title,
      s.periodFrom,
      s.periodTo,
      [...new Set(s.units)],
      JSON.stringify(s.questions),
      s.samplePerUnit,
      s.closesOn,
      now,
      actor.username,
    ],
  );
  const id = r.rows[0].id;
  return {
    answer: { id },
    audit: {
      action: "reform.survey_created",
      subjectType: "reform_survey",
      subjectId: id,
      details: { year: s.year, units: s.units.length, questions: s.questions.length },
    },
  };
}

interface Candidate {
  code: string;
  agency_code: string;
  email: string | null;
  phone: string | null;
  lang: string | null;
}

/**
 * Samples applicants of dossiers finished in the period in each unit (and the agencies under
 * it) who gave an e-mail or phone, up to the sample size, and sends each a single-use link.
 * The sample is a fixed pseudo-random order of the dossiers, so inviting again tops it up.
 */
export async function invite(
  deps: ReformDeps,
  tx: Sql,
  tree: AgencyTree,
  id: string,
  now: Date,
): Promise<Outcome<{ invited: Record<string, number> }>> {
  const s = await loadSurvey(tx, id, true);
  if (vnDay(now) > s.closes_on) throw surveyClosed();
  const base = (deps.publicUrl?.() ?? "").replace(/\/$/, "");
  const invited: Record<string, number> = {};
  for (const unit of s.units) {
    const done = await tx.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM reform_survey_invitations WHERE survey_id = $1 AND unit_code = $2",
      [id, unit],
    );
    const room = s.sample_per_unit - done.rows[0].n;
    invited[unit] = 0;
    if (room <= 0) continue;
    const c = await tx.query<Candidate>(
      `SELECT d.code, d.agency_code, d.applicant->>'email' AS email, d.applicant->>'phone' AS phone,
              d.applicant->>'lang' AS lang
         FROM dossiers d
        WHERE d.agency_code = ANY($1::text[]) AND d.finished_at IS NOT NULL
          AND (d.finished_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date BETWEEN $2::date AND $3::date
          AND coalesce(d.applicant->>'email', d.applicant->>'phone') IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM reform_survey_invitations i WHERE i.survey_id = $4 AND i.dossier_code = d.code)
        ORDER BY md5(d.code || $4::text) LIMIT $5`,
      [tree.subtreeOf(unit), s.period_from, s.period_to, id, room],
    );
    for (const d of c.rows) {
      const token = randomBytes(32).toString("base64url");
      await tx.query(
        `INSERT INTO reform_survey_invitations (survey_id, dossier_code, unit_code, token_hash, invited_at)
         VALUES ($1, $2, $3, $4, $5)`,
        [id, d.code, unit, hashToken(token), now],
      );
      // The token rides in the fragment: browsers never send it to a server in a request line.
      const link = `${base}/khao-sat#${token}`;
      const en = d.lang === "en";
      const text = en
        ? `Please tell us how satisfied you are with the handling of dossier ${d.code} (anonymous survey, closes ${s.closes_on}): ${link}`
        : `Mời Ông/Bà đánh giá mức độ hài lòng về việc giải quyết hồ sơ ${d.code} (khảo sát ẩn danh, hạn ${s.closes_on}): ${link}`;
      const key = `survey:${id}:${d.code}`;
      if (d.email)
        await sendLater(tx, deps.clock, "email", key, {
          to: d.email,
          subject: en ? "Satisfaction survey" : "Khảo sát sự hài lòng",
          text,
        });
      // SMS carries the text without accents (GSM 7-bit), as the notices do.
      else
        await sendLater(tx, deps.clock, "sms", key, { phone: d.phone, content: unaccented(text) });
      invited[unit]++;
    }
  }
  return {
    answer: { invited },
    audit: {
      action: "reform.survey_invited",
      subjectType: "reform_survey",
      subjectId: id,
      details: { invited },
    },
  };
}

/** What the public answer page shows for a valid, unused token. */
export async function openInvitation(sql: Sql, token: string, now: Date) {
  const r = await sql.query<{ survey_id: string; unit_code: string }>(
    "SELECT survey_id, unit_code FROM reform_survey_invitations WHERE token_hash = $1 AND NOT used",
    [hashToken(token)],
  );
  if (!r.rows[0]) throw invitationInvalid();
  const s = await loadSurvey(sql, r.rows[0].survey_id);
  if (vnDay(now) > s.closes_on) throw surveyClosed();
  return {
    title: s.title,
    unit: r.rows[0].unit_code,
    closesOn: s.closes_on,
    questions: s.questions,
  };
}

function checkAnswers(questions: Question[], answers: Record<string, number>) {
  for (const key of Object.keys(answers))
    if (!questions.some((q) => q.id === key))
      throw badAnswer(`answers.${key}`, `không có câu hỏi ${key}`, `no question ${key}`);
  for (const q of questions) {
    const v = answers[q.id];
    if (v === undefined)
      throw badAnswer(
        `answers.${q.id}`,
        "chưa trả lời câu hỏi này",
        "this question is not answered",
      );
    if (v < q.scale.min || v > q.scale.max)
      throw badAnswer(
        `answers.${q.id}`,
        `điểm phải từ ${q.scale.min} đến ${q.scale.max}`,
        `the score must be from ${q.scale.min} to ${q.scale.max}`,
      );
  }
}

/**
 * Records one anonymous answer: the invitation is only marked used; the answer keeps its survey
 * and unit, no invitation, no dossier, no instant. Not audited per answer: an audit record would
 * tie the answer's moment to the invitation.
 */
export async function answer(tx: Sql, input: AnswerInput, now: Date): Promise<{ thanks: true }> {
  const r = await tx.query<{ survey_id: string; unit_code: string }>(
    "SELECT survey_id, unit_code FROM reform_survey_invitations WHERE token_hash = $1 AND NOT used FOR UPDATE",
    [hashToken(input.token)],
  );
  if (!r.rows[0]) throw invitationInvalid();
  const s = await loadSurvey(tx, r.rows[0].survey_id);
  if (vnDay(now) > s.closes_on) throw surveyClosed();
  checkAnswers(s.questions, input.answers);
  await tx.query("UPDATE reform_survey_invitations SET used = true WHERE token_hash = $1", [
    hashToken(input.token),
  ]);
  await tx.query(
    "INSERT INTO reform_survey_answers (survey_id, unit_code, answers, comment) VALUES ($1, $2, $3, $4)",
    [s.id, r.rows[0].unit_code, JSON.stringify(input.answers), input.comment || null],
  );
  return { thanks: true };
}
