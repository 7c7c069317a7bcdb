// Rules a version must keep before it is saved (pure; agency existence is checked by the action).
import type { FieldIssue } from "../../../platform/errors.ts";
import type { ProcedureContent } from "../types.ts";
import { checkEFormSchema } from "./eform-schema.ts";
import { quotaFit } from "./quota.ts";

export function checkContent(c: ProcedureContent): FieldIssue[] {
  const out: FieldIssue[] = [];
  // Quotas fit inside the legal time (Decree 118/2025/NĐ-CP, internal process of each procedure).
  const q = quotaFit(c.duration, c.steps);
  if (!q.fits)
    out.push({
      field: "steps",
      vi: `tổng định mức các bước (${q.stepHours} giờ làm việc) vượt thời hạn giải quyết (${q.limitHours} giờ làm việc${q.approximate ? ", quy đổi ước tính" : ""})`,
      en: `the steps' quotas total ${q.stepHours} working hours, more than the handling time (${q.limitHours} working hours${q.approximate ? ", estimated conversion" : ""})`,
    });
  if (c.duration.unit !== "same-day" && c.duration.value <= 0)
    out.push({
      field: "duration.value",
      vi: "thời hạn giải quyết phải lớn hơn 0",
      en: "the handling time must be more than 0",
    });
  if (c.eForm) out.push(...checkEFormSchema(c.eForm));
  return out;
}
