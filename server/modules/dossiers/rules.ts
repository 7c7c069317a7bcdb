// The dossier state machine as data: state × action → next states, and who may act (the
// identity policy's actions). Decree 118/2025/NĐ-CP (one-stop mechanism), Art. 15–19.
import { AppError, type Messages } from "../../platform/errors.ts";
import type { Action } from "../identity/index.ts";
import type { State, Status } from "./types.ts";

export const STATE_STATUS: Record<State, Status> = {
  submitted: 1,
  "completion-requested": 1,
  handling: 4,
  approval: 4,
  approved: 4,
  misrouted: 4,
  "supplement-requested": 5,
  "payment-requested": 6,
  refused: 3,
  withdrawn: 7,
  stopped: 8,
  handled: 9,
  returned: 10,
};

/** The state an imported record's status puts the dossier in (status 2 continues as handling). */
export const STATE_OF_STATUS: Record<Status, State> = {
  1: "submitted",
  2: "handling",
  3: "refused",
  4: "handling",
  5: "supplement-requested",
  6: "payment-requested",
  7: "withdrawn",
  8: "stopped",
  9: "handled",
  10: "returned",
};

import { DOSSIER_ACTIONS } from "../../../shared/contracts/dossiers.ts";
import { STATE_NAMES } from "../../../shared/dossier-states.ts";

/** The actions, as the API's contract names them (shared/contracts/dossiers.ts). */
export { DOSSIER_ACTIONS, STATE_NAMES };
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

export interface Rule {
  from: readonly State[];
  to: readonly State[];
  /** The actor needs any of these policy actions on the dossier's agency. */
  policy: readonly [Action, ...Action[]];
  name: Messages;
}

const WORKING = ["handling", "approval", "approved"] as const;
const OPEN = [...WORKING, "supplement-requested", "payment-requested"] as const;

export const RULES: Record<DossierAction, Rule> = {
  receive: {
    from: ["submitted", "completion-requested"],
    to: ["handling"],
    policy: ["dossier.receive"],
    name: { vi: "Tiếp nhận", en: "Receive" },
  },
  "request-completion": {
    from: ["submitted"],
    to: ["completion-requested"],
    policy: ["dossier.receive"],
    name: { vi: "Yêu cầu bổ sung, hoàn thiện (Mẫu 02)", en: "Ask to complete (Form 02)" },
  },
  "refuse-intake": {
    from: ["submitted", "completion-requested"],
    to: ["refused"],
    policy: ["dossier.receive"],
    name: { vi: "Từ chối tiếp nhận (Mẫu 03)", en: "Refuse at reception (Form 03)" },
  },
  forward: {
    from: ["handling"],
    to: ["handling", "approval"],
    policy: ["dossier.handle"],
    name: { vi: "Chuyển bước tiếp theo", en: "Hand over to the next step" },
  },
  "send-back": {
    from: ["approval"],
    to: ["handling"],
    policy: ["dossier.approve"],
    name: { vi: "Trả lại để xử lý lại", en: "Send back for rework" },
  },
  approve: {
    from: ["approval"],
    to: ["approved"],
    policy: ["dossier.approve"],
    name: { vi: "Phê duyệt", en: "Approve" },
  },
  "request-supplement": {
    from: WORKING,
    to: ["supplement-requested"],
    policy: ["dossier.handle"],
    name: { vi: "Yêu cầu bổ sung hồ sơ", en: "Request a supplement" },
  },
  "complete-supplement": {
    from: ["supplement-requested"],
    to: WORKING,
    policy: ["dossier.handle", "dossier.receive"],
    name: { vi: "Nhận hồ sơ bổ sung", en: "Record the supplement" },
  },
  "request-payment": {
    from: WORKING,
    to: ["payment-requested"],
    policy: ["dossier.handle"],
    name: { vi: "Yêu cầu thực hiện nghĩa vụ tài chính", en: "Request payment" },
  },
  "confirm-payment": {
    from: ["payment-requested", "handled"],
    to: [...WORKING, "handled"],
    policy: ["dossier.handle", "dossier.receive"],
    name: { vi: "Xác nhận đã nộp phí, lệ phí", en: "Confirm payment" },
  },
  "issue-result": {
    from: ["approved"],
    to: ["handled"],
    policy: ["dossier.handle", "dossier.approve"],
    name: { vi: "Ban hành kết quả", en: "Issue the result" },
  },
  "return-result": {
    from: ["handled"],
    to: ["returned"],
    policy: ["dossier.return"],
    name: { vi: "Trả kết quả", en: "Return the result" },
  },
  stop: {
    from: OPEN,
    to: ["stopped"],
    policy: ["dossier.handle"],
    name: { vi: "Dừng giải quyết (Mẫu 05)", en: "Stop handling (Form 05)" },
  },
  refuse: {
    from: WORKING,
    to: ["refused"],
    policy: ["dossier.handle"],
    name: { vi: "Từ chối giải quyết", en: "Refuse" },
  },
  withdraw: {
    from: ["submitted", "completion-requested", ...OPEN],
    to: ["withdrawn"],
    policy: ["dossier.receive", "dossier.handle"],
    name: { vi: "Rút hồ sơ theo đề nghị của công dân", en: "Withdraw at the applicant's request" },
  },
  // Before reception, or after an agency without competence sent it back (return-misrouted).
  reroute: {
    from: ["submitted", "completion-requested", "misrouted"],
    to: ["submitted", "completion-requested", "handling", "approval"],
    policy: ["dossier.receive"],
    name: { vi: "Chuyển đúng cơ quan có thẩm quyền", en: "Re-route to the competent agency" },
  },
  "return-misrouted": {
    from: ["handling", "approval"],
    to: ["misrouted"],
    policy: ["dossier.approve"],
    name: {
      vi: "Trả hồ sơ không thuộc thẩm quyền về Bộ phận Một cửa",
      en: "Send back: not within our competence",
    },
  },
  acknowledge: {
    from: ["handling", "approval"],
    to: ["handling", "approval"],
    policy: ["dossier.handle"],
    name: { vi: "Xác nhận đã nhận hồ sơ liên thông", en: "Acknowledge the inter-agency hand-off" },
  },
};

export function allowedActions(state: State): DossierAction[] {
  return DOSSIER_ACTIONS.filter((a) => RULES[a].from.includes(state));
}

/** Throws 409 naming the current state and listing the actions allowed in it. */
export function checkTransition(state: State, action: DossierAction, code: string): Rule {
  const rule = RULES[action];
  if (rule.from.includes(state)) return rule;
  const allowed = allowedActions(state);
  const list = (lang: "vi" | "en") =>
    allowed.length
      ? allowed.map((a) => `${a} (${RULES[a].name[lang]})`).join(", ")
      : lang === "vi"
        ? "không có"
        : "none";
  throw new AppError(
    "dossiers.transition_not_allowed",
    "conflict",
    {
      vi: `Hồ sơ ${code} đang ở trạng thái "${STATE_NAMES[state].vi}" (${state}): không thể "${rule.name.vi}". Thao tác được phép: ${list("vi")}.`,
      en: `Dossier ${code} is "${STATE_NAMES[state].en}" (${state}): cannot "${rule.name.en}". Allowed actions: ${list("en")}.`,
    },
    { extra: { state, action, allowedActions: allowed } },
  );
}
