// Demo procedures of certification (commune People's Committees) and residence (commune police:
// Law on Residence 2020 Art. 2, Decree 154/2024/NĐ-CP); same caveat as civil.ts.
import type { DemoSpec } from "./build.ts";
import { RESIDENCE_FORM, RESIDENCE_REQUIRED } from "./eforms.ts";

const CHUNG_THUC = ["Nghị định 23/2015/NĐ-CP", "Thông tư 226/2016/TT-BTC (phí chứng thực)"];
const CU_TRU = [
  "Luật Cư trú 2020",
  "Nghị định 154/2024/NĐ-CP",
  "Thông tư 75/2022/TT-BTC (lệ phí đăng ký cư trú)",
];
const date = { type: "string", format: "date" } as const;
const SAME_DAY = { value: 1, unit: "same-day" } as const;
const wd = (value: number) => ({ value, unit: "working-days" }) as const;

export const RESIDENCE: DemoSpec[] = [
  {
    code: "2.000815",
    name: "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
    field: "Chứng thực",
    at: "commune",
    duration: SAME_DAY,
    // Thông tư 226/2016/TT-BTC: 2.000 đ/trang; từ trang thứ ba 1.000 đ/trang; tối đa 200.000 đ/bản.
    fees: [
      [
        "Phí chứng thực bản sao từ bản chính (mỗi trang; từ trang thứ ba 1.000 đ; tối đa 200.000 đ/bản)",
        2_000,
      ],
    ],
    online: "partial",
    applicants: ["citizen", "organisation", "overseas-vietnamese", "foreigner"],
    components: [
      ["Bản chính giấy tờ, văn bản", true],
      ["Bản sao cần chứng thực", true],
    ],
    result: "Bản sao được chứng thực từ bản chính",
    legal: CHUNG_THUC,
    form: {
      tenGiayTo: {
        type: "string",
        title: "Tên giấy tờ cần chứng thực",
        minLength: 2,
        maxLength: 300,
      },
      soTrang: { type: "integer", title: "Số trang", minimum: 1, maximum: 500 },
      soBan: { type: "integer", title: "Số bản", minimum: 1, maximum: 50 },
    },
    required: ["tenGiayTo", "soTrang", "soBan"],
  },
  {
    code: "2.000884",
    name: "Chứng thực chữ ký trong các giấy tờ, văn bản",
    field: "Chứng thực",
    at: "commune",
    duration: SAME_DAY,
    fees: [["Phí chứng thực chữ ký (mỗi trường hợp)", 10_000]],
    online: "none",
    eligible: false,
    applicants: ["citizen", "overseas-vietnamese", "foreigner"],
    components: [
      ["Giấy tờ tùy thân còn giá trị sử dụng", true],
      ["Giấy tờ, văn bản cần chứng thực chữ ký", true],
    ],
    result: "Giấy tờ, văn bản được chứng thực chữ ký",
    legal: CHUNG_THUC,
  },
  {
    code: "2.001035",
    name: "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
    field: "Chứng thực",
    at: "commune",
    duration: wd(2),
    fees: [["Phí chứng thực hợp đồng, giao dịch", 50_000]],
    online: "none",
    eligible: false,
    components: [
      ["Dự thảo hợp đồng, giao dịch", true],
      ["Giấy tờ tùy thân của người yêu cầu", true],
      ["Giấy tờ chứng minh quyền sở hữu tài sản", true],
    ],
    result: "Hợp đồng, giao dịch được chứng thực",
    legal: CHUNG_THUC,
  },
  {
    code: "1.004194",
    name: "Đăng ký thường trú",
    field: "Đăng ký, quản lý cư trú",
    at: "commune-police",
    duration: wd(7),
    fees: [["Lệ phí đăng ký thường trú (nộp trực tuyến 10.000 đ)", 20_000]],
    online: "full",
    components: [
      ["Tờ khai thay đổi thông tin cư trú (CT01)", true],
      ["Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", true],
    ],
    result: "Thông báo kết quả đăng ký thường trú",
    resultIsDocument: false,
    legal: CU_TRU,
    form: RESIDENCE_FORM,
    required: RESIDENCE_REQUIRED,
  },
  {
    code: "1.004222",
    name: "Đăng ký tạm trú",
    field: "Đăng ký, quản lý cư trú",
    at: "commune-police",
    duration: wd(3),
    fees: [["Lệ phí đăng ký tạm trú (nộp trực tuyến 7.000 đ)", 15_000]],
    online: "full",
    components: [
      ["Tờ khai thay đổi thông tin cư trú (CT01)", true],
      ["Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp", true],
    ],
    result: "Thông báo kết quả đăng ký tạm trú",
    resultIsDocument: false,
    legal: CU_TRU,
    form: {
      diaChiTamTru: { type: "string", title: "Địa chỉ tạm trú", minLength: 5, maxLength: 300 },
      denNgay: { ...date, title: "Tạm trú đến ngày" },
    },
    required: ["diaChiTamTru"],
  },
  {
    code: "1.004221",
    name: "Xác nhận thông tin về cư trú",
    field: "Đăng ký, quản lý cư trú",
    at: "commune-police",
    duration: { value: 1, unit: "working-days" },
    fees: [["Miễn phí", 0]],
    online: "full",
    components: [["Tờ khai thay đổi thông tin cư trú (CT01)", true]],
    result: "Giấy xác nhận thông tin về cư trú",
    legal: CU_TRU,
  },
];
