// The reform index's system figures, read through the public surfaces of the modules that own
// them: the Decision 766 rollups (quality index), the catalogue's online services, the late-dossier
// compliance (accountability), evaluations and complaints (feedback).
import { complianceView } from "./modules/accountability/index.ts";
import { loadCalendar } from "./modules/calendar/index.ts";
import { listProcedures } from "./modules/catalog/index.ts";
import { complaintsForIndex, summarizeEvaluations } from "./modules/feedback/index.ts";
import {
  calendarJudge,
  complaintIndicators,
  type DurationJudge,
  queryTotals,
} from "./modules/quality-index/index.ts";
import type { Figure, Measure, SystemFigures } from "./modules/reform/index.ts";
import type { Sql } from "./platform/db.ts";

const fig = (numerator: number, denominator: number): Figure => ({
  numerator,
  denominator,
  value: denominator ? numerator / denominator : null,
});

/** End of the period as an instant (the next Vietnam midnight). */
const endOf = (to: string) => new Date(Date.parse(`${to}T00:00:00+07:00`) + 86_400_000);

export const reformFigures: SystemFigures = async (sql, units, period) => {
  const out = new Map<string, Partial<Record<Measure, Figure>>>();
  const judge = calendarJudge(await loadCalendar(sql, { agency: null }));
  const at = endOf(period.to);
  const now = new Date(Math.min(Date.now(), at.getTime()));
  for (const u of units) {
    const t = await queryTotals(sql, u.agencies, period.from, period.to);
    const f: Partial<Record<Measure, Figure>> = {
      onTimeRate: fig(t.onTime21, t.handled21),
      onlineDossierShare: fig(t.online33, t.received),
      digitisedShare: fig(t.digitised42, t.received),
      reuseShare: fig(t.reuse43, t.received),
      onlinePaymentShare: fig(t.fee36Num, t.fee36Den),
      onlineProcedureShare: await onlineProcedures(sql, u.agencies, at),
      lateExplainedShare: await lateExplained(sql, u.agencies, period, now),
      satisfiedShare: await satisfied(sql, u.agencies, period),
      complaintsOnTime: await complaintsOnTime(sql, u.agencies, period, judge),
    };
    out.set(u.code, f);
  }
  return out;
};

/** Procedures the unit handles that are offered online (full or partial) / all of them. */
async function onlineProcedures(sql: Sql, agencies: string[], at: Date): Promise<Figure> {
  let all = 0;
  let online = 0;
  let cursor: string | undefined;
  do {
    const page = await listProcedures(sql, { agency: agencies, at }, { cursor, limit: 1000 });
    for (const p of page.items) {
      all++;
      if (p.onlineLevel !== "none") online++;
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return fig(online, all);
}

async function lateExplained(
  sql: Sql,
  agencies: string[],
  period: { from: string; to: string },
  now: Date,
): Promise<Figure> {
  const v = await complianceView(sql, { agencies, ...period, now });
  return fig(v.summary.withApology, v.summary.late);
}

async function satisfied(
  sql: Sql,
  agencies: string[],
  period: { from: string; to: string },
): Promise<Figure> {
  const s = await summarizeEvaluations(sql, { by: "agency", ...period, agencies });
  let n = 0;
  let ok = 0;
  for (const e of s) {
    n += e.count;
    ok += e.overall["very-satisfied"].count + e.overall.satisfied.count;
  }
  return fig(ok, n);
}

async function complaintsOnTime(
  sql: Sql,
  agencies: string[],
  period: { from: string; to: string },
  judge: DurationJudge,
): Promise<Figure> {
  const list = await complaintsForIndex(
    sql,
    agencies,
    new Date(`${period.from}T00:00:00+07:00`),
    endOf(period.to),
  );
  if (!list.length) return fig(0, 0);
  const r = complaintIndicators(period, list, judge).ratios["5.2"];
  return fig(r.numerator, r.denominator);
}
