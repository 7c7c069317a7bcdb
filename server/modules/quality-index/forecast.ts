// Forecast for the running period: the score if every open dossier finishes on its appointment
// date, and the open dossiers whose lateness would cost the most.
import type { DossierRecord } from "../../../shared/sync-record.ts";
import { computeIndex, type UnitData } from "./compute.ts";
import { dayEndMs, periodDays } from "./days.ts";
import { judgeOf } from "./judge.ts";
import { round2 } from "./ratios.ts";
import { rulesFor } from "./rules.ts";
import { type IndexResult, pointsOfOneItem } from "./score.ts";
import { handlingAt, prepare } from "./timeline.ts";

export interface AtRisk {
  code: string;
  dueAt: string;
  /** Points lost (2.1 and 5.4 together) if this dossier ends after its appointment date. */
  points: number;
}

export function forecast(
  d: UnitData,
  now: Date,
  top = 20,
): { index: IndexResult; atRisk: AtRisk[] } {
  const nowMs = now.getTime();
  const { E } = periodDays(d.period);
  const open: DossierRecord[] = [];
  const dossiers = d.dossiers.map((rec) => {
    const p = prepare(rec);
    if (!p || p.due === null || p.received > nowMs) return rec;
    const st = handlingAt(p, d.procedureOf(rec.procedure), judgeOf(d.judge, rec.agency), nowMs);
    if (st.term !== null) return rec;
    if (p.due >= nowMs && p.due <= dayEndMs(E)) open.push(rec);
    const at = new Date(Math.max(p.due, nowMs)).toISOString();
    const known = rec.events.filter((e) => Date.parse(e.at) <= nowMs);
    return { ...rec, status: 9, events: [...known, { type: "handled" as const, at }] };
  });
  const { index } = computeIndex({ ...d, dossiers });
  const rules = d.rules ?? rulesFor(d.period.to);
  const loss = (id: string) => pointsOfOneItem(index, rules, d.level, id, "loss");
  const each = round2(loss("2.1") + loss("5.4"));
  const atRisk = open
    .map((rec) => ({ code: rec.code, dueAt: rec.dueAt as string, points: each }))
    .sort(
      (a, b) =>
        b.points - a.points ||
        Date.parse(a.dueAt) - Date.parse(b.dueAt) ||
        a.code.localeCompare(b.code),
    )
    .slice(0, top);
  return { index, atRisk };
}
