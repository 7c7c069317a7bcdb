// The life of a complaint or petition, as data: which action leads from which state to which.
// received → classified → (refused | info-requested → info-received) → answered → published → rated.

import { COMPLAINT_ACTIONS, COMPLAINT_STATES } from "../../../../shared/contracts/feedback.ts";
import type { Messages } from "../../../platform/errors.ts";
import { invalidTransition } from "../errors.ts";

export { COMPLAINT_STATES };
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export { COMPLAINT_ACTIONS };
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** action → the states it may start from and the state it leads to. */
export const TRANSITIONS: Record<
  ComplaintAction,
  { from: readonly ComplaintState[]; to: ComplaintState }
> = {
  // Classifying again (or re-routing) is allowed until the complaint is taken up.
  classify: { from: ["received", "classified"], to: "classified" },
  refuse: { from: ["classified"], to: "refused" },
  "request-info": { from: ["classified", "info-received"], to: "info-requested" },
  "provide-info": { from: ["info-requested"], to: "info-received" },
  answer: { from: ["classified", "info-received"], to: "answered" },
  publish: { from: ["answered"], to: "published" },
  // The complainant may change the rating while the complaint is published.
  rate: { from: ["published", "rated"], to: "rated" },
};

export const STATE_NAMES: Record<ComplaintState, Messages> = {
  received: { vi: "Đã tiếp nhận", en: "Received" },
  classified: { vi: "Đã phân loại", en: "Classified" },
  refused: { vi: "Từ chối xử lý", en: "Refused" },
  "info-requested": { vi: "Đề nghị bổ sung thông tin", en: "Information requested" },
  "info-received": { vi: "Đã bổ sung thông tin", en: "Information received" },
  answered: { vi: "Đã trả lời", en: "Answered" },
  published: { vi: "Đã công khai trả lời", en: "Answer published" },
  rated: { vi: "Đã đánh giá", en: "Rated" },
};

export function allowedActions(state: ComplaintState): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(state));
}

/** The state `action` leads to from `state`; 409 naming both when it is not allowed. */
export function nextState(
  code: string,
  state: ComplaintState,
  action: ComplaintAction,
): ComplaintState {
  const t = TRANSITIONS[action];
  if (!t.from.includes(state)) throw invalidTransition(code, state, action, allowedActions(state));
  return t.to;
}
