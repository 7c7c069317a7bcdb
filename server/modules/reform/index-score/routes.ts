// Reform index routes: criteria of a year, the unit's cycle (self-assessment, appraisal, response,
// final), the unit's computation, the recomputation and the ranking.
import {
  appraiseBody,
  criteriaBody,
  criteriaSetView,
  criteriaTemplate,
  criteriaView,
  indexRankingView,
  indexRankingQuery as rankingQuery,
  recomputeView,
  respondBody,
  selfBody,
  stageView,
  unitIndexView,
} from "../../../../shared/contracts/reform.ts";
import { commandsOn } from "../../../platform/command.ts";
import { badInput } from "../../../platform/errors.ts";
import type { Api, Ctx } from "../../../platform/http.ts";
import { param } from "../../../platform/http.ts";
import { type Action, authorize, requireUser, type WithCommands } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { criteriaInUse, notAUnit } from "../errors.ts";
import { appraise, respond, saveSelfAssessment } from "./assess.ts";
import { checkAreas } from "./criteria.ts";
import { MEASURE_NAMES } from "./measures.ts";
import { computeYear, recomputeYear, UNIT_LEVELS } from "./recompute.ts";
import { criteriaFrozen, loadScores, loadSet } from "./store.ts";
import { DEFAULT_AREAS, DEFAULT_RULES } from "./template.ts";

function yearOf(c: Ctx): number {
  const y = Number(param(c, "year"));
  if (!Number.isInteger(y) || y < 2000 || y > 2100)
    throw badInput(
      "reform.bad_year",
      "year",
      "năm không hợp lệ (2000–2100)",
      "invalid year (2000–2100)",
    );
  return y;
}

