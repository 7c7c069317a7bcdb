// Roles of the one-stop mechanism (Decree 118/2025/NĐ-CP, Art. 6–10: one-stop units, handling
// agencies, provincial procedure-control office) and of the system itself.
import { ROLES } from "../../../shared/contracts/identity.ts";

export { ROLES };
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, { vi: string; en: string }> = {
  applicant: { vi: "Người nộp hồ sơ", en: "Applicant" },
  reception: { vi: "Cán bộ tiếp nhận", en: "Reception officer" },
  handler: { vi: "Cán bộ xử lý", en: "Handling officer" },
  leader: { vi: "Lãnh đạo phê duyệt", en: "Leader (approver)" },
  head: { vi: "Thủ trưởng cơ quan", en: "Head of agency" },
  center_manager: { vi: "Quản lý Trung tâm PVHCC", en: "One-stop centre manager" },
  control_officer: { vi: "Cán bộ kiểm soát TTHC", en: "Procedure-control officer" },
  home_affairs: { vi: "Cán bộ Sở Nội vụ", en: "Home-affairs officer" },
  inspector: { vi: "Thanh tra", en: "Inspector" },
  admin: { vi: "Quản trị hệ thống", en: "Administrator" },
};

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}
