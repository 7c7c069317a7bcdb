// The seven parts every published procedure must have (Decree 63/2010/NĐ-CP, Art. 8(2)); the
// service index's indicator 1.3 counts procedures that have all of them (Decision 766/QĐ-TTg).
import type { Messages } from "../../../platform/errors.ts";
import type { ProcedureContent } from "../types.ts";

export const SEVEN_PARTS = [
  "name",
  "sequence",
  "method",
  "components",
  "duration",
  "applicantTypes",
  "agency",
] as const;
export type SevenPart = (typeof SEVEN_PARTS)[number];

export const SEVEN_PART_NAMES: Record<SevenPart, Messages> = {
  name: { vi: "Tên thủ tục", en: "Name" },
  sequence: { vi: "Trình tự thực hiện", en: "Steps to follow" },
  method: { vi: "Cách thức thực hiện", en: "Method" },
  components: { vi: "Thành phần, số lượng hồ sơ", en: "Dossier components and number of sets" },
  duration: { vi: "Thời hạn giải quyết", en: "Handling time" },
  applicantTypes: { vi: "Đối tượng thực hiện", en: "Applicant types" },
  agency: { vi: "Cơ quan thực hiện", en: "Implementing agency" },
};

type Parts = Pick<
  ProcedureContent,
  | "name"
  | "sequence"
  | "methods"
  | "components"
  | "sets"
  | "duration"
  | "applicantTypes"
  | "agencies"
>;

/** The parts a procedure lacks, in the law's order; empty when all seven are there. */
export function sevenPartsMissing(p: Partial<Parts>): SevenPart[] {
  const has: Record<SevenPart, boolean> = {
    name: !!p.name?.trim(),
    sequence: (p.sequence ?? []).some((s) => s.trim()),
    method: (p.methods?.length ?? 0) > 0,
    components: (p.components?.length ?? 0) > 0 && (p.sets ?? 0) >= 1,
    duration: !!p.duration && (p.duration.unit === "same-day" || p.duration.value > 0),
    applicantTypes: (p.applicantTypes?.length ?? 0) > 0,
    agency: (p.agencies?.length ?? 0) > 0,
  };
  return SEVEN_PARTS.filter((k) => !has[k]);
}
