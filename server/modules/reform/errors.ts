// Errors of the reform module, in Vietnamese and English, naming what is wrong and where.
import { AppError, badInput, conflict, notFound } from "../../platform/errors.ts";

export const unknownAgency = (code: string, field: string) =>
  badInput("reform.unknown_agency", field, `không có đơn vị mã "${code}"`, `no agency "${code}"`);

export const noAssignees = (ref: string) =>
  badInput(
    "reform.no_assignees",
    `tasks[${ref}].assignees`,
    `nhiệm vụ ${ref} chưa giao cho đơn vị nào`,
    `task ${ref} is assigned to no unit`,
  );

export const duplicateDirective = (number: string) =>
  conflict("reform.duplicate_directive", {
    vi: `Văn bản số ${number} cùng ngày ban hành đã được ghi nhận.`,
    en: `Directive ${number} of that date is already recorded.`,
  });

export const taskNotFound = (id: string) =>
  notFound("reform.task_not_found", {
    vi: `Không có nhiệm vụ ${id}.`,
    en: `No task ${id}.`,
  });

export const directiveNotFound = (id: string) =>
  notFound("reform.directive_not_found", {
    vi: `Không có văn bản chỉ đạo ${id}.`,
    en: `No directive ${id}.`,
  });

export const notAssigned = (ref: string, agency: string) =>
  new AppError("reform.not_assigned", "unprocessable", {
    vi: `Nhiệm vụ ${ref} không giao cho đơn vị ${agency}.`,
    en: `Task ${ref} is not assigned to agency ${agency}.`,
  });

export const missingEvidence = (sha: string, field: string) =>
  badInput(
    "reform.missing_evidence",
    field,
    `không có tệp minh chứng ${sha} trong kho tệp`,
    `no evidence file ${sha} in the file store`,
  );

export const noFileStore = () =>
  new AppError("reform.no_file_store", "unprocessable", {
    vi: "Máy chủ chưa cấu hình kho tệp cho minh chứng.",
    en: "The server has no file store for evidence.",
  });

export const noCriteria = (year: number) =>
  notFound("reform.no_criteria", {
    vi: `Chưa ban hành bộ tiêu chí Chỉ số CCHC năm ${year}.`,
    en: `No reform index criteria issued for ${year}.`,
  });

export const criteriaInUse = (year: number) =>
  conflict("reform.criteria_in_use", {
    vi: `Bộ tiêu chí năm ${year} đã có đơn vị tự đánh giá; không sửa được nữa.`,
    en: `The ${year} criteria already have self-assessments; they can no longer change.`,
  });

export const unknownSub = (code: string, field: string) =>
  badInput(
    "reform.unknown_sub",
    field,
    `không có tiêu chí thành phần ${code}`,
    `no sub-criterion ${code}`,
  );

export const lockedSub = (code: string, field: string) =>
  badInput(
    "reform.locked_sub",
    field,
    `tiêu chí ${code} do hệ thống tự chấm từ số liệu, không nhập điểm`,
    `sub-criterion ${code} is scored by the system from its own figures and is locked`,
  );

export const overMax = (code: string, max: number, field: string) =>
  badInput(
    "reform.over_max",
    field,
    `điểm tiêu chí ${code} vượt tối đa ${max}`,
    `score of ${code} exceeds its maximum ${max}`,
  );

export const reasonRequired = (code: string, field: string) =>
  badInput(
    "reform.reason_required",
    field,
    `thay đổi điểm tiêu chí ${code} phải nêu lý do`,
    `changing the score of ${code} needs a reason`,
  );

const STAGE_VI: Record<string, string> = {
  none: "chưa tự đánh giá",
  draft: "đang tự đánh giá",
  submitted: "đã gửi tự đánh giá",
  appraised: "đã thẩm định",
  responded: "đã phản hồi",
  final: "đã công bố kết quả",
};

export const wrongStage = (agency: string, stage: string, action: { vi: string; en: string }) =>
  conflict(
    "reform.wrong_stage",
    {
      vi: `Đơn vị ${agency} đang ở bước "${STAGE_VI[stage] ?? stage}": không thể ${action.vi}.`,
      en: `Agency ${agency} is at stage "${stage}": cannot ${action.en}.`,
    },
    { stage },
  );

export const notAUnit = (code: string) =>
  badInput(
    "reform.not_a_unit",
    "agency",
    `đơn vị ${code} không phải sở, ngành hoặc xã, phường được chấm Chỉ số CCHC`,
    `agency ${code} is not a department or commune scored by the reform index`,
  );

export const inspectionNotFound = (id: string) =>
  notFound("reform.inspection_not_found", {
    vi: `Không có cuộc kiểm tra ${id}.`,
    en: `No inspection ${id}.`,
  });

const INSPECTION_STAGE_VI: Record<string, string> = {
  planned: "đã lập kế hoạch",
  carried_out: "đã kiểm tra",
  concluded: "đã có kết luận",
};

export const inspectionStage = (stage: string, action: { vi: string; en: string }) =>
  conflict(
    "reform.inspection_stage",
    {
      vi: `Cuộc kiểm tra đang ở bước "${INSPECTION_STAGE_VI[stage] ?? stage}": không thể ${action.vi}.`,
      en: `The inspection is at stage "${stage}": cannot ${action.en}.`,
    },
    { stage },
  );

export const ownerOutsideTarget = (code: string, target: string, field: string) =>
  badInput(
    "reform.owner_outside_target",
    field,
    `đơn vị ${code} không thuộc đơn vị được kiểm tra ${target}`,
    `agency ${code} is not within the inspected unit ${target}`,
  );

export const beforePlan = (field: string) =>
  badInput(
    "reform.before_plan",
    field,
    "ngày kiểm tra không được trước năm kế hoạch",
    "the inspection day cannot fall before the plan's year",
  );

export const closingEvidenceRequired = (ref: string) =>
  badInput(
    "reform.closing_evidence_required",
    "evidence",
    `khắc phục ${ref} chỉ được đóng khi có minh chứng kèm theo`,
    `remediation item ${ref} closes only with evidence attached`,
  );
