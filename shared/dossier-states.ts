// The dossier's internal states and their names, shared by the server (the state machine in
// server/modules/dossiers/rules.ts) and the web application, so both say the same thing.
/** Finer internal states; each maps to one national status (rules.ts). */
export const STATES = [
  "submitted", // 1: online submission (or counter intake) not yet received
  "completion-requested", // 1: asked to complete (Form 02), not received
  "handling", // 4: at a step of the internal process
  "approval", // 4: waiting for the leader's approval
  "approved", // 4: approved, the result is being issued
  "misrouted", // 4: sent back by an agency without competence, to be re-routed by reception
  "supplement-requested", // 5: waiting for the applicant (clock paused)
  "payment-requested", // 6: waiting for fees or taxes
  "refused", // 3
  "withdrawn", // 7
  "stopped", // 8
  "handled", // 9: result issued
  "returned", // 10: result returned
] as const;
export type State = (typeof STATES)[number];

/** What each state is called for officials and citizens. */
export const STATE_NAMES: Record<State, { vi: string; en: string }> = {
  submitted: { vi: "Mới nộp, chờ tiếp nhận", en: "Submitted, awaiting reception" },
  "completion-requested": {
    vi: "Chờ bổ sung, hoàn thiện để tiếp nhận",
    en: "Awaiting completion before reception",
  },
  handling: { vi: "Đang giải quyết", en: "In progress" },
  approval: { vi: "Chờ lãnh đạo phê duyệt", en: "Awaiting the leader's approval" },
  approved: { vi: "Đã phê duyệt, chờ ban hành kết quả", en: "Approved, result being issued" },
  misrouted: {
    vi: "Trả về Bộ phận Một cửa để chuyển đúng cơ quan có thẩm quyền",
    en: "Sent back to the one-stop unit to be re-routed",
  },
  "supplement-requested": {
    vi: "Chờ công dân bổ sung hồ sơ",
    en: "Awaiting the applicant's supplement",
  },
  "payment-requested": {
    vi: "Chờ thực hiện nghĩa vụ tài chính",
    en: "Awaiting payment of fees or taxes",
  },
  refused: { vi: "Đã từ chối", en: "Refused" },
  withdrawn: { vi: "Công dân đã rút hồ sơ", en: "Withdrawn by the applicant" },
  stopped: { vi: "Đã dừng giải quyết", en: "Handling stopped" },
  handled: { vi: "Đã có kết quả, chờ trả", en: "Handled, result ready" },
  returned: { vi: "Đã trả kết quả", en: "Result returned" },
};
