// Sample inputs for every form: used by the tests and by the demo seed. Times are instants (UTC);
// the forms show them in Vietnam time.
import type { Form01Input } from "./form01.ts";
import type { Form02Input } from "./form02.ts";
import type { Form03Input } from "./form03.ts";
import type { Form04Input } from "./form04.ts";
import type { Form05Input } from "./form05.ts";
import type { Form06Input } from "./form06.ts";
import type { Form07Input } from "./form07.ts";

export const sampleBase = {
  unit: { parent: "UBND xã Tân Phước", name: "Bộ phận Một cửa xã Tân Phước" },
  place: "Tân Phước",
  issuedAt: "2026-03-15",
  dossierCode: "H58.27-260315-0042",
};

export const sampleApplicant = {
  name: "Nguyễn Thị Ngọc Huyền",
  idNumber: "082190001234",
  address: "Ấp Phước Hòa, xã Tân Phước, tỉnh Đồng Tháp",
  phone: "0912 345 678",
  email: "huyen.nguyen@example.vn",
};

export const sampleProcedure = {
  code: "1.001193",
  name: "Đăng ký khai sinh kết hợp đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
};

export const sample01: Form01Input = {
  ...sampleBase,
  number: "42/GTN-BPMC",
  copy: "applicant",
  applicant: sampleApplicant,
  procedure: sampleProcedure,
  components: [
    { name: "Tờ khai đăng ký khai sinh (mẫu liên thông)", originals: 1 },
    { name: "Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp", originals: 1 },
    { name: "Giấy chứng nhận kết hôn của cha mẹ", copies: 1 },
    { name: "Thông tin cư trú của người mẹ", reused: true },
  ],
  sets: 1,
  legalTime: { amount: 3, unit: "working_days" },
  receivedAt: "2026-03-15T01:30:00Z",
  appointmentAt: "2026-03-18T09:00:00Z",
  fees: [{ name: "Lệ phí đăng ký khai sinh", amount: 0 }],
  delivery: { method: "counter", address: "Trụ sở UBND xã Tân Phước, ấp Phước Hòa" },
  register: { book: "01/2026", seq: 42 },
  receiver: { position: "Người tiếp nhận hồ sơ", name: "Trần Văn Đức" },
};

const agencyHead = { authority: "KT. Chủ tịch", position: "Phó Chủ tịch", name: "Lê Hoàng Phúc" };

export const sample02: Form02Input = {
  ...sampleBase,
  number: "07/PYC-BPMC",
  applicant: sampleApplicant,
  procedure: sampleProcedure,
  items: [
    {
      text: "Bổ sung bản sao Giấy chứng nhận kết hôn của cha mẹ (có chứng thực hoặc xuất trình bản chính để đối chiếu)",
    },
    {
      text: "Ghi đầy đủ mục “Nơi cư trú” của người mẹ trên Tờ khai",
      basis: "Thông tư 04/2024/TT-BTP",
    },
  ],
  reason: "Tờ khai còn thiếu thông tin bắt buộc; thiếu giấy tờ chứng minh quan hệ hôn nhân.",
  contact: { name: "ông Trần Văn Đức, công chức Tư pháp - Hộ tịch", phone: "0277 3 852 123" },
  signer: { position: "Người hướng dẫn", name: "Trần Văn Đức" },
};

export const sample03: Form03Input = {
  ...sampleBase,
  number: "03/PTC-BPMC",
  applicant: sampleApplicant,
  procedure: { code: "1.004227", name: "Cấp giấy phép xây dựng nhà ở riêng lẻ" },
  reasons: [
    "Thửa đất thuộc khu vực đã có quy hoạch phân khu, thẩm quyền cấp phép thuộc Sở Xây dựng tỉnh Đồng Tháp.",
  ],
  guidance:
    "Ông/Bà nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trên Cổng Dịch vụ công quốc gia.",
  signer: { position: "Người tiếp nhận hồ sơ", name: "Trần Văn Đức" },
};

export const sample04: Form04Input = {
  ...sampleBase,
  issuedAt: "2026-03-17",
  number: "15/UBND-VP",
  applicant: sampleApplicant,
  procedure: sampleProcedure,
  receivingUnit: "Bộ phận Một cửa xã Tân Phước",
  unit: { parent: "UBND tỉnh Đồng Tháp", name: "Ủy ban nhân dân xã Tân Phước" },
  receivedAt: "2026-03-15T01:30:00Z",
  appointmentAt: "2026-03-18T09:00:00Z",
  newAppointmentAt: "2026-03-20T09:00:00Z",
  reason:
    "Cơ sở dữ liệu hộ tịch điện tử gián đoạn kết nối với Cơ sở dữ liệu quốc gia về dân cư, chưa cấp được số định danh cá nhân cho trẻ.",
  recipients: ["Như trên", "Bộ phận Một cửa xã", "Lưu: VT, TP-HT"],
  signer: agencyHead,
};

