// Which actions a user is offered: the state allows them (the server's allowedActions) and one of
// the user's roles carries the policy action they need (server/modules/dossiers/rules.ts). The
// server still decides; this only keeps buttons off screens where they would always be refused.
import type { DossierAction } from "../../api/dossiers.ts";
import type { Role } from "../../api/identity.ts";

const RECEPTION: Role[] = ["reception", "center_manager"];
const HANDLE: Role[] = ["handler", "leader"];
const APPROVE: Role[] = ["leader", "head"];

export const ACTION_ROLES: Record<DossierAction, Role[]> = {
  receive: RECEPTION,
  "request-completion": RECEPTION,
  "refuse-intake": RECEPTION,
  forward: HANDLE,
  "send-back": APPROVE,
  approve: APPROVE,
  "request-supplement": HANDLE,
  "complete-supplement": [...HANDLE, ...RECEPTION],
  "request-payment": HANDLE,
  "confirm-payment": [...HANDLE, ...RECEPTION],
  "issue-result": [...HANDLE, ...APPROVE],
  "return-result": RECEPTION,
  stop: HANDLE,
  refuse: HANDLE,
  withdraw: [...HANDLE, ...RECEPTION],
};

/** Actions that end or refuse: shown as danger buttons. */
export const DANGER = new Set<DossierAction>([
  "refuse-intake",
  "refuse",
  "stop",
  "withdraw",
  "send-back",
]);

export const ACTION_NAMES: Record<DossierAction, { vi: string; en: string }> = {
  receive: { vi: "Tiếp nhận", en: "Receive" },
  "request-completion": {
    vi: "Yêu cầu bổ sung, hoàn thiện (Mẫu 02)",
    en: "Ask to complete (Form 02)",
  },
  "refuse-intake": { vi: "Từ chối tiếp nhận (Mẫu 03)", en: "Refuse at reception (Form 03)" },
  forward: { vi: "Chuyển bước tiếp theo", en: "Hand over to the next step" },
  "send-back": { vi: "Trả lại để xử lý lại", en: "Send back for rework" },
  approve: { vi: "Phê duyệt", en: "Approve" },
  "request-supplement": { vi: "Yêu cầu bổ sung hồ sơ", en: "Request a supplement" },
  "complete-supplement": { vi: "Nhận hồ sơ bổ sung", en: "Record the supplement" },
  "request-payment": { vi: "Yêu cầu nộp phí, lệ phí", en: "Request payment" },
  "confirm-payment": { vi: "Xác nhận đã nộp phí, lệ phí", en: "Confirm payment" },
  "issue-result": { vi: "Ban hành kết quả", en: "Issue the result" },
  "return-result": { vi: "Trả kết quả", en: "Return the result" },
  stop: { vi: "Dừng giải quyết (Mẫu 05)", en: "Stop handling (Form 05)" },
  refuse: { vi: "Từ chối giải quyết", en: "Refuse" },
  withdraw: {
    vi: "Rút hồ sơ theo đề nghị của công dân",
    en: "Withdraw at the applicant's request",
  },
};

export function offered(allowed: DossierAction[], roles: Role[]): DossierAction[] {
  return allowed.filter((a) => ACTION_ROLES[a].some((r) => roles.includes(r)));
}
