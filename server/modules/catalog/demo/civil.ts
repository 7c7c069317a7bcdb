// Demo procedures of civil status (communes). Codes, times and fees
// follow the national procedure database and the cited texts as we know them; a province checks
// them against its own announcing decision before production use.
import type { DemoSpec } from "./build.ts";
import {
  BIRTH_FORM,
  BIRTH_REQUIRED,
  MARITAL_STATUS_FORM,
  MARITAL_STATUS_REQUIRED,
} from "./eforms.ts";

const HO_TICH = ["Luật Hộ tịch 2014", "Nghị định 123/2015/NĐ-CP", "Thông tư 04/2020/TT-BTP"];
/**
 * The proof of residence the registering commune relies on: not asked for when the agency takes
 * the person's residence from the national population database (Law on Residence 2020 Art. 38,
 * Decree 104/2022/NĐ-CP; reuse of data held by the State: Decree 118/2025/NĐ-CP).
 */
const RESIDENCE_PAPER = "Giấy tờ chứng minh thông tin về cư trú";
const RESIDENCE_LEGAL = ["Luật Cư trú 2020", "Nghị định 104/2022/NĐ-CP"];
const date = { type: "string", format: "date" } as const;
const SAME_DAY = { value: 1, unit: "same-day" } as const;
const wd = (value: number) => ({ value, unit: "working-days" }) as const;

export const CIVIL: DemoSpec[] = [
  {
    code: "1.001193",
    name: "Đăng ký khai sinh",
    field: "Hộ tịch",
    at: "commune",
    duration: SAME_DAY,
    fees: [["Lệ phí đăng ký khai sinh (miễn khi đăng ký đúng hạn)", 0]],
    online: "full",
    components: [
      ["Tờ khai đăng ký khai sinh", true],
      ["Giấy chứng sinh hoặc văn bản của người làm chứng", true],
      ["Văn bản ủy quyền (khi nộp thay)", false],
      // Shown only when the parents' residence is not in the population database.
      [RESIDENCE_PAPER, false, "population"],
    ],
    result: "Giấy khai sinh",
    legal: [...HO_TICH, ...RESIDENCE_LEGAL],
    form: BIRTH_FORM,
    required: BIRTH_REQUIRED,
  },
  {
    code: "1.000894",
    name: "Đăng ký kết hôn",
    field: "Hộ tịch",
    at: "commune",
    duration: SAME_DAY,
    fees: [["Lệ phí đăng ký kết hôn (miễn)", 0]],
    online: "partial",
    eligible: false,
    components: [
      ["Tờ khai đăng ký kết hôn", true],
      ["Giấy xác nhận tình trạng hôn nhân (khi đăng ký tại nơi không cư trú)", false],
      // Decides the competent commune (Law on Civil Status 2014 Art. 17).
      [RESIDENCE_PAPER, true, "population"],
    ],
    result: "Giấy chứng nhận kết hôn",
    legal: [...HO_TICH, ...RESIDENCE_LEGAL],
    form: {
      hoTenBenKia: {
        type: "string",
        title: "Họ, chữ đệm và tên bên kia",
        minLength: 2,
        maxLength: 100,
      },
      ngaySinhBenKia: { ...date, title: "Ngày sinh bên kia" },
    },
    required: ["hoTenBenKia", "ngaySinhBenKia"],
  },
  {
    code: "1.000656",
    name: "Đăng ký khai tử",
    field: "Hộ tịch",
    at: "commune",
    duration: SAME_DAY,
    fees: [["Lệ phí đăng ký khai tử (miễn)", 0]],
    online: "full",
    components: [
      ["Tờ khai đăng ký khai tử", true],
      ["Giấy báo tử hoặc giấy tờ thay giấy báo tử", true],
    ],
    result: "Trích lục khai tử",
    legal: HO_TICH,
    form: {
      hoTenNguoiChet: {
        type: "string",
        title: "Họ, chữ đệm và tên người chết",
        minLength: 2,
        maxLength: 100,
      },
      ngayChet: { ...date, title: "Ngày chết" },
    },
    required: ["hoTenNguoiChet", "ngayChet"],
  },
  {
    code: "1.001022",
    name: "Đăng ký nhận cha, mẹ, con",
    field: "Hộ tịch",
    at: "commune",
    duration: wd(3),
    fees: [["Lệ phí đăng ký nhận cha, mẹ, con", 15_000]],
    online: "partial",
    components: [
      ["Tờ khai đăng ký nhận cha, mẹ, con", true],
      ["Chứng cứ chứng minh quan hệ cha, mẹ, con", true],
    ],
    result: "Trích lục đăng ký nhận cha, mẹ, con",
    legal: HO_TICH,
  },
  {
    code: "1.004859",
    name: "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
    field: "Hộ tịch",
    at: "commune",
    duration: wd(3),
    fees: [["Lệ phí thay đổi, cải chính hộ tịch", 15_000]],
    online: "full",
    components: [
      ["Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", true],
      ["Giấy tờ làm căn cứ thay đổi, cải chính", true],
    ],
    result: "Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch",
    legal: HO_TICH,
    form: {
      noiDung: {
        type: "string",
        title: "Nội dung đề nghị thay đổi, cải chính",
        minLength: 5,
        maxLength: 1000,
      },
    },
    required: ["noiDung"],
  },
  {
    code: "1.004873",
    name: "Cấp Giấy xác nhận tình trạng hôn nhân",
    field: "Hộ tịch",
    at: "commune",
    duration: wd(3),
    fees: [["Lệ phí cấp Giấy xác nhận tình trạng hôn nhân", 15_000]],
    online: "full",
    components: [["Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", true]],
    result: "Giấy xác nhận tình trạng hôn nhân",
    legal: HO_TICH,
    form: MARITAL_STATUS_FORM,
    required: MARITAL_STATUS_REQUIRED,
  },
  {
    code: "2.000635",
    name: "Cấp bản sao Trích lục hộ tịch",
    field: "Hộ tịch",
    at: "commune",
    duration: SAME_DAY,
    fees: [["Phí cấp bản sao trích lục hộ tịch (mỗi bản)", 8_000]],
    online: "full",
    components: [["Tờ khai cấp bản sao trích lục hộ tịch", true]],
    result: "Bản sao trích lục hộ tịch",
    legal: HO_TICH,
    form: { soBanSao: { type: "integer", title: "Số bản sao", minimum: 1, maximum: 20 } },
    required: ["soBanSao"],
  },
];
