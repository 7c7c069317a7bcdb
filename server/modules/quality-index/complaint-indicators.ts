// Complaints and petitions (phản ánh, kiến nghị — PAKN): indicators 5.1, 5.2, 5.3 of
// Decision 766/QĐ-TTg. Events after the period end are ignored.
import { dayEndMs, type Period, periodDays, vnDay } from "./days.ts";
import type { DurationJudge } from "./judge.ts";
import { type Ratio, ratio } from "./ratios.ts";
import { type RuleSet, rulesFor } from "./rules.ts";

export interface ComplaintRecord {
  code: string;
  /** Instants: ISO 8601 with offset. */
  receivedAt: string;
  class: "regulation" | "behaviour";
  refusedAt?: string | null;
  firstInfoRequestAt?: string | null;
  answeredAt?: string | null;
  publishedAt?: string | null;
  likes: number;
  dislikes: number;
  raisedAgainUnsatisfied: boolean;
}

export type ComplaintLateness =
  | "refused-late"
  | "request-late"
  | "answer-late"
  | "publish-late"
  | null;

/** Why a complaint is late at the cut-off, or null when on time (766/QĐ-TTg, indicator 5.2). */
export function complaintLateness(
  c: ComplaintRecord,
  cutoff: number,
  judge: Pick<DurationJudge, "workingTimeBetween">,
  rules: RuleSet,
): ComplaintLateness {
  const lim = rules.limits.complaint;
  const t = (s: string | null | undefined) => (s ? Date.parse(s) : null);
  const seen = (x: number | null): x is number => x !== null && x <= cutoff;
  const wd = (a: number, b: number) =>
    judge.workingTimeBetween(new Date(a), new Date(b), "working-days");
  const received = Date.parse(c.receivedAt);
  const refused = t(c.refusedAt);
  if (seen(refused)) return wd(received, refused) <= lim.refuse ? null : "refused-late";
  const request = t(c.firstInfoRequestAt);
  if (seen(request) && wd(received, request) > lim.firstRequest) return "request-late";
  const answered = t(c.answeredAt);
  if (!seen(answered)) return wd(received, cutoff) <= lim.answer ? null : "answer-late";
  if (wd(received, answered) > lim.answer) return "answer-late";
  const published = t(c.publishedAt);
  const publishedBy = seen(published) ? published : cutoff;
  return wd(answered, publishedBy) <= lim.publish ? null : "publish-late";
}

export function complaintIndicators(
  period: Period,
  complaints: Iterable<ComplaintRecord>,
  judge: Pick<DurationJudge, "workingTimeBetween">,
  rules: RuleSet = rulesFor(period.to),
  /** Read as of this instant (ms): complaints received later are not counted; default the period end. */
  at?: number,
): {
  ratios: Record<string, Ratio>;
  late: { code: string; reason: Exclude<ComplaintLateness, null> }[];
  unsatisfied: string[];
} {
  const { F, E } = periodDays(period);
  const cutoff = Math.min(at ?? dayEndMs(E), dayEndMs(E));
  let total = 0;
  let regulation = 0;
  let onTime = 0;
  let satisfied = 0;
  const late: { code: string; reason: Exclude<ComplaintLateness, null> }[] = [];
  const unsatisfied: string[] = [];
  for (const c of complaints) {
    const received = Date.parse(c.receivedAt);
    const day = vnDay(received);
    if (day < F || day > E || received > cutoff) continue;
    total++;
    if (c.class === "regulation") regulation++;
    const why = complaintLateness(c, cutoff, judge, rules);
    if (why === null) onTime++;
    else late.push({ code: c.code, reason: why });
    // 5.3: less those rated unsatisfied, handled late, or raised again as unsatisfied (each once).
    if (why === null && c.dislikes <= c.likes && !c.raisedAgainUnsatisfied) satisfied++;
    else unsatisfied.push(c.code);
  }
  return {
    ratios: {
      "5.1": ratio(regulation, total),
      "5.2": ratio(onTime, total),
      "5.3": ratio(satisfied, total),
    },
    late,
    unsatisfied,
  };
}
