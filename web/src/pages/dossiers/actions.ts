// How the actions the server offers are shown. Which actions a user may take comes from the
// server (allowedActions in the dossier, computed from the identity policy): never decided here.
import type { DossierAction } from "../../api/dossiers.ts";

/** Actions that end or refuse: shown as danger buttons. */
export const DANGER = new Set<DossierAction>([
  "refuse-intake",
  "refuse",
  "stop",
  "withdraw",
  "send-back",
  "return-misrouted",
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
  reroute: { vi: "Chuyển đúng cơ quan có thẩm quyền", en: "Re-route to the competent agency" },
  "return-misrouted": {
    vi: "Trả hồ sơ không thuộc thẩm quyền về Bộ phận Một cửa",
    en: "Send back: not within our competence",
  },
  acknowledge: {
    vi: "Xác nhận đã nhận hồ sơ liên thông",
    en: "Acknowledge the inter-agency hand-off",
  },
};
