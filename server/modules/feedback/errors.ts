// Errors of the feedback module, in Vietnamese and English, naming what is wrong and where.
import { AppError, badInput, notFound } from "../../platform/errors.ts";

export const noDossier = (code: string, field = "dossierCode") =>
  badInput(
    "feedback.no_dossier",
    field,
    `không có hồ sơ mã ${code}`,
    `no dossier with code ${code}`,
  );

export const dossierNotFound = (code: string) =>
  notFound("feedback.dossier_not_found", {
    vi: `Không tìm thấy hồ sơ ${code}.`,
    en: `No dossier ${code}.`,
  });

export const notReturned = (code: string, status: number) =>
  new AppError(
    "feedback.not_returned",
    "unprocessable",
    {
      vi: `Hồ sơ ${code} chưa trả kết quả (trạng thái ${status}); chỉ đánh giá được sau khi đã trả kết quả (trạng thái 10).`,
      en: `Dossier ${code} has not had its result returned (status ${status}); it can be evaluated only once the result is returned (status 10).`,
    },
    { extra: { dossierStatus: status } },
  );

export const alreadyEvaluated = (code: string, editableUntil: Date) =>
  new AppError(
    "feedback.already_evaluated",
    "conflict",
    {
      vi: `Hồ sơ ${code} đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần (có thể sửa đến ${editableUntil.toISOString()}).`,
      en: `Dossier ${code} has already been evaluated; one evaluation per dossier (editable until ${editableUntil.toISOString()}).`,
    },
    { extra: { editableUntil: editableUntil.toISOString() } },
  );

export const noEvaluation = (code: string) =>
  notFound("feedback.no_evaluation", {
    vi: `Hồ sơ ${code} chưa có đánh giá.`,
    en: `Dossier ${code} has no evaluation.`,
  });

export const evaluationLocked = (code: string, editableUntil: Date) =>
  new AppError(
    "feedback.evaluation_locked",
    "conflict",
    {
      vi: `Đã hết thời hạn sửa đánh giá hồ sơ ${code} (hạn: ${editableUntil.toISOString()}).`,
      en: `The evaluation of dossier ${code} can no longer be edited (deadline: ${editableUntil.toISOString()}).`,
    },
    { extra: { editableUntil: editableUntil.toISOString() } },
  );

export const badSecret = (what: string) =>
  new AppError("feedback.bad_secret", "forbidden", {
    vi: `Mã tra cứu của ${what} không đúng.`,
    en: `Wrong look-up secret for ${what}.`,
  });

export const notEvaluator = (code: string) =>
  new AppError("feedback.not_evaluator", "forbidden", {
    vi: `Chỉ người nộp hồ sơ (đăng nhập hoặc có mã tra cứu) hoặc cán bộ tiếp nhận của đơn vị tiếp nhận được đánh giá hồ sơ ${code}.`,
    en: `Only the applicant (signed in or holding the look-up secret) or a reception officer of the receiving unit may evaluate dossier ${code}.`,
  });

export const complaintNotFound = (code: string) =>
  notFound("feedback.complaint_not_found", {
    vi: `Không tìm thấy phản ánh, kiến nghị ${code}.`,
    en: `No complaint or petition ${code}.`,
  });

export const invalidTransition = (code: string, state: string, action: string, allowed: string[]) =>
  new AppError(
    "feedback.invalid_transition",
    "conflict",
    {
      vi: `Phản ánh, kiến nghị ${code} đang ở trạng thái "${state}", không thể "${action}" (được phép: ${allowed.join(", ") || "không"}).`,
      en: `Complaint ${code} is "${state}"; "${action}" is not allowed (allowed: ${allowed.join(", ") || "none"}).`,
    },
    { extra: { state, allowed } },
  );

export const notRouted = (code: string) =>
  new AppError("feedback.not_routed", "unprocessable", {
    vi: `Phản ánh, kiến nghị ${code} chưa được chuyển cho cơ quan nào; cần chọn cơ quan xử lý (agencyCode) khi phân loại.`,
    en: `Complaint ${code} has not been routed to an agency; choose the responsible agency (agencyCode) when classifying.`,
  });

export const rerouteForbidden = (code: string) =>
  new AppError("feedback.reroute_forbidden", "forbidden", {
    vi: `Chỉ Văn phòng UBND tỉnh (kiểm soát TTHC) được chuyển phản ánh, kiến nghị ${code} sang cơ quan khác.`,
    en: `Only the provincial procedure-control office may route complaint ${code} to another agency.`,
  });

export const officeOnly = (code: string) =>
  new AppError("feedback.unrouted", "forbidden", {
    vi: `Phản ánh, kiến nghị ${code} chưa được chuyển cho cơ quan xử lý; chỉ Văn phòng UBND tỉnh (kiểm soát TTHC) được xem và chuyển.`,
    en: `Complaint ${code} has not been routed yet; only the provincial procedure-control office may see and route it.`,
  });

export const unknownAgency = (code: string, field = "agencyCode") =>
  badInput(
    "feedback.unknown_agency",
    field,
    `không có cơ quan mã ${code}`,
    `no agency with code ${code}`,
  );

export const tooMany = (what: { vi: string; en: string }) =>
  new AppError("feedback.rate_limited", "rate_limited", {
    vi: `Quá nhiều yêu cầu ${what.vi}. Vui lòng thử lại sau.`,
    en: `Too many ${what.en} requests. Please try again later.`,
  });
