// Calendar errors: AppError with "calendar.*" codes and Vietnamese/English messages, so the API
// returns them as 400s and the CLI prints them as they are.
import { AppError, badInput } from "../../platform/errors.ts";

export const badUnit = (field: string, got: string) =>
  badInput(
    "calendar.bad_unit",
    field,
    `đơn vị thời gian "${got}" không hợp lệ; dùng working-days, working-hours, days, months hoặc same-day`,
    `unknown unit "${got}"; use working-days, working-hours, days, months or same-day`,
  );

export const badDuration = (field: string, got: string, integer: boolean) =>
  badInput(
    "calendar.bad_duration",
    field,
    `thời hạn "${got}" phải là số ${integer ? "nguyên " : ""}không âm, tối đa 36500`,
    `duration "${got}" must be a non-negative ${integer ? "integer" : "number"} of at most 36500`,
  );

export const badInstant = (field: string, got: string) =>
  badInput(
    "calendar.bad_instant",
    field,
    `thời điểm "${got}" không hợp lệ; dùng ISO 8601 có múi giờ, ví dụ 2026-02-13T09:00:00+07:00`,
    `malformed instant "${got}"; use ISO 8601 with an offset, e.g. 2026-02-13T09:00:00+07:00`,
  );

export const badYear = (field: string, got: string) =>
  badInput(
    "calendar.bad_year",
    field,
    `năm "${got}" phải là số nguyên từ 1900 đến 2100`,
    `year "${got}" must be an integer from 1900 to 2100`,
  );

export const badDate = (field: string, got: string) =>
  badInput(
    "calendar.bad_date",
    field,
    `ngày "${got}" không hợp lệ; dùng dạng YYYY-MM-DD`,
    `malformed date "${got}"; use YYYY-MM-DD`,
  );

export const badOfficeHours = (field: string, vi: string, en: string) =>
  badInput("calendar.bad_office_hours", field, vi, en);

export const noWorkingTime = () =>
  new AppError("calendar.no_working_time", "unprocessable", {
    vi: "Lịch không có giờ làm việc nào trong khoảng thời gian cần tính",
    en: "The calendar has no working time in the period to compute",
  });
