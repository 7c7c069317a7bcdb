// The demo step "reform": letter 6187/UBND-KSTT as a directive whose sections are tasks for the
// departments and communes (Home Affairs and the provincial office monitor), the units' quarterly
// reports over the year with a realistic mix of diligence, late tasks flagged to the heads; the
// year's reform index criteria, every unit's self-assessment, one department appraised to the end.
import { record } from "../modules/audit/index.ts";
import { AgencyDirectory, SYSTEM_ACTOR } from "../modules/identity/index.ts";
import {
  type CycleStep,
  closedPeriods,
  DEFAULT_AREAS,
  DEFAULT_QUESTIONS,
  DEFAULT_RULES,
  flagLateTasks,
  issueDirective,
  type ReformDeps,
  recomputeYear,
  recordAppraisal,
  recordResponse,
  recordSelfAssessment,
  vnDay,
} from "../modules/reform/index.ts";
import type { Outcome } from "../platform/command.ts";
import { loadConfig } from "../platform/config.ts";
import type { Sql } from "../platform/db.ts";
import { createLogger } from "../platform/logger.ts";
import { reformFigures } from "../reform-figures.ts";
import type { DemoCodes, DemoStep } from "./index.ts";
import { LETTER_6187, LETTER_6187_SECTIONS } from "./letter-6187.ts";
import { tradeProcedures } from "./reform-procedures.ts";

/** A stable number in [0, 1) from a text (the demo is the same on every start). */
function hash01(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return ((h >>> 0) % 10_000) / 10_000;
}

function tasksOf(codes: DemoCodes) {
  const p = codes.province;
  const monitors = [`${p}.02`, `${p}.01`];
  return LETTER_6187_SECTIONS.map((s) => {
    const named = Array.isArray(s.addressees) ? s.addressees.map((x) => `${p}.${x}`) : [];
    return {
      ref: s.ref,
      text: s.text,
      assignees: {
        levels:
          s.addressees === "all"
            ? (["department", "commune"] as ("department" | "commune")[])
            : s.addressees === "departments"
              ? (["department"] as ("department" | "commune")[])
              : [],
        agencies: named,
      },
      deadline: null,
      // Each unit adds the results to its periodic (quarterly) reform report (letter 6187, closing paragraph).
      cycle: "quarter" as const,
      lead: named[0] ?? null,
      cooperating: named.slice(1),
      monitors,
    };
  });
}

/** `since`: when the demo catalogue is recorded as in force (the catalogue step's rule). */
export const reformStep = (since: (now: Date) => Date): DemoStep => ({
  name: "reform",
  async run(db, clock, codes, progress) {
    const seeded = await db.query("SELECT 1 FROM reform_directives WHERE number = $1", [
      LETTER_6187.number,
    ]);
    if (seeded.rows.length) return;
    const now = clock.now();
    const today = vnDay(now);
    const year = Number(today.slice(0, 4));
    const agencies = new AgencyDirectory(db, 0);
    const deps: ReformDeps = {
      db,
      clock,
      log: createLogger("warn"),
      config: loadConfig(),
      agencies,
      figures: reformFigures,
    };
    const tree = await agencies.tree();
    await db.transaction((tx) => tradeProcedures(tx, `${codes.province}.05`, since(now)));
    const issued = await db.transaction((tx) =>
      issueDirective(
        deps,
        tx,
        SYSTEM_ACTOR,
        tree,
        {
          number: LETTER_6187.number,
          kind: "letter",
          issuedOn: LETTER_6187.issuedOn,
          issuer: codes.province,
          signer: LETTER_6187.signer,
          subject: LETTER_6187.subject,
          fileSha256: null,
          tasks: tasksOf(codes),
        },
        now,
      ),
    );
    progress("reform", 1, 4);
    await db.transaction(async (tx) => {
      const units = await tx.query<{ task_id: string; agency_code: string; ref: string }>(
        `SELECT u.task_id, u.agency_code, t.ref FROM reform_task_units u JOIN reform_tasks t ON t.id = u.task_id
          WHERE t.directive_id = $1`,
        [issued.id],
      );
      // The quarters of this year closed so far, and the current one.
      const quarters = closedPeriods("quarter", `${year}-01-01`, today);
      const rows: unknown[][] = [];
      for (const u of units.rows) {
        const diligence = 0.55 + 0.45 * hash01(u.agency_code);
        quarters.forEach((q, i) => {
          if (hash01(`${u.task_id}${u.agency_code}${q.from}`) > diligence) return;
          const day = q.to.slice(0, 8) + String(10 + Math.floor(hash01(u.agency_code + i) * 15));
          rows.push([
            u.task_id,
            u.agency_code,
            "in_progress",
            `Quý ${i + 1}/${year}: đã triển khai nội dung mục ${u.ref} Công văn ${LETTER_6187.number}; kết quả nêu trong báo cáo CCHC quý.`,
            day,
            new Date(`${day}T09:00:00+07:00`),
          ]);
        });
      }
      const col = (k: number) => rows.map((r) => r[k]);
      await tx.query(
        `INSERT INTO reform_task_reports (task_id, agency_code, status, text, reported_on, reported_at, reported_by)
         SELECT t, a, s, x, d, at, 'demo' FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::timestamptz[]) AS r(t, a, s, x, d, at)`,
        [col(0), col(1), col(2), col(3), col(4), col(5)],
      );
      await record(tx, SYSTEM_ACTOR, now, {
        action: "demo.reform_reports_seeded",
        subjectType: "reform_directive",
        subjectId: issued.id,
        details: { reports: rows.length },
      });
      await flagLateTasks(tx, now, today);
    });
    progress("reform", 2, 4);
    await seedIndex(deps, codes, year, now);
    progress("reform", 4, 4);
  },
});

