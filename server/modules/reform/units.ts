// The units the reform index, inspections, reports and surveys are about (Decision 876/QĐ-BNV
// ranks departments and communes).
export const UNIT_LEVELS = ["department", "commune"] as const;
