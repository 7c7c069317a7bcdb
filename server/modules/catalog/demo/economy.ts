// Demo procedures of business registration and transport (same caveat as
// civil.ts: verify codes, times and fees against the province's announcing decision).
import type { DemoSpec } from "./build.ts";
import { HOUSEHOLD_BUSINESS_FORM, HOUSEHOLD_BUSINESS_REQUIRED } from "./eforms.ts";

const DANG_KY_KD = [
  "Luật Doanh nghiệp 2020",
  "Nghị định 168/2025/NĐ-CP",
  "Thông tư 47/2019/TT-BTC",
];
const GPLX = [
  "Luật Trật tự, an toàn giao thông đường bộ 2024",
  "Thông tư 35/2024/TT-BCA",
  "Thông tư 37/2023/TT-BTC",
];
const BUSINESS = {
  tenHoKinhDoanh: {
    type: "string",
    title: "Tên hộ kinh doanh / doanh nghiệp",
    minLength: 2,
    maxLength: 200,
  },
  nganhNghe: { type: "string", title: "Ngành, nghề kinh doanh", minLength: 2, maxLength: 500 },
  vonKinhDoanh: { type: "integer", title: "Vốn kinh doanh (đồng)", minimum: 0 },
} as const;
const wd = (value: number) => ({ value, unit: "working-days" }) as const;

export const ECONOMY: DemoSpec[] = [
  {
    code: "2.000720",
    name: "Đăng ký thành lập hộ kinh doanh",
    field: "Thành lập và hoạt động của hộ kinh doanh",
    at: "commune",
    duration: wd(3),
    fees: [["Lệ phí đăng ký hộ kinh doanh", 100_000]],
    online: "full",
    components: [
      ["Giấy đề nghị đăng ký hộ kinh doanh", true],
      ["Biên bản họp thành viên hộ gia đình (khi hộ gia đình đăng ký)", false],
    ],
    result: "Giấy chứng nhận đăng ký hộ kinh doanh",
    legal: DANG_KY_KD,
    form: HOUSEHOLD_BUSINESS_FORM,
    required: HOUSEHOLD_BUSINESS_REQUIRED,
  },
  {
    code: "2.000575",
    name: "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
    field: "Thành lập và hoạt động của hộ kinh doanh",
    at: "commune",
    duration: wd(3),
    fees: [["Lệ phí đăng ký thay đổi", 50_000]],
    online: "full",
    components: [["Thông báo thay đổi nội dung đăng ký hộ kinh doanh", true]],
    result: "Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)",
    legal: DANG_KY_KD,
    form: {
      noiDungThayDoi: { type: "string", title: "Nội dung thay đổi", minLength: 5, maxLength: 1000 },
    },
    required: ["noiDungThayDoi"],
  },
  {
    code: "2.001610",
    name: "Đăng ký thành lập công ty TNHH một thành viên",
    field: "Thành lập và hoạt động doanh nghiệp",
    at: "Sở Tài chính",
    duration: wd(3),
    fees: [["Lệ phí đăng ký doanh nghiệp (miễn khi nộp trực tuyến)", 50_000]],
    online: "full",
    applicants: ["citizen", "organisation", "foreigner"],
    components: [
      ["Giấy đề nghị đăng ký doanh nghiệp", true],
      ["Điều lệ công ty", true],
      ["Bản sao giấy tờ pháp lý của chủ sở hữu", true],
    ],
    result: "Giấy chứng nhận đăng ký doanh nghiệp",
    legal: DANG_KY_KD,
    form: BUSINESS,
    required: ["tenHoKinhDoanh", "nganhNghe", "vonKinhDoanh"],
  },
  {
    code: "2.000633",
    name: "Cấp Giấy phép bán lẻ sản phẩm rượu",
    field: "Lưu thông hàng hóa trong nước",
    at: "commune",
    duration: wd(10),
    fees: [["Phí thẩm định điều kiện kinh doanh (khu vực đô thị)", 400_000]],
    online: "partial",
    applicants: ["citizen", "organisation"],
    components: [
      ["Đơn đề nghị cấp Giấy phép bán lẻ sản phẩm rượu", true],
      ["Giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh", true],
    ],
    result: "Giấy phép bán lẻ sản phẩm rượu",
    legal: ["Nghị định 105/2017/NĐ-CP", "Nghị định 17/2020/NĐ-CP", "Thông tư 168/2016/TT-BTC"],
    process: "survey",
  },
  {
    code: "1.002809",
    name: "Cấp đổi giấy phép lái xe",
    field: "Đường bộ",
    at: "Công an tỉnh",
    duration: wd(5),
    fees: [["Lệ phí cấp giấy phép lái xe", 135_000]],
    online: "full",
    components: [
      ["Đơn đề nghị đổi giấy phép lái xe", true],
      ["Giấy khám sức khỏe của người lái xe", true],
    ],
    result: "Giấy phép lái xe",
    legal: GPLX,
    form: {
      soGplx: { type: "string", title: "Số giấy phép lái xe", pattern: "^[0-9]{12}$" },
      hang: {
        type: "string",
        title: "Hạng",
        enum: [
          "A1",
          "A",
          "B1",
          "B",
          "C1",
          "C",
          "D1",
          "D2",
          "D",
          "BE",
          "C1E",
          "CE",
          "D1E",
          "D2E",
          "DE",
        ],
      },
    },
    required: ["soGplx", "hang"],
  },
  {
    code: "1.002804",
    name: "Cấp giấy phép lái xe quốc tế",
    field: "Đường bộ",
    at: "Công an tỉnh",
    duration: wd(5),
    fees: [["Lệ phí cấp giấy phép lái xe quốc tế", 135_000]],
    online: "full",
    components: [["Tờ khai đề nghị cấp giấy phép lái xe quốc tế", true]],
    result: "Giấy phép lái xe quốc tế",
    legal: GPLX,
  },
];
