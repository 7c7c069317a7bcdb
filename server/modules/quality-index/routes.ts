// HTTP API of the Decision 766/QĐ-TTg index: the index, what costs points, forecast, ranking,
// per-procedure figures, the Excel export and the live stream (routes-live.ts).
import {
  costsResponse,
  forecastResponse,
  indexResponse,
  periodQuery,
  proceduresResponse,
  rankingQuery,
  rankingResponse,
  unitQuery,
} from "../../../shared/contracts/quality-index.ts";
import type { Api } from "../../platform/http.ts";
import { inScope } from "../identity/index.ts";
import { readableUnit, readScope } from "./access.ts";
import { JudgeCache } from "./calendar-judge.ts";
import type { QualityIndexDeps } from "./deps.ts";
import { ChangeFeed } from "./live.ts";
import { indicatorLosses } from "./losses.ts";
import { runningPeriod } from "./periods.ts";
import { procedureFigures } from "./procedure-view.ts";
import { ranking } from "./ranking.ts";
import { exportRoute } from "./routes-export.ts";
import { liveRoute } from "./routes-live.ts";
import { rulesFor } from "./rules.ts";
import { present } from "./schemas.ts";
import { costsOf, forecastOf, indexOf, type ReadCtx } from "./service.ts";

export function qualityIndexRoutes(api: Api, deps: QualityIndexDeps) {
  const ctx: ReadCtx = {
    sql: deps.db,
    judges: deps.judges ?? new JudgeCache(),
    procedures: deps.procedures,
    now: () => deps.clock.now(),
  };
  const feed =
    deps.feed ?? new ChangeFeed(deps.db, 300, (err) => deps.log.warn({ err }, "index change feed"));
  const tag = "quality-index";

  api.route(
    {
      method: "get",
      path: "/api/index",
      summary: "Chỉ số phục vụ (QĐ 766) / Service index (Decision 766); công khai cho cấp tỉnh",
      tag,
      auth: false,
      query: periodQuery,
      response: indexResponse,
    },
    async (c, { query }) => {
      const { unit } = await readableUnit(c, deps, query.unit, { publicProvince: true });
      const asOf = query.asOf ? new Date(query.asOf) : undefined;
      return present(await indexOf(ctx, unit, query, undefined, asOf), unit);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/index/costs",
      summary: "Điều gì làm mất điểm / What costs points",
      tag,
      query: periodQuery,
      response: costsResponse,
    },
    async (c, { query }) => {
      const { unit } = await readableUnit(c, deps, query.unit);
      const rules = rulesFor(query.to);
      const asOf = query.asOf ? new Date(query.asOf) : undefined;
      const items = await costsOf(ctx, unit, query, asOf);
      const names = Object.fromEntries(rules.indicators.map((r) => [r.id, { vi: r.vi, en: r.en }]));
      return {
        unit: unit.code,
        from: query.from,
        to: query.to,
        // Largest loss first, 0/0 indicators included, each with what to do about it.
        indicators: indicatorLosses(await indexOf(ctx, unit, query, undefined, asOf), items, rules),
        items: items.map((i) => ({ ...i, indicatorName: names[i.indicator] })),
      };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/index/forecast",
      summary: "Dự báo kỳ hiện tại / Forecast of the running period",
      tag,
      query: unitQuery,
      response: forecastResponse,
    },
    async (c, { query }) => {
      const { unit } = await readableUnit(c, deps, query.unit);
      const now = deps.clock.now();
      const period = runningPeriod(now, query.period);
      const f = await forecastOf(ctx, unit, period, now);
      return { ...f, index: present(f.index, unit), asOf: now.toISOString() };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/index/ranking",
      summary: "Xếp hạng và xu hướng / Ranking with trend",
      tag,
      query: rankingQuery,
      response: rankingResponse,
    },
    async (c, { query }) => {
      const { tree, scope } = await readScope(c, deps);
      const r = await ranking(ctx, tree, query.level, query, query.periods ?? 6, deps.clock.now());
      // Ranks are over every unit of the level; an officer sees the rows of the units in scope.
      return { ...r, units: r.units.filter((u) => inScope(scope, u.code)) };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/index/procedures",
      summary: "Số liệu theo thủ tục / Per-procedure figures",
      tag,
      query: periodQuery,
      response: proceduresResponse,
    },
    async (c, { query }) => {
      const { unit } = await readableUnit(c, deps, query.unit);
      return {
        unit: unit.code,
        from: query.from,
        to: query.to,
        procedures: await procedureFigures(
          ctx,
          unit,
          query,
          query.asOf ? new Date(query.asOf) : undefined,
        ),
      };
    },
  );

  exportRoute(api, deps, ctx);
  liveRoute(api, deps, ctx, feed);
}
