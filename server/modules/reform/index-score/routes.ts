// Reform index routes: criteria of a year, the unit's computation and the ranking; the unit's
// cycle (self-assessment, appraisal, response, final) and the recomputation are in cycle-routes.ts.
import {
  criteriaBody,
  criteriaSetView,
  criteriaTemplate,
  criteriaView,
  indexRankingView,
  indexRankingQuery as rankingQuery,
  unitIndexView,
} from "../../../../shared/contracts/reform.ts";
import { commandsOn } from "../../../platform/command.ts";
import { badInput } from "../../../platform/errors.ts";
import type { Api } from "../../../platform/http.ts";
import { param } from "../../../platform/http.ts";
import { authorize, requireUser, type WithCommands } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { criteriaInUse, notAUnit } from "../errors.ts";
import { yearOf } from "../year.ts";
import { checkAreas } from "./criteria.ts";
import { cycleRoutes } from "./cycle-routes.ts";
import { MEASURE_NAMES } from "./measures.ts";
import { computeYear } from "./recompute.ts";
import { criteriaFrozen, loadScores, loadSet } from "./store.ts";
import { DEFAULT_AREAS, DEFAULT_RULES } from "./template.ts";

export function indexRoutes(api: Api, deps: ReformDeps & WithCommands) {
  const command = commandsOn(api, deps.commands);
  const tag = "reform";
  const base = "/api/reform/index/:year";

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

  cycleRoutes(api, deps);

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
