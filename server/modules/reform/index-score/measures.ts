// What the system measures itself for the reform index (reform spec: "Sub-criteria the system can
// measure are filled from its own data and locked").
import { MEASURES } from "../../../../shared/contracts/reform.ts";

export { MEASURES };
export type Measure = (typeof MEASURES)[number];

export const MEASURE_NAMES: Record<Measure, { vi: string; en: string }> = {
  onTimeRate: { vi: "Tỷ lệ hồ sơ giải quyết đúng hạn", en: "Dossiers handled on time" },
  onlineDossierShare: { vi: "Tỷ lệ hồ sơ nộp trực tuyến", en: "Dossiers submitted online" },
  onlineProcedureShare: {
    vi: "Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến",
    en: "Procedures offered as online services",
  },
  lateExplainedShare: {
    vi: "Tỷ lệ hồ sơ trễ hạn có giải trình và xin lỗi",
    en: "Late dossiers explained and apologised",
  },
  digitisedShare: { vi: "Tỷ lệ hồ sơ được số hóa", en: "Dossiers digitised" },
  reuseShare: { vi: "Tỷ lệ tái sử dụng kết quả số hóa", en: "Digitised results reused" },
  onlinePaymentShare: { vi: "Tỷ lệ thanh toán trực tuyến", en: "Fees paid online" },
  satisfiedShare: { vi: "Tỷ lệ đánh giá hài lòng", en: "Evaluations satisfied" },
  complaintsOnTime: {
    vi: "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn",
    en: "Complaints handled on time",
  },
  tasksOnTime: {
    vi: "Tỷ lệ nhiệm vụ chỉ đạo hoàn thành đúng hạn",
    en: "Directive tasks done on time",
  },
  surveySatisfied: {
    vi: "Tỷ lệ hài lòng qua khảo sát người dân, tổ chức",
    en: "Applicants satisfied in the satisfaction survey",
  },
};
