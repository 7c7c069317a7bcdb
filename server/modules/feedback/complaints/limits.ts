// Time limits of a complaint or petition (PAKN) and the judgement of each step against them.
// Decree 20/2008/NĐ-CP as amended (Decree 92/2017/NĐ-CP) and Decision 766/QĐ-TTg indicator 5.2:
// refuse ≤ 2, first request for information ≤ 5, answer ≤ 15 working days after receipt;
// publish the answer ≤ 2 working days after answering.
import { type Calendar, dueAt } from "../../calendar/index.ts";

export const STEPS = ["refuse", "info-request", "answer", "publish"] as const;
export type StepId = (typeof STEPS)[number];

export interface ComplaintLimits {
  refuse: number;
  infoRequest: number;
  answer: number;
  publish: number;
}

export const COMPLAINT_LIMITS: ComplaintLimits = {
  refuse: 2,
  infoRequest: 5,
  answer: 15,
  publish: 2,
};

/** Due moments of the steps counted from receipt (refuse, first info request, answer). */
export function receiptDues(
  receivedAt: Date,
  cal: Calendar,
  lim: ComplaintLimits = COMPLAINT_LIMITS,
) {
  return {
    refuse: dueAt(receivedAt, lim.refuse, "working-days", cal),
    "info-request": dueAt(receivedAt, lim.infoRequest, "working-days", cal),
    answer: dueAt(receivedAt, lim.answer, "working-days", cal),
  } satisfies Partial<Record<StepId, Date>>;
}

/** Due moment of publishing the answer, counted from the answer. */
export function publishDue(
  answeredAt: Date,
  cal: Calendar,
  lim: ComplaintLimits = COMPLAINT_LIMITS,
): Date {
  return dueAt(answeredAt, lim.publish, "working-days", cal);
}

export interface StepRecord {
  step: StepId;
  dueAt: Date;
  doneAt: Date | null;
}

export type StepStatus = "on-time" | "late" | "pending" | "overdue" | "not-applicable";

export function onTime(doneAt: Date, due: Date): boolean {
  return doneAt.getTime() <= due.getTime();
}

/** What the complaint has been through, for judging its open steps. */
export interface Progress {
  refused: boolean;
  infoRequested: boolean;
  answered: boolean;
}

/**
 * A step's status at `now`: done on time or late; open and still within time (pending) or past
 * due (overdue); or not applicable when the complaint went another way (no refusal once it was
 * taken up, no information request once answered or refused, no answer once refused).
 */
export function stepStatus(s: StepRecord, now: Date, p: Progress): StepStatus {
  if (s.doneAt) return onTime(s.doneAt, s.dueAt) ? "on-time" : "late";
  const moot =
    (s.step === "refuse" && (p.infoRequested || p.answered)) ||
    (s.step === "info-request" && (p.answered || p.refused)) ||
    (s.step === "answer" && p.refused);
  if (moot) return "not-applicable";
  return now.getTime() > s.dueAt.getTime() ? "overdue" : "pending";
}
