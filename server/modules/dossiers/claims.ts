// What a request may not claim: the index's reuse and identity flags (Decision 766/QĐ-TTg,
// indicators 4.3–4.5) are set by the server from a real reuse, sign-in or population look-up.
import { AppError, type FieldIssue } from "../../platform/errors.ts";
import type { IntakeInput } from "./intake.ts";

export function refuseClaimedFlags(
  body: Pick<IntakeInput, "components" | "vneidVerified" | "populationDb">,
): void {
  const issues: FieldIssue[] = [];
  body.components.forEach((c, i) => {
    if (c.digitized >= 2)
      issues.push({
        field: `components[${i}].digitized`,
        vi: "dữ liệu tái sử dụng được ghi nhận khi chọn hồ sơ, kết quả trước (reuse), không tự khai",
        en: "reuse is recorded from an earlier dossier or result (reuse), not claimed",
      });
    if (c.fromPersonalStore)
      issues.push({
        field: `components[${i}].fromPersonalStore`,
        vi: "chỉ ghi nhận khi thành phần thực sự lấy từ kho dữ liệu cá nhân",
        en: "set only when the component really came from the personal data store",
      });
  });
  if (body.vneidVerified)
    issues.push({
      field: "vneidVerified",
      vi: "chỉ ghi nhận khi người nộp đăng nhập bằng VNeID",
      en: "set only when the applicant signed in with VNeID",
    });
  if (body.populationDb)
    issues.push({
      field: "populationDb",
      vi: "chỉ ghi nhận khi dữ liệu lấy từ Cơ sở dữ liệu quốc gia về dân cư",
      en: "set only when the data came from the national population database",
    });
  if (issues.length)
    throw new AppError(
      "dossiers.claimed_flag",
      "bad_input",
      {
        vi: "Yêu cầu tự khai các chỉ tiêu do hệ thống ghi nhận.",
        en: "The request claims flags that the system records itself.",
      },
      { issues },
    );
}
