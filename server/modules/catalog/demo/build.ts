// Builds demo procedures from compact specs: agencies from the demo tree, a published sequence,
// an internal process whose quotas fill the legal time, and a small e-form.
import type { ProcedureInput } from "../actions/edit.ts";
import type { JsonSchema } from "../rules/eform-schema.ts";
import { durationHours } from "../rules/quota.ts";
import type { ApplicantType, Duration, OnlineLevel, ProcedureStep } from "../types.ts";

/** The demo tree: the province, its departments (in DEMO_DEPARTMENTS order) and its communes. */
export interface DemoAgencies {
  province: string;
  departments: string[];
  communes: string[];
  /** The commune police units; a tree without them leaves their procedures to the communes. */
  communePolice?: string[];
}

/** Department slots: with fewer departments, slot i uses departments[i % n]. */
export const DEMO_DEPARTMENTS = [
  "Sở Tư pháp",
  "Sở Xây dựng",
  "Sở Tài chính",
  "Sở Nông nghiệp và Môi trường",
  "Sở Y tế",
  "Sở Nội vụ",
  "Sở Công Thương",
  "Công an tỉnh",
] as const;
export type Department = (typeof DEMO_DEPARTMENTS)[number];

type Process = "standard" | "survey" | "interagency";

export interface DemoSpec {
  code: string;
  name: string;
  field: string;
  /** "commune-police": done by the commune police (residence: Law on Residence 2020 Art. 2). */
  at: "commune" | "commune-police" | "province" | Department;
  duration: Duration;
  fees?: [string, number][];
  online: OnlineLevel;
  eligible?: boolean;
  applicants?: ApplicantType[];
  /** Name, required, and "population" when the national population database replaces it. */
  components: ([string, boolean] | [string, boolean, "population"])[];
  result: string;
  resultIsDocument?: boolean;
  /** The clock pauses while fees or taxes are awaited. */
  pauseWhileFeesDue?: boolean;
  legal: string[];
  process?: Process;
  form?: Record<string, JsonSchema>;
  required?: string[];
}

const PROCESSES: Record<Process, [string, ProcedureStep["role"], number][]> = {
  standard: [
    ["Tiếp nhận, kiểm tra hồ sơ", "reception", 1],
    ["Thẩm định, xử lý hồ sơ", "handler", 6],
    ["Phê duyệt, ký kết quả", "leader", 2],
    ["Trả kết quả", "reception", 1],
  ],
  survey: [
    ["Tiếp nhận, kiểm tra hồ sơ", "reception", 1],
    ["Thẩm định hồ sơ", "handler", 4],
    ["Kiểm tra thực tế, lập biên bản", "handler", 3],
    ["Phê duyệt, ký kết quả", "leader", 2],
    ["Trả kết quả", "reception", 1],
  ],
  interagency: [
    ["Tiếp nhận, kiểm tra hồ sơ", "reception", 1],
    ["Thẩm định hồ sơ", "handler", 4],
    ["Xác định nghĩa vụ tài chính (liên thông cơ quan thuế)", "handler", 3],
    ["Phê duyệt, ký kết quả", "leader", 2],
    ["Trả kết quả", "reception", 1],
  ],
};

/** Quotas proportional to the weights, whole hours, the remainder to the main handling step. */
export function demoSteps(duration: Duration, process: Process = "standard"): ProcedureStep[] {
  const total = durationHours(duration).hours;
  const plan = PROCESSES[process];
  const weight = plan.reduce((s, p) => s + p[2], 0);
  const steps = plan.map(([name, role, w]) => ({
    name,
    role,
    hours: Math.max(1, Math.floor((total * w) / weight)),
  }));
  steps[1].hours += total - steps.reduce((s, x) => s + x.hours, 0);
  return steps;
}

