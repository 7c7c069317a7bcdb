// Errors of the satisfaction surveys, in Vietnamese and English.
import { AppError, badInput, conflict, notFound } from "../../../platform/errors.ts";

export const surveyNotFound = (id: string) =>
  notFound("reform.survey_not_found", {
    vi: `Không có cuộc khảo sát ${id}.`,
    en: `No survey ${id}.`,
  });

/** The same answer for an unknown and a used token: a guesser learns nothing. */
export const invitationInvalid = () =>
  new AppError("reform.invitation_invalid", "not_found", {
    vi: "Đường dẫn khảo sát không hợp lệ hoặc đã được sử dụng.",
    en: "The survey link is invalid or has already been used.",
  });

export const surveyClosed = () =>
  conflict("reform.survey_closed", {
    vi: "Cuộc khảo sát đã kết thúc.",
    en: "The survey has closed.",
  });

export const badAnswer = (field: string, vi: string, en: string) =>
  badInput("reform.bad_answer", field, vi, en);

export const badPeriod = () =>
  badInput(
    "reform.bad_period",
    "periodTo",
    "kỳ khảo sát phải có ngày bắt đầu không sau ngày kết thúc",
    "the survey period must start no later than it ends",
  );
