// GET /api/index.xlsx: the index of a unit, what costs it points, and the ranking of the
// departments and communes in the reader's scope, in one workbook with Vietnamese headers and
// typed cells (numbers as numbers; a rate at 0/0 is empty, explained in a note column).

import { periodQuery } from "../../../shared/contracts/quality-index.ts";
import { contentDisposition } from "../../platform/content-disposition.ts";
import type { Api } from "../../platform/http.ts";
import { toXlsx, type XlsxSheet } from "../documents/index.ts";
import { inScope } from "../identity/index.ts";
import { readableUnit, readScope } from "./access.ts";
import type { QualityIndexDeps } from "./deps.ts";
import { indicatorLosses } from "./losses.ts";
import { ranking } from "./ranking.ts";
import { rulesFor } from "./rules.ts";
import { bandOf } from "./score.ts";
import { costsOf, indexOf, type ReadCtx } from "./service.ts";

export function exportRoute(api: Api, deps: QualityIndexDeps, ctx: ReadCtx) {
  api.route(
    {
      method: "get",
      path: "/api/index.xlsx",
      summary: "Xuất Excel chỉ số, điểm bị trừ, xếp hạng / Excel export",
      tag: "quality-index",
      query: periodQuery,
      produces: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    },
    async (c, { query }) => {
      const { unit } = await readableUnit(c, deps, query.unit);
      const { tree, scope } = await readScope(c, deps);
      const rules = rulesFor(query.to);
      const asOf = query.asOf ? new Date(query.asOf) : undefined;
      const idx = await indexOf(ctx, unit, query, undefined, asOf);
      const items = await costsOf(ctx, unit, query, asOf);
      const losses = indicatorLosses(idx, items, rules);
      const name = (id: string) => rules.indicators.find((r) => r.id === id)?.vi ?? id;
      const sheets: XlsxSheet[] = [
        {
          name: "Chỉ số",
          columns: [
            { header: "Mã chỉ số", key: "id", width: 10 },
            { header: "Tên chỉ số", key: "name", width: 48 },
            { header: "Tử số", key: "numerator", type: "number" },
            { header: "Mẫu số", key: "denominator", type: "number" },
            // An empty rate is a zero denominator ("N/A" in Decision 766/QĐ-TTg): see the note.
            { header: "Tỷ lệ (%)", key: "rate", type: "number", format: "0.00" },
            { header: "Điểm tối đa", key: "max", type: "number" },
            { header: "Điểm đạt", key: "score", type: "number", format: "0.00" },
            { header: "Ghi chú", key: "note", width: 36 },
          ],
          rows: [
            ...idx.indicators.map((i) => ({
              ...i,
              name: name(i.id),
              note: i.denominator === 0 ? "Chưa có dữ liệu (0/0), không tính điểm" : "",
            })),
            ...idx.groups.map((g) => ({
              id: `Nhóm ${g.id}`,
              name: rules.groups.find((x) => x.id === g.id)?.vi,
              max: g.max,
              score: g.score,
            })),
            {
              id: "Tổng",
              name: `${unit.name} — xếp loại ${bandOf(idx, rules).vi}`,
              max: 100,
              score: idx.total,
            },
          ],
        },
        {
          name: "Mất điểm theo chỉ số",
          columns: [
            { header: "Chỉ số", key: "indicator", width: 8 },
            { header: "Tên chỉ số", key: "name", width: 40 },
            { header: "Điểm mất", key: "lost", type: "number", format: "0.00" },
            { header: "Tình trạng dữ liệu", key: "data", width: 18 },
            { header: "Việc cần làm", key: "advice", width: 80 },
          ],
          rows: losses.map((l) => ({
            indicator: l.indicator,
            name: l.name.vi,
            lost: l.lost,
            data: l.missingData ? "Chưa có dữ liệu (0/0)" : `${l.numerator}/${l.denominator}`,
            advice: l.advice.vi,
          })),
        },
        {
          name: "Điểm bị trừ",
          columns: [
            { header: "Chỉ số", key: "indicator", width: 8 },
            { header: "Loại", key: "kind", width: 10 },
            { header: "Mã hồ sơ / thủ tục / PAKN", key: "code", width: 24 },
            { header: "Lý do", key: "vi", width: 60 },
            { header: "Điểm bị trừ", key: "points", type: "number", format: "0.00" },
          ],
          rows: items.map((i) => ({
            ...i,
            kind: { dossier: "hồ sơ", procedure: "thủ tục", complaint: "PAKN" }[i.kind],
          })),
        },
      ];
      for (const level of ["department", "commune"] as const) {
        const r = await ranking(ctx, tree, level, query, 1, deps.clock.now());
        sheets.push({
          name: level === "department" ? "Xếp hạng sở, ngành" : "Xếp hạng xã, phường",
          columns: [
            { header: "Hạng", key: "rank", width: 6, type: "number" },
            { header: "Mã đơn vị", key: "code", width: 14 },
            { header: "Tên đơn vị", key: "name", width: 40 },
            { header: "Tổng điểm", key: "total", type: "number", format: "0.00" },
            { header: "Xếp loại", key: "band" },
          ],
          rows: r.units
            .filter((u) => inScope(scope, u.code))
            .map((u) => ({ ...u, band: u.band.vi })),
        });
      }
      const file = `chi-so-766-${unit.code}-${query.from}-${query.to}.xlsx`;
      return c.body(new Uint8Array(await toXlsx(sheets)), 200, {
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": contentDisposition("attachment", `${file}`),
      });
    },
  );
}
