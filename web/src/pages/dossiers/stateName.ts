// State names for lists that carry only the state id (the queue); the dossier view carries its
// own names from the server.
import type { State } from "../../api/dossiers.ts";
import { useI18n } from "../../i18n/index.tsx";

const NAMES: Record<State, { vi: string; en: string }> = {
  submitted: { vi: "Mới nộp, chờ tiếp nhận", en: "Submitted, awaiting reception" },
  "completion-requested": {
    vi: "Chờ bổ sung, hoàn thiện để tiếp nhận",
    en: "Awaiting completion before reception",
  },
  handling: { vi: "Đang giải quyết", en: "In progress" },
  approval: { vi: "Chờ lãnh đạo phê duyệt", en: "Awaiting the leader's approval" },
  approved: { vi: "Đã phê duyệt, chờ ban hành kết quả", en: "Approved, result being issued" },
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

export function useStateName() {
  const { lang } = useI18n();
  return (s: State) => NAMES[s]?.[lang] ?? s;
}
