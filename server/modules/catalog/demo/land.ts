// Demo procedures of land and construction; same caveat as civil.ts.
import type { DemoSpec } from "./build.ts";
import { LAND_FIRST_FORM, LAND_FIRST_REQUIRED } from "./eforms.ts";

const DAT_DAI = [
  "Luật Đất đai 2024",
  "Nghị định 101/2024/NĐ-CP",
  "Nghị quyết của HĐND tỉnh về lệ phí cấp giấy chứng nhận",
];
const XAY_DUNG = [
  "Luật Xây dựng 2014, sửa đổi 2020",
  "Nghị định 175/2024/NĐ-CP",
  "Thông tư 38/2022/TT-BTC",
];
const LAND = {
  soThua: { type: "string", title: "Số thửa", pattern: "^[0-9]{1,6}$" },
  soToBanDo: { type: "string", title: "Số tờ bản đồ", pattern: "^[0-9]{1,4}$" },
  dienTich: { type: "number", title: "Diện tích (m²)", minimum: 0 },
} as const;
const days = (value: number) => ({ value, unit: "days" }) as const;
const wd = (value: number) => ({ value, unit: "working-days" }) as const;

export const LAND_AND_CONSTRUCTION: DemoSpec[] = [
  {
    code: "1.012756",
    name: "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu",
    field: "Đất đai",
    at: "commune",
    duration: wd(20),
    fees: [["Lệ phí cấp Giấy chứng nhận", 100_000]],
    online: "partial",
    eligible: false,
    components: [
      ["Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu 04/ĐK)", true],
      ["Giấy tờ về quyền sử dụng đất", false],
      ["Chứng từ thực hiện nghĩa vụ tài chính", false],
    ],
    result: "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
    // The time the land user takes to fulfil the financial obligations (land-use levy,
    // registration fee) is not counted in the handling time (Decree 101/2024/NĐ-CP).
    pauseWhileFeesDue: true,
    legal: DAT_DAI,
    process: "interagency",
    form: LAND_FIRST_FORM,
    required: LAND_FIRST_REQUIRED,
  },
  {
    code: "1.012766",
    name: "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do chuyển nhượng, tặng cho, thừa kế",
    field: "Đất đai",
    at: "Sở Nông nghiệp và Môi trường",
    duration: wd(10),
    fees: [["Lệ phí đăng ký biến động", 50_000]],
    online: "partial",
    applicants: ["citizen", "organisation", "overseas-vietnamese"],
    components: [
      ["Đơn đăng ký biến động đất đai (Mẫu 11/ĐK)", true],
      ["Hợp đồng, văn bản chuyển quyền đã công chứng, chứng thực", true],
      ["Giấy chứng nhận đã cấp", true],
    ],
    result: "Giấy chứng nhận đã xác nhận biến động hoặc Giấy chứng nhận mới",
    // The time the land user takes to fulfil the financial obligations (land-use levy,
    // registration fee) is not counted in the handling time (Decree 101/2024/NĐ-CP).
    pauseWhileFeesDue: true,
    legal: DAT_DAI,
    process: "interagency",
    form: LAND,
    required: ["soThua", "soToBanDo"],
  },
  {
    code: "1.009972",
    name: "Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II (công trình không theo tuyến, theo tuyến, tín ngưỡng, tôn giáo, tượng đài, tranh hoành tráng)",
    field: "Hoạt động xây dựng",
    at: "Sở Xây dựng",
    // Luật Xây dựng 2014, Điều 102: 20 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.
    duration: days(20),
    fees: [["Lệ phí cấp giấy phép xây dựng công trình", 150_000]],
    online: "partial",
    applicants: ["organisation", "citizen"],
    components: [
      ["Đơn đề nghị cấp giấy phép xây dựng", true],
      ["Giấy tờ hợp pháp về đất đai", true],
      ["Bản vẽ thiết kế xây dựng", true],
      ["Văn bản thẩm định thiết kế", true],
    ],
    result: "Giấy phép xây dựng",
    legal: XAY_DUNG,
    process: "survey",
    form: {
      tenCongTrinh: { type: "string", title: "Tên công trình", minLength: 2, maxLength: 300 },
      diaDiem: { type: "string", title: "Địa điểm xây dựng", minLength: 5, maxLength: 300 },
      capCongTrinh: { type: "string", title: "Cấp công trình", enum: ["Đặc biệt", "I", "II"] },
    },
    required: ["tenCongTrinh", "diaDiem", "capCongTrinh"],
  },
  {
    code: "1.010009",
    name: "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
    field: "Hoạt động xây dựng",
    at: "commune",
    // Luật Xây dựng 2014, Điều 102: 15 ngày đối với nhà ở riêng lẻ.
    duration: days(15),
    fees: [["Lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ", 75_000]],
    online: "full",
    components: [
      ["Đơn đề nghị cấp giấy phép xây dựng", true],
      ["Giấy tờ hợp pháp về đất đai", true],
      ["Bản vẽ thiết kế xây dựng", true],
    ],
    result: "Giấy phép xây dựng",
    legal: XAY_DUNG,
    process: "survey",
    form: { ...LAND, soTang: { type: "integer", title: "Số tầng", minimum: 1, maximum: 50 } },
    required: ["soThua", "soToBanDo", "soTang"],
  },
  {
    code: "1.009940",
    name: "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
    field: "Hoạt động xây dựng",
    at: "Sở Xây dựng",
    duration: days(20),
    fees: [["Lệ phí cấp chứng chỉ hành nghề", 300_000]],
    online: "full",
    components: [
      ["Đơn đề nghị cấp chứng chỉ hành nghề", true],
      ["Văn bằng đào tạo", true],
      ["Bản kê khai kinh nghiệm", true],
    ],
    result: "Chứng chỉ hành nghề hoạt động xây dựng",
    legal: XAY_DUNG,
  },
];
