// Procedure-catalogue indicators of Decision 766/QĐ-TTg: 1.1, 1.2, 1.3, 3.1, 3.2, 3.5a.
import type { ProcedureRecord } from "../../../shared/sync-record.ts";
import type { Period } from "./days.ts";
import { periodDays } from "./days.ts";
import { declarationOf, type ProcedureShortfall } from "./indicators.ts";
import { type Ratio, ratio } from "./ratios.ts";
import { type RuleSet, rulesFor } from "./rules.ts";

/** date ± n working days (YYYY-MM-DD); the calendar module provides the real one. */
export type AddWorkingDays = (date: string, n: number) => string;

/** FOR TESTS ONLY: Monday–Friday are working days, no holidays. */
export const addWeekdays: AddWorkingDays = (date, n) => {
  const d = new Date(`${date}T00:00:00Z`);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    d.setUTCDate(d.getUTCDate() + step);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
};

export interface ProcedureFailure {
  indicator: string;
  procedure: string;
  vi: string;
  en: string;
}

export interface ProcedureInput {
  period: Period;
  /** The unit's procedures (one record per code; repeated codes are versions announced in turn). */
  procedures: ProcedureRecord[];
  /** "ministry" uses the ministry time limits of 1.1 and 1.2; anything else the province's. */
  level: string;
  addWorkingDays: AddWorkingDays;
  /** Procedures with at least one online dossier received in the period (for 3.2). */
  onlineDossierProcedures?: Iterable<string>;
  rules?: RuleSet;
}

export function procedureIndicators(input: ProcedureInput): {
  ratios: Record<string, Ratio>;
  failures: ProcedureFailure[];
} {
  periodDays(input.period); // validates
  const { from, to } = input.period;
  const rules = input.rules ?? rulesFor(to);
  const ministry = input.level === "ministry";
  const lead = ministry
    ? rules.limits.announceLeadDays.ministry
    : rules.limits.announceLeadDays.province;
  const within = ministry
    ? rules.limits.publishWithinDays.ministry
    : rules.limits.publishWithinDays.province;
  const add = input.addWorkingDays;
  const failures: ProcedureFailure[] = [];
  const fail = (indicator: string, procedure: string, why: ProcedureShortfall) => {
    const text = declarationOf(indicator)?.procedure?.(why);
    if (text) failures.push({ indicator, procedure, vi: text[0], en: text[1] });
  };
  const inP = (d: string | null): boolean => d !== null && d >= from && d <= to;

  // 1.1: a procedure counts once per period; one late announcement makes it late.
  const announced = new Map<string, boolean>();
  for (const p of input.procedures) {
    const announcedAt = p.announcedAt;
    if (announcedAt === null || !inP(announcedAt)) continue;
    let ok = p.legalBasisEffectiveAt !== null && announcedAt <= add(p.legalBasisEffectiveAt, -lead);
    if (p.legalBasisEffectiveAt === null) fail("1.1", p.code, { kind: "no-effective-date" });
    else if (!ok) fail("1.1", p.code, { kind: "announced-late", leadDays: lead });
    ok = ok && (announced.get(p.code) ?? true);
    announced.set(p.code, ok);
  }
  // 1.2: published in the period, plus those overdue and still unpublished at the period end.
  let pubDen = 0;
  let pubNum = 0;
  for (const p of unique(input.procedures)) {
    if (p.announcedAt === null) continue;
    const deadline = add(p.announcedAt, within);
    if (p.publishedAt !== null && inP(p.publishedAt)) {
      pubDen++;
      if (p.publishedAt <= deadline) pubNum++;
      else fail("1.2", p.code, { kind: "published-late", withinDays: within });
    } else if ((p.publishedAt === null || p.publishedAt > to) && deadline <= to) {
      pubDen++;
      fail("1.2", p.code, { kind: "unpublished" });
    }
  }
  // 1.3: snapshot at the period end.
  const published = unique(input.procedures).filter(
    (p) => p.publishedAt !== null && p.publishedAt <= to,
  );
  let complete = 0;
  for (const p of published) {
    const missing = missingParts(p);
    if (missing.length === 0) complete++;
    else fail("1.3", p.code, { kind: "missing-parts", parts: missing });
  }
  // 3.1, 3.2, 3.5a
  const all = unique(input.procedures);
  const online = all.filter((p) => p.onlineLevel !== "none");
  const withDossiers = new Set(input.onlineDossierProcedures ?? []);
  const withFees = all.filter((p) => p.fees.length > 0);
  const feeData = withFees.filter((p) => p.fees.some((f) => f.amount > 0));
  for (const p of withFees) if (!feeData.includes(p)) fail("3.5a", p.code, { kind: "zero-fees" });
  return {
    ratios: {
      "1.1": ratio([...announced.values()].filter(Boolean).length, announced.size),
      "1.2": ratio(pubNum, pubDen),
      "1.3": ratio(complete, published.length),
      "3.1": ratio(online.length, all.length),
      "3.2": ratio(online.filter((p) => withDossiers.has(p.code)).length, online.length),
      "3.5a": ratio(feeData.length, withFees.length),
    },
    failures,
  };
}

/** The seven parts of a published procedure (Decree 63/2010/NĐ-CP, as listed for 766/QĐ-TTg 1.3). */
export function missingParts(p: ProcedureRecord): { vi: string; en: string }[] {
  const out: { vi: string; en: string }[] = [];
  if (!p.name.trim()) out.push({ vi: "tên", en: "name" });
  if (p.steps.length === 0) out.push({ vi: "trình tự thực hiện", en: "steps" });
  // The method (cách thức) is given by onlineLevel, which the record always carries.
  if (p.components.length === 0) out.push({ vi: "thành phần hồ sơ", en: "dossier components" });
  if (p.duration.value <= 0 && p.duration.unit !== "same-day")
    out.push({ vi: "thời hạn giải quyết", en: "processing time" });
  if (p.applicantTypes.length === 0) out.push({ vi: "đối tượng thực hiện", en: "applicant types" });
  if (p.agencies.length === 0) out.push({ vi: "cơ quan thực hiện", en: "implementing agency" });
  return out;
}

/** The last record of each code (the catalogue's current version). */
function unique(ps: ProcedureRecord[]): ProcedureRecord[] {
  const m = new Map<string, ProcedureRecord>();
  for (const p of ps) m.set(p.code, p);
  return [...m.values()];
}
