// Applicants of the demo dossiers and their e-forms: Vietnamese names, 12-digit personal
// identification numbers, phone numbers, and e-form data that the catalogue's schema accepts.
import type { JsonSchema } from "../modules/catalog/index.ts";

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng", "Bùi"];
const MIDDLE_M = ["Văn", "Minh", "Quốc", "Thanh", "Hoàng", "Đức", "Hữu", "Công"];
const MIDDLE_F = ["Thị", "Ngọc", "Thu", "Kim", "Mỹ", "Thanh", "Bích", "Hồng"];
const GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khang", "Long", "Phúc", "Tài"];
const GIVEN_F = ["Anh", "Châu", "Dung", "Hà", "Hạnh", "Lan", "Linh", "Mai", "Nhung", "Trang"];
const STREETS = [
  "ấp Bình Thạnh",
  "ấp Tân Hòa",
  "ấp Mỹ Lợi",
  "khu phố 2",
  "khu phố 5",
  "ấp Long Hưng",
];

const at = <T>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
const digits = (r: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(r() * 10)).join("");

export function personName(r: () => number): string {
  const female = r() < 0.5;
  return `${at(r, FAMILY)} ${at(r, female ? MIDDLE_F : MIDDLE_M)} ${at(r, female ? GIVEN_F : GIVEN_M)}`;
}

export interface DemoApplicant {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
  communeCode: string;
}

export function applicant(r: () => number, communeCode: string, communeName: string) {
  return {
    name: personName(r),
    // Personal identification number: province of birth 087 (Đồng Tháp), century-sex, year, serial.
    idNumber: `087${r() < 0.5 ? "0" : "1"}${digits(r, 8)}`,
    phone: `09${digits(r, 8)}`,
    address: `Số ${1 + Math.floor(r() * 300)}, ${at(r, STREETS)}, ${communeName}`,
    communeCode,
  };
}

/** A value the schema accepts, chosen by the field's name where it says what it is. */
function value(r: () => number, key: string, s: JsonSchema, who: DemoApplicant): unknown {
  if (s.enum?.length) return at(r, s.enum);
  if (s.type === "integer" || s.type === "number") {
    const min = s.minimum ?? 1;
    return Math.min(s.maximum ?? min + 4, min + Math.floor(r() * 4));
  }
  if (s.type === "boolean") return true;
  if (s.type === "array") return [`${personName(r)}, ${digits(r, 12)}`];
  if (s.format === "date") {
    const y = 1970 + Math.floor(r() * 50);
    return `${y}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`;
  }
  if (s.pattern) return fromPattern(r, s.pattern);
  const text =
    key === "hoTen"
      ? who.name
      : key === "diaChi" || key.startsWith("diaChi") || key === "diaDiem"
        ? who.address
        : key.startsWith("hoTen")
          ? personName(r)
          : key.startsWith("ten")
            ? `${at(r, ["Hộ kinh doanh", "Cửa hàng", "Công trình"])} ${at(r, GIVEN_M)} ${at(r, FAMILY)}`
            : "Theo hồ sơ kèm theo";
  return text.slice(0, s.maxLength ?? 300).padEnd(s.minLength ?? 0, ".");
}

/** Digits for the patterns the demo catalogue uses (^[0-9]{n}$, ^[0-9]{a,b}$, ^0[0-9]{9}$). */
function fromPattern(r: () => number, pattern: string): string {
  return pattern
    .replace(/^\^|\$$/g, "")
    .replace(/\[0-9\]\{(\d+)(?:,(\d+))?\}/g, (_, a: string, b?: string) =>
      digits(r, b ? Number(a) + Math.floor(r() * (Number(b) - Number(a) + 1)) : Number(a)),
    );
}

export function formData(
  r: () => number,
  schema: JsonSchema | null,
  who: DemoApplicant,
): Record<string, unknown> {
  if (!schema?.properties) return {};
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(schema.properties)) {
    if (k === "soDinhDanh") out[k] = who.idNumber;
    else if (k === "soDienThoai") out[k] = who.phone;
    else out[k] = value(r, k, s, who);
  }
  return out;
}