const APPLICANT: Record<string, JsonSchema> = {
  hoTen: {
    type: "string",
    title: "Họ, chữ đệm và tên người yêu cầu",
    minLength: 2,
    maxLength: 100,
  },
  soDinhDanh: { type: "string", title: "Số định danh cá nhân", pattern: "^[0-9]{12}$" },
  soDienThoai: { type: "string", title: "Số điện thoại", pattern: "^0[0-9]{9}$" },
  diaChi: { type: "string", title: "Nơi cư trú", maxLength: 300 },
};

/** Who does a procedure at commune level, as the catalogue's steps name it. */
const COMMUNE_BODY = {
  commune: "Ủy ban nhân dân cấp xã",
  "commune-police": "Công an cấp xã",
} as const;

export function buildDemo(s: DemoSpec, a: DemoAgencies): ProcedureInput {
  const slot = DEMO_DEPARTMENTS.indexOf(s.at as Department);
  const local = s.at === "commune" || s.at === "commune-police";
  const agencies =
    s.at === "commune-police"
      ? (a.communePolice ?? a.communes)
      : s.at === "commune"
        ? a.communes
        : slot >= 0 && a.departments.length
          ? [a.departments[slot % a.departments.length]]
          : [a.province];
  const level = local ? "commune" : slot >= 0 ? "department" : "province";
  const methods =
    s.online === "none"
      ? (["counter", "postal"] as const)
      : (["counter", "online", "postal"] as const);
  // Residence is filed at the commune's one-stop counter or at the commune police's office.
  const where =
    s.at === "commune-police"
      ? "Bộ phận Một cửa cấp xã hoặc trụ sở Công an cấp xã"
      : s.at === "commune"
        ? "Bộ phận Một cửa Ủy ban nhân dân cấp xã"
        : "Trung tâm Phục vụ hành chính công tỉnh";
  const body = local
    ? COMMUNE_BODY[s.at as keyof typeof COMMUNE_BODY]
    : s.at === "province"
      ? "Ủy ban nhân dân tỉnh"
      : s.at;
  return {
    code: s.code,
    name: s.name,
    field: s.field,
    level,
    agencies,
    sequence: [
      `Bước 1: Người yêu cầu chuẩn bị hồ sơ, nộp tại ${where}${s.online === "none" ? "" : ", trực tuyến trên Cổng Dịch vụ công quốc gia"} hoặc qua bưu chính công ích.`,
      "Bước 2: Công chức tiếp nhận kiểm tra hồ sơ; hồ sơ đầy đủ thì tiếp nhận và hẹn trả kết quả, chưa đầy đủ thì hướng dẫn bổ sung một lần bằng văn bản.",
      `Bước 3: ${body} thẩm định, giải quyết và ký kết quả.`,
      `Bước 4: Trả kết quả (${s.result}) tại ${where}, qua bưu chính công ích hoặc bản điện tử vào kho dữ liệu cá nhân.`,
    ],
    methods: [...methods],
    components: s.components.map(([name, required, source]) => ({
      name,
      required,
      originals: 1,
      ...(source === "population" ? { replacedByPopulationData: true } : {}),
    })),
    sets: 1,
    duration: s.duration,
    applicantTypes: s.applicants ?? ["citizen"],
    fees: (s.fees ?? []).map(([name, amount]) => ({ name, amount })),
    onlineLevel: s.online,
    fullOnlineEligible: s.eligible ?? s.online === "full",
    resultIsDocument: s.resultIsDocument ?? true,
    ...(s.pauseWhileFeesDue ? { pauseWhileFeesDue: true } : {}),
    result: s.result,
    legalBasis: s.legal,
    forms: s.components
      .filter(([n]) => /^(Tờ khai|Đơn|Giấy đề nghị)/.test(n))
      .map(([n]) => ({ name: n })),
    eForm: {
      type: "object",
      title: s.name,
      properties: { ...APPLICANT, ...s.form },
      required: ["hoTen", "soDinhDanh", ...(s.required ?? [])],
      additionalProperties: false,
    },
    steps: demoSteps(s.duration, s.process),
    announcedAt: "2025-06-30",
    legalBasisEffectiveAt: "2025-07-01",
    publishedAt: "2025-07-04",
  };
}
