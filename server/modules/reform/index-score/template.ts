// The default criteria of a year: the 8 areas of Decision 876/QĐ-BNV with the provincial
// weighting 10 / 10 / 14.5 / 11 / 16 / 7 / 16 / 15.5 (reform spec), and the deduction of letter
// 6187/UBND-KSTT. A province edits this data for its year; it is not code.
import type { Area } from "./criteria.ts";
import type { DeductionRule } from "./rules.ts";

const ev = { how: "evidence" } as const;
const sys = (measure: string, bands?: { min: number; share: number }[]) =>
  ({
    how: "system",
    measure,
    ...(bands ? { bands } : {}),
  }) as Area["criteria"][number]["subs"][number]["scoring"];
const steps = [
  { min: 1, share: 1 },
  { min: 0.95, share: 0.75 },
  { min: 0.9, share: 0.5 },
  { min: 0.8, share: 0.25 },
];

export const DEFAULT_AREAS: Area[] = [
  {
    code: "1",
    name: "Công tác chỉ đạo, điều hành cải cách hành chính",
    max: 10,
    criteria: [
      {
        code: "1.1",
        name: "Kế hoạch cải cách hành chính năm",
        subs: [
          { code: "1.1.1", name: "Ban hành kế hoạch CCHC năm kịp thời", max: 1.5, scoring: ev },
          { code: "1.1.2", name: "Mức độ hoàn thành kế hoạch CCHC", max: 2.5, scoring: ev },
        ],
      },
      {
        code: "1.2",
        name: "Thực hiện nhiệm vụ được giao",
        subs: [
          {
            code: "1.2.1",
            name: "Nhiệm vụ chỉ đạo hoàn thành đúng hạn",
            max: 4,
            scoring: sys("tasksOnTime"),
          },
          { code: "1.2.2", name: "Báo cáo CCHC định kỳ đầy đủ, đúng hạn", max: 2, scoring: ev },
        ],
      },
    ],
  },
  {
    code: "2",
    name: "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
    max: 10,
    criteria: [
      {
        code: "2.1",
        name: "Rà soát, kiểm tra văn bản",
        subs: [
          { code: "2.1.1", name: "Thực hiện rà soát, hệ thống hóa văn bản", max: 5, scoring: ev },
          { code: "2.1.2", name: "Xử lý văn bản sau rà soát", max: 5, scoring: ev },
        ],
      },
    ],
  },
  {
    code: "3",
    name: "Cải cách thủ tục hành chính",
    max: 14.5,
    criteria: [
      {
        code: "3.1",
        name: "Công khai và cung cấp dịch vụ công trực tuyến",
        subs: [
          { code: "3.1.1", name: "Công khai TTHC đầy đủ, đúng quy định", max: 2, scoring: ev },
          {
            code: "3.1.2",
            name: "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến",
            max: 2,
            scoring: sys("onlineProcedureShare"),
          },
        ],
      },
      {
        code: "3.2",
        name: "Kết quả giải quyết TTHC",
        subs: [
          {
            code: "3.2.1",
            name: "Tỷ lệ hồ sơ giải quyết đúng hạn",
            max: 4,
            scoring: sys("onTimeRate", steps),
          },
          {
            code: "3.2.2",
            name: "Hồ sơ trễ hạn có giải trình và xin lỗi",
            max: 2,
            scoring: sys("lateExplainedShare"),
          },
          {
            code: "3.2.3",
            name: "Tỷ lệ thanh toán trực tuyến",
            max: 1.5,
            scoring: sys("onlinePaymentShare"),
          },
          {
            code: "3.2.4",
            name: "Số hóa hồ sơ, kết quả giải quyết TTHC",
            max: 1.5,
            scoring: sys("digitisedShare"),
          },
          {
            code: "3.2.5",
            name: "Xử lý phản ánh, kiến nghị đúng hạn",
            max: 1.5,
            scoring: sys("complaintsOnTime"),
          },
        ],
      },
    ],
  },
  {
    code: "4",
    name: "Cải cách tổ chức bộ máy",
    max: 11,
    criteria: [
      {
        code: "4.1",
        name: "Sắp xếp tổ chức bộ máy",
        subs: [
          { code: "4.1.1", name: "Thực hiện quy định về tổ chức bộ máy", max: 6, scoring: ev },
          { code: "4.1.2", name: "Quản lý biên chế", max: 5, scoring: ev },
        ],
      },
    ],
  },
  {
    code: "5",
    name: "Cải cách chế độ công vụ",
    max: 16,
    criteria: [
      {
        code: "5.1",
        name: "Quản lý cán bộ, công chức, viên chức",
        subs: [
          { code: "5.1.1", name: "Vị trí việc làm, cơ cấu ngạch", max: 6, scoring: ev },
          { code: "5.1.2", name: "Đánh giá, đào tạo, bồi dưỡng", max: 5, scoring: ev },
          { code: "5.1.3", name: "Kỷ luật, kỷ cương hành chính", max: 5, scoring: ev },
        ],
      },
    ],
  },
  {
    code: "6",
    name: "Cải cách tài chính công",
    max: 7,
    criteria: [
      {
        code: "6.1",
        name: "Quản lý, sử dụng tài chính công",
        subs: [
          { code: "6.1.1", name: "Thực hiện cơ chế tự chủ tài chính", max: 4, scoring: ev },
          { code: "6.1.2", name: "Công khai ngân sách", max: 3, scoring: ev },
        ],
      },
    ],
  },
  {
    code: "7",
    name: "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số",
    max: 16,
    criteria: [
      {
        code: "7.1",
        name: "Dịch vụ công trực tuyến và dữ liệu",
        subs: [
          {
            code: "7.1.1",
            name: "Tỷ lệ hồ sơ nộp trực tuyến",
            max: 6,
            scoring: sys("onlineDossierShare"),
          },
          { code: "7.1.2", name: "Tái sử dụng dữ liệu số hóa", max: 4, scoring: sys("reuseShare") },
          { code: "7.1.3", name: "Ứng dụng chữ ký số, văn bản điện tử", max: 6, scoring: ev },
        ],
      },
    ],
  },
  {
    code: "8",
    name: "Tác động của cải cách hành chính đến người dân, tổ chức",
    max: 15.5,
    criteria: [
      {
        code: "8.1",
        name: "Sự hài lòng của người dân, tổ chức",
        subs: [
          // The system's own satisfaction survey (reform spec, survey component): the share of
          // answers "satisfied" or better in the year's surveys of the unit, filled and locked.
          {
            code: "8.1.1",
            name: "Khảo sát sự hài lòng (SIPAS)",
            max: 10,
            scoring: sys("surveySatisfied"),
          },
          {
            code: "8.1.2",
            name: "Đánh giá hài lòng khi nhận kết quả",
            max: 5.5,
            scoring: sys("satisfiedShare"),
          },
        ],
      },
    ],
  },
];

export const DEFAULT_RULES: DeductionRule[] = [
  {
    id: "6187-online-70",
    title: "Dưới 70% TTHC cung cấp dịch vụ công trực tuyến",
    // Letter 6187/UBND-KSTT (11/11/2022) §1.đ; Resolution 01/NQ-CP (08/01/2022).
    basis: "Công văn 6187/UBND-KSTT ngày 11/11/2022, mục 1.đ",
    levels: ["department"],
    condition: { measure: "onlineProcedureShare", op: "<", value: 0.7 },
    effect: { kind: "percentOfArea", area: "3", percent: 20 },
    period: { from: "2022-11-11", to: null },
  },
];
