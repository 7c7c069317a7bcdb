// How a complaint is shown: to its complainant, to the officers, and publicly once answered.
import { type Progress, STEPS, stepStatus } from "./limits.ts";
import { allowedActions, STATE_NAMES } from "./states.ts";
import type { Complaint } from "./types.ts";

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

export function progressOf(c: Complaint): Progress {
  return {
    refused: !!c.steps.refuse?.doneAt,
    infoRequested: !!c.steps["info-request"]?.doneAt,
    answered: !!c.steps.answer?.doneAt,
  };
}

export function stepsView(c: Complaint, now: Date) {
  const p = progressOf(c);
  return STEPS.flatMap((id) => {
    const s = c.steps[id];
    return s
      ? [
          {
            step: id,
            dueAt: iso(s.dueAt),
            doneAt: iso(s.doneAt),
            onTime: s.doneAt ? s.doneAt <= s.dueAt : null,
            status: stepStatus(s, now, p),
          },
        ]
      : [];
  });
}

/** For the complainant (holder of the secret). */
export function complaintView(c: Complaint, now: Date) {
  return {
    code: c.code,
    state: c.state,
    stateName: STATE_NAMES[c.state],
    dossierCode: c.dossierCode,
    agencyCode: c.agencyCode,
    class: c.class,
    classified: c.classifiedAt !== null,
    title: c.title,
    content: c.content,
    receivedAt: iso(c.receivedAt),
    steps: stepsView(c, now),
    refuseReason: c.refuseReason,
    infoRequests: c.infoRequests,
    answer: c.answer,
    complainantReaction: c.complainantReaction,
    likes: c.likes,
    dislikes: c.dislikes,
    raisedAgainUnsatisfied: c.raisedAgainUnsatisfied,
    parentCode: c.parentCode,
  };
}

/** For the officers: with the complainant's personal data and the actions allowed now. */
export function complaintStaffView(c: Complaint, now: Date) {
  return {
    ...complaintView(c, now),
    complainant: c.complainant,
    publicQuestion: c.publicQuestion,
    allowedActions: allowedActions(c.state),
    version: c.version,
  };
}