async function seedIndex(deps: ReformDeps, codes: DemoCodes, year: number, now: Date) {
  const { db } = deps;
  await db.query(
    `INSERT INTO reform_index_sets (year, title, areas, rules, issued_at, issued_by)
     VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, 'demo') ON CONFLICT (year) DO NOTHING`,
    [
      year,
      `Bộ Chỉ số cải cách hành chính năm ${year} của các sở, ngành và UBND cấp xã`,
      JSON.stringify(DEFAULT_AREAS),
      JSON.stringify(DEFAULT_RULES),
      now,
    ],
  );
  const subs = DEFAULT_AREAS.flatMap((a) => a.criteria.flatMap((c) => c.subs)).filter(
    (s) => s.scoring.how === "evidence",
  );
  const tree = await deps.agencies.tree();
  const units = [...codes.departments, ...codes.communes].filter((c) => {
    const a = tree.byCode.get(c);
    return a && (a.level === "department" || a.level === "commune");
  });
  // Every unit but one commune (left for the demo user) has submitted its self-assessment.
  const left = `${codes.province}.101`;
  await db.transaction(async (tx) => {
    // Each step of the cycle as its command does it: the change, then its audit record.
    const audited = async (change: Promise<Outcome<unknown>>) =>
      record(tx, SYSTEM_ACTOR, now, (await change).audit);
    const on = (agency: string): CycleStep => ({ deps, tx, year, agency, now });
    for (const agency of units) {
      if (agency === left) continue;
      const items = subs.map((s) => ({
        sub: s.code,
        score: Math.round(s.max * (0.7 + 0.3 * hash01(agency + s.code)) * 4) / 4,
        note: "Kèm kế hoạch, báo cáo và văn bản triển khai của đơn vị.",
        evidence: [],
      }));
      await audited(recordSelfAssessment(on(agency), { items, submit: true }));
    }
    // The Department of Justice goes through the whole cycle.
    const justice = `${codes.province}.03`;
    await audited(
      recordAppraisal(
        on(justice),
        {
          items: [
            { sub: "2.1.1", score: 3.5, reason: "Chưa rà soát đủ văn bản hết hiệu lực trong năm." },
          ],
        },
        false,
      ),
    );
    await audited(
      recordResponse(on(justice), {
        items: [{ sub: "2.1.1", text: "Đơn vị đã bổ sung Quyết định công bố kết quả rà soát." }],
      }),
    );
    await audited(
      recordAppraisal(
        on(justice),
        { items: [{ sub: "2.1.1", score: 4, reason: "Chấp nhận một phần phản hồi của đơn vị." }] },
        true,
      ),
    );
    for (const agency of units)
      if (agency !== justice && agency !== left && hash01(agency) < 0.3)
        await audited(recordAppraisal(on(agency), { items: [] }, false));
    await seedSurvey(tx, units, year, now);
    await recomputeYear(deps, tx, tree, year, now);
  });
}

/** The year's satisfaction survey, answered: 12 anonymous answers per unit (sub-criterion 8.1.1). */
async function seedSurvey(tx: Sql, units: string[], year: number, now: Date) {
  const s = await tx.query<{ id: string }>(
    `INSERT INTO reform_surveys (year, title, period_from, period_to, units, questions, sample_per_unit, closes_on, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, 20, $4, $7, 'demo') RETURNING id`,
    [
      year,
      `Khảo sát sự hài lòng của người dân, tổ chức năm ${year}`,
      `${year}-01-01`,
      `${year}-06-30`,
      units,
      JSON.stringify(DEFAULT_QUESTIONS),
      now,
    ],
  );
  const rows = units.flatMap((u) =>
    Array.from({ length: 12 }, (_, i) =>
      Object.fromEntries(
        DEFAULT_QUESTIONS.map((q) => [q.id, 2 + Math.floor(hash01(`${u}|${i}|${q.id}`) * 3.6)]),
      ),
    ).map((answers) => ({ u, answers })),
  );
  await tx.query(
    `INSERT INTO reform_survey_answers (survey_id, unit_code, answers)
     SELECT $1, u, a::jsonb FROM unnest($2::text[], $3::text[]) AS x(u, a)`,
    [s.rows[0].id, rows.map((r) => r.u), rows.map((r) => JSON.stringify(r.answers))],
  );
}
