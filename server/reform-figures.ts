// The reform index's system figures, read through the public surfaces of the modules that own
// them — the Decision 766 rollups (quality index), the catalogue's online services, the
// late-dossier compliance (accountability), evaluations and complaints (feedback) — each in one
// call for every agency of every unit, then summed over each unit's subtree.
import { complianceView } from "./modules/accountability/index.ts";
import { loadCalendar } from "./modules/calendar/index.ts";
import { listProcedures } from "./modules/catalog/index.ts";
import { complaintsForIndex, summarizeEvaluations } from "./modules/feedback/index.ts";
import {
  calendarJudge,
  complaintIndicators,
  queryTotalsByAgency,
} from "./modules/quality-index/index.ts";
import type { Figure, Measure, SystemFigures } from "./modules/reform/index.ts";

type Counts = [numerator: number, denominator: number];
type PerAgency = Map<string, Partial<Record<Measure, Counts>>>;

/** End of the period as an instant (the next Vietnam midnight). */
const endOf = (to: string) => new Date(Date.parse(`${to}T00:00:00+07:00`) + 86_400_000);

function put(m: PerAgency, agency: string, measure: Measure, n: number, d: number) {
  const a = m.get(agency) ?? {};
  const c = a[measure] ?? [0, 0];
  a[measure] = [c[0] + n, c[1] + d];
  m.set(agency, a);
}

export const reformFigures: SystemFigures = async (sql, units, period) => {
  const agencies = [...new Set(units.flatMap((u) => u.agencies))].sort();
  const m: PerAgency = new Map();
  const at = endOf(period.to);
  // Dossier figures from the Decision 766 rollups.
  for (const [a, t] of await queryTotalsByAgency(sql, agencies, period.from, period.to, {
    procedures: false,
  })) {
    put(m, a, "onTimeRate", t.onTime21, t.handled21);
    put(m, a, "onlineDossierShare", t.online33, t.received);
    put(m, a, "digitisedShare", t.digitised42, t.received);
    put(m, a, "reuseShare", t.reuse43, t.received);
    put(m, a, "onlinePaymentShare", t.fee36Num, t.fee36Den);
  }
  // Procedures offered online (full or partial) among those each agency handles.
  const wanted = new Set(agencies);
  let cursor: string | undefined;
  do {
    const page = await listProcedures(sql, { agency: agencies, at }, { cursor, limit: 1000 });
    for (const p of page.items)
      for (const a of new Set(p.agencies))
        if (wanted.has(a)) put(m, a, "onlineProcedureShare", p.onlineLevel === "none" ? 0 : 1, 1);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  // Late dossiers with an explanation and a signed apology.
  const late = await complianceView(sql, {
    agencies,
    ...period,
    now: new Date(Math.min(Date.now(), at.getTime())),
  });
  for (const d of late.dossiers)
    put(m, d.agencyCode, "lateExplainedShare", d.state === "apologised" ? 1 : 0, 1);
  // Evaluations satisfied or very satisfied.
  for (const e of await summarizeEvaluations(sql, { by: "agency", ...period, agencies }))
    put(
      m,
      e.key,
      "satisfiedShare",
      e.overall["very-satisfied"].count + e.overall.satisfied.count,
      e.count,
    );
  // Complaints handled on time (Decision 766 indicator 5.2), per agency.
  const complaints = await complaintsForIndex(
    sql,
    agencies,
    new Date(`${period.from}T00:00:00+07:00`),
    at,
  );
  if (complaints.length) {
    const judge = calendarJudge(await loadCalendar(sql, { agency: null }));
    const byAgency = new Map<string, typeof complaints>();
    for (const c of complaints)
      byAgency.set(c.agencyCode, [...(byAgency.get(c.agencyCode) ?? []), c]);
    for (const [a, list] of byAgency) {
      const r = complaintIndicators(period, list, judge).ratios["5.2"];
      put(m, a, "complaintsOnTime", r.numerator, r.denominator);
    }
  }
  const out = new Map<string, Partial<Record<Measure, Figure>>>();
  for (const u of units) {
    const sum: Partial<Record<Measure, Counts>> = {};
    for (const a of u.agencies)
      for (const [k, c] of Object.entries(m.get(a) ?? {}) as [Measure, Counts][]) {
        const s = sum[k] ?? [0, 0];
        sum[k] = [s[0] + c[0], s[1] + c[1]];
      }
    const f: Partial<Record<Measure, Figure>> = {};
    for (const [k, [n, d]] of Object.entries(sum) as [Measure, Counts][])
      f[k] = { numerator: n, denominator: d, value: d ? n / d : null };
    out.set(u.code, f);
  }
  return out;
};