export const sample05: Form05Input = {
  ...sampleBase,
  number: "02/TB-UBND",
  unit: sample04.unit,
  applicant: sampleApplicant,
  procedure: sample03.procedure,
  receivedAt: "2026-03-10T02:00:00Z",
  appointmentAt: "2026-03-24T09:00:00Z",
  legalBasis: "khoản 2 Điều 18 Nghị định 118/2025/NĐ-CP",
  reasons: ["Người nộp hồ sơ có văn bản đề nghị dừng giải quyết ngày 14/3/2026."],
  signer: { ...agencyHead, digital: true },
};

export const sample06: Form06Input = {
  ...sampleBase,
  number: "42/PKS-BPMC",
  applicantName: sampleApplicant.name,
  procedure: sampleProcedure,
  receiptNumber: "42/GTN-BPMC",
  leadAgency: "UBND xã Tân Phước",
  coordinatingAgencies: ["Công an xã Tân Phước", "Bảo hiểm xã hội khu vực"],
  receivedAt: "2026-03-15T01:30:00Z",
  appointmentAt: "2026-03-18T09:00:00Z",
  steps: [
    {
      step: "Tiếp nhận, chuyển hồ sơ",
      from: { name: "Trần Văn Đức", unit: "Bộ phận Một cửa" },
      to: { name: "Phạm Thị Lan", unit: "Công chức Tư pháp - Hộ tịch" },
      receivedAt: "2026-03-15T01:30:00Z",
      dueAt: "2026-03-15T09:00:00Z",
      doneAt: "2026-03-15T02:10:00Z",
    },
    {
      step: "Thẩm định, trình ký",
      from: { name: "Phạm Thị Lan", unit: "Công chức Tư pháp - Hộ tịch" },
      to: { name: "Lê Hoàng Phúc", unit: "Lãnh đạo UBND xã" },
      receivedAt: "2026-03-15T02:10:00Z",
      dueAt: "2026-03-16T09:00:00Z",
      doneAt: "2026-03-16T08:00:00Z",
    },
    {
      step: "Phê duyệt, ký số kết quả",
      from: { name: "Lê Hoàng Phúc", unit: "Lãnh đạo UBND xã" },
      to: { name: "Trần Văn Đức", unit: "Bộ phận Một cửa" },
      receivedAt: "2026-03-16T08:00:00Z",
      dueAt: "2026-03-17T09:00:00Z",
      doneAt: "2026-03-18T02:00:00Z",
      note: "chờ liên thông BHXH",
    },
    {
      step: "Trả kết quả",
      from: { name: "Trần Văn Đức", unit: "Bộ phận Một cửa" },
      to: { name: "Nguyễn Thị Ngọc Huyền" },
      receivedAt: "2026-03-18T02:00:00Z",
      dueAt: "2026-03-18T09:00:00Z",
    },
  ],
};

const names = [
  "Nguyễn Văn An",
  "Trần Thị Bích Ngọc",
  "Lê Quốc Hùng",
  "Phạm Minh Khôi",
  "Võ Thị Yến",
];
const procs = [
  "Chứng thực bản sao từ bản chính giấy tờ, văn bản",
  "Đăng ký khai sinh",
  "Cấp giấy phép xây dựng nhà ở riêng lẻ",
  "Đăng ký kết hôn",
  "Xác nhận tình trạng hôn nhân",
];

export const sample07: Form07Input = {
  unit: sampleBase.unit,
  place: sampleBase.place,
  issuedAt: "2026-03-31",
  book: "01/2026",
  period: { from: "2026-03-01", to: "2026-03-31" },
  entries: Array.from({ length: 24 }, (_, i) => {
    const day = 1 + i;
    const received = new Date(Date.UTC(2026, 2, day, 1 + (i % 7), 15));
    const due = new Date(received.getTime() + 3 * 86400_000);
    return {
      dossierCode: `H58.27-2603${String(day).padStart(2, "0")}-${String(40 + i).padStart(4, "0")}`,
      procedure: procs[i % procs.length],
      applicant: names[i % names.length],
      contact: `Ấp ${["Phước Hòa", "Tân Long", "Mỹ Lợi"][i % 3]}, xã Tân Phước — 09${String(10000000 + i * 7919).slice(0, 8)}`,
      leadAgency: i % 3 === 2 ? "Sở Xây dựng" : "UBND xã Tân Phước",
      receivedAt: received,
      appointmentAt: due,
      transferredAt: new Date(received.getTime() + 3600_000),
      resultReceivedAt: i < 20 ? new Date(due.getTime() - 7200_000) : undefined,
      returnedAt: i < 18 ? new Date(due.getTime() - 3600_000) : undefined,
      note: i === 5 ? "Trễ hạn, đã xin lỗi" : undefined,
    };
  }),
  signer: { position: "Người lập sổ", name: "Trần Văn Đức" },
};
