// "What costs points": the dossiers, procedures and complaints that lower each scored indicator,
// with the points each one costs (how much the indicator's score would rise were it fixed). Which
// items count and why they fall short is each indicator's declaration (indicators.ts).
import { complaintIndicators } from "./complaint-indicators.ts";
import { computeIndex, type UnitData } from "./compute.ts";
import { dayEndMs, periodDays } from "./days.ts";
import { dossierFacts, feedbackFlag } from "./facts.ts";
import { declarationOf, INDICATORS, type Text } from "./indicators.ts";
import { judgeOf } from "./judge.ts";
import { procedureIndicators } from "./procedure-indicators.ts";
import { round2 } from "./ratios.ts";
import { rulesFor } from "./rules.ts";
import { pointsOfOneItem } from "./score.ts";
import { handlingAt, inHandled, prepare } from "./timeline.ts";

export interface CostItem {
  indicator: string;
  kind: "dossier" | "procedure" | "complaint";
  code: string;
  vi: string;
  en: string;
  points: number;
}

export function whatCosts(d: UnitData): CostItem[] {
  const rules = d.rules ?? rulesFor(d.period.to);
  const { index, totals } = computeIndex(d);
  const gain = (id: string) => round2(pointsOfOneItem(index, rules, d.level, id, "gain"));
  const items: CostItem[] = [];
  const add = (indicator: string, kind: CostItem["kind"], code: string, [vi, en]: Text) => {
    const p = gain(indicator);
    if (p > 0) items.push({ indicator, kind, code, vi, en, points: p });
  };
  const { F, E } = periodDays(d.period);
  for (const rec of d.dossiers) {
    const p = prepare(rec);
    if (!p || p.receivedDay > E) continue;
    const proc = d.procedureOf(rec.procedure);
    const st = handlingAt(p, proc, judgeOf(d.judge, rec.agency), dayEndMs(E));
    if (inHandled(p, st, F, E)) {
      const h = { rec, proc, lateReason: st.lateReason, feedback: feedbackFlag(rec) };
      for (const ind of INDICATORS)
        for (const why of ind.handled?.(h) ?? []) add(ind.id, "dossier", rec.code, why);
    }
    if (p.receivedDay < F) continue;
    const f = dossierFacts(rec, proc);
    for (const ind of INDICATORS) {
      const r = ind.received;
      if (r?.why && (!r.counts || r.counts(f)) && !r.passes(f))
        add(ind.id, "dossier", rec.code, r.why(f));
    }
  }
  for (const ind of INDICATORS) {
    if (!ind.perProcedure) continue;
    const [den, num] = ind.perProcedure.sets;
    for (const code of totals.procedures[den])
      if (!totals.procedures[num].includes(code))
        add(ind.id, "procedure", code, ind.perProcedure.why);
  }
  if (d.procedures && d.addWorkingDays) {
    const r = procedureIndicators({
      period: d.period,
      procedures: d.procedures,
      level: d.level,
      addWorkingDays: d.addWorkingDays,
      rules,
    });
    for (const f of r.failures) add(f.indicator, "procedure", f.procedure, [f.vi, f.en]);
  }
  if (d.complaints) {
    const c = complaintIndicators(d.period, d.complaints, judgeOf(d.judge, d.unit), rules);
    const why = (id: string, reason: string) => declarationOf(id)?.complaint?.(reason);
    for (const l of c.late) {
      const text = why("5.2", l.reason);
      if (text) add("5.2", "complaint", l.code, text);
    }
    for (const code of c.unsatisfied) {
      const text = why("5.3", "");
      if (text) add("5.3", "complaint", code, text);
    }
  }
  return items.sort(
    (a, b) =>
      b.points - a.points || a.indicator.localeCompare(b.indicator) || a.code.localeCompare(b.code),
  );
}