export function indexRoutes(api: Api, deps: ReformDeps & WithCommands) {
  const command = commandsOn(api, deps.commands);
  const tag = "reform";
  const base = "/api/reform/index/:year";

  /** Authorises the action on the unit and runs the change in one transaction. */
  const unitAction = async <T>(
    c: Ctx,
    action: Action,
    fn: (x: {
      tx: Parameters<Parameters<ReformDeps["db"]["transaction"]>[0]>[0];
      year: number;
      agency: string;
      now: Date;
    }) => Promise<T>,
    recompute = false,
  ) => {
    const actor = requireUser(c);
    const tree = await deps.agencies.tree();
    const agency = param(c, "agency");
    authorize(actor, action, tree.subtreeOf, agency);
    const a = tree.byCode.get(agency);
    if (!a || !(UNIT_LEVELS as readonly string[]).includes(a.level)) throw notAUnit(agency);
    const year = yearOf(c);
    const now = deps.clock.now();
    return deps.db.transaction(async (tx) => {
      const out = await fn({ tx, year, agency, now });
      if (recompute) await recomputeYear(deps, tx, tree, year, now);
      return out;
    });
  };

  command(
    {
      method: "put",
      path: `${base}/criteria`,
      response: criteriaSetView,
      summary: "Ban hành bộ tiêu chí Chỉ số CCHC năm / Issue the year's reform index criteria",
      tag,
      action: "reform.manage",
      body: criteriaBody,
    },
    async ({ c, tx, body, actor, now }) => {
      const year = yearOf(c);
      checkAreas(body.areas);
      const areaCodes = new Set(body.areas.map((a) => a.code));
      body.rules.forEach((r, i) => {
        if (r.effect.kind === "percentOfArea" && !areaCodes.has(r.effect.area))
          throw badInput(
            "reform.unknown_area",
            `rules[${i}].effect.area`,
            `không có lĩnh vực ${r.effect.area}`,
            `no area ${r.effect.area}`,
          );
      });
      if (await criteriaFrozen(tx, year)) throw criteriaInUse(year);
      await tx.query(
        `INSERT INTO reform_index_sets (year, title, areas, rules, issued_at, issued_by) VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6)
           ON CONFLICT (year) DO UPDATE SET title = EXCLUDED.title, areas = EXCLUDED.areas, rules = EXCLUDED.rules,
             issued_at = EXCLUDED.issued_at, issued_by = EXCLUDED.issued_by`,
        [
          year,
          body.title,
          JSON.stringify(body.areas),
          JSON.stringify(body.rules),
          now,
          actor.username,
        ],
      );
      return {
        answer: await loadSet(tx, year),
        audit: {
          action: "reform.criteria_issued",
          subjectType: "reform_index_set",
          subjectId: String(year),
          details: { areas: body.areas.length, rules: body.rules.length },
        },
      };
    },
  );

  api.route(
    {
      method: "get",
      path: `${base}/criteria`,
      response: criteriaView,
      summary: "Bộ tiêu chí Chỉ số CCHC năm / The year's criteria",
      tag,
    },
    async (c) => {
      authorize(requireUser(c), "reform.read", (await deps.agencies.tree()).subtreeOf);
      const year = yearOf(c);
      return {
        ...(await loadSet(deps.db, year)),
        measures: MEASURE_NAMES,
        // Frozen once a unit has begun its self-assessment (the criteria can no longer change).
        frozen: await criteriaFrozen(deps.db, year),
      };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/reform/criteria-template",
      response: criteriaTemplate,
      summary:
        "Bộ tiêu chí mẫu (8 lĩnh vực, QĐ 876/QĐ-BNV) / The default criteria to start a year from",
      tag,
    },
    async (c) => {
      authorize(requireUser(c), "reform.read", (await deps.agencies.tree()).subtreeOf);
      return { areas: DEFAULT_AREAS, rules: DEFAULT_RULES, measures: MEASURE_NAMES };
    },
  );

  api.route(
    {
      method: "put",
      path: `${base}/units/:agency/self`,
      response: stageView,
      summary: "Tự đánh giá, chấm điểm / Self-assessment",
      tag,
      body: selfBody,
    },
    async (c, { body }) => {
      const actor = requireUser(c);
      return unitAction(c, "reform.report", (x) => saveSelfAssessment({ deps, actor, ...x }, body));
    },
  );

  api.route(
    {
      method: "post",
      path: `${base}/units/:agency/appraisal`,
      response: stageView,
      summary: "Thẩm định (Sở Nội vụ) / Appraisal by Home Affairs",
      tag,
      body: appraiseBody,
    },
    async (c, { body }) => {
      const actor = requireUser(c);
      return unitAction(
        c,
        "reform.appraise",
        (x) => appraise({ deps, actor, ...x }, body, false),
        true,
      );
    },
  );

  api.route(
    {
      method: "post",
      path: `${base}/units/:agency/response`,
      response: stageView,
      summary: "Phản hồi kết quả thẩm định (một lần) / The unit's one response",
      tag,
      body: respondBody,
    },
    async (c, { body }) => {
      const actor = requireUser(c);
      return unitAction(c, "reform.report", (x) => respond({ deps, actor, ...x }, body));
    },
  );

  api.route(
    {
      method: "post",
      path: `${base}/units/:agency/final`,
      response: stageView,
      summary: "Điểm cuối cùng / Final scores",
      tag,
      body: appraiseBody,
    },
    async (c, { body }) => {
      const actor = requireUser(c);
      return unitAction(
        c,
        "reform.appraise",
        (x) => appraise({ deps, actor, ...x }, body, true),
        true,
      );
    },
  );

  api.route(
    {
      method: "get",
      path: `${base}/units/:agency`,
      response: unitIndexView,
      summary: "Chỉ số CCHC của đơn vị, có cách tính / A unit's reform index with its computation",
      tag,
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      const agency = param(c, "agency");
      authorize(actor, "reform.read", tree.subtreeOf, agency);
      const year = yearOf(c);
      const set = await loadSet(deps.db, year);
      const rows = await computeYear(deps, deps.db, tree, year);
      const row = rows.find((r) => r.code === agency);
      if (!row) throw notAUnit(agency);
      const entered = (await loadScores(deps.db, year, agency)).get(agency) ?? new Map();
      return {
        year,
        agency,
        name: row.name,
        level: row.level,
        stage: row.stage,
        rank: row.rank,
        of: rows.filter((r) => r.level === row.level).length,
        total: row.total,
        areas: set.areas,
        measures: MEASURE_NAMES,
        result: row.result,
        entered: Object.fromEntries(entered),
      };
    },
  );

  api.route(
    {
      method: "post",
      path: `${base}/recompute`,
      response: recomputeView,
      summary: "Tính lại Chỉ số CCHC mọi đơn vị / Recompute every unit",
      tag,
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "reform.manage", tree.subtreeOf);
      const year = yearOf(c);
      const now = deps.clock.now();
      const t0 = performance.now();
      const rows = await deps.db.transaction((tx) => recomputeYear(deps, tx, tree, year, now));
      return { year, units: rows.length, ms: Math.round(performance.now() - t0) };
    },
  );

  api.route(
    {
      method: "get",
      path: `${base}/ranking`,
      response: indexRankingView,
      summary: "Xếp hạng Chỉ số CCHC / Reform index ranking",
      tag,
      query: rankingQuery,
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "reform.read", tree.subtreeOf);
      const year = yearOf(c);
      const r = await deps.db.query<Record<string, unknown>>(
        `SELECT agency_code, level, total, rank, detail, computed_at FROM reform_results
          WHERE year = $1 AND ($2::text IS NULL OR level = $2) ORDER BY level, rank, agency_code`,
        [year, query.level ?? null],
      );
      return {
        year,
        computedAt: r.rows[0] ? new Date(r.rows[0].computed_at as string).toISOString() : null,
        units: r.rows.map((x) => {
          const d = (typeof x.detail === "string" ? JSON.parse(x.detail) : x.detail) as {
            stage: string;
            areas: Record<string, number>;
            deductions: unknown[];
          };
          return {
            code: x.agency_code,
            name: tree.byCode.get(x.agency_code as string)?.name ?? x.agency_code,
            level: x.level,
            total: Number(x.total),
            rank: x.rank,
            stage: d.stage,
            areas: d.areas,
            deductions: d.deductions,
          };
        }),
      };
    },
  );
}
