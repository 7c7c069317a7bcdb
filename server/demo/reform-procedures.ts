// Five procedures of the Department of Industry and Trade, two of them offered online: 40% of its
// procedures online, under the 70% of letter 6187/UBND-KSTT §1.đ, so the demo shows the 20%
// deduction of its administrative-procedure-reform area. Codes are illustrative.
import { type ProcedureInput, upsertProcedure } from "../modules/catalog/index.ts";
import { SYSTEM_ACTOR } from "../modules/identity/index.ts";
import type { Sql } from "../platform/db.ts";

const TRADE: [
  code: string,
  name: string,
  field: string,
  online: "full" | "partial" | "none",
  result: string,
][] = [
  [
    "2.000633",
    "Cấp Giấy phép bán buôn rượu trên địa bàn tỉnh",
    "Lưu thông hàng hóa trong nước",
    "full",
    "Giấy phép bán buôn rượu",
  ],
  [
    "2.000645",
    "Cấp Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
    "Kinh doanh khí, xăng dầu",
    "partial",
    "Giấy chứng nhận cửa hàng đủ điều kiện bán lẻ xăng dầu",
  ],
  [
    "2.000591",
    "Cấp Giấy phép bán buôn sản phẩm thuốc lá",
    "Lưu thông hàng hóa trong nước",
    "none",
    "Giấy phép bán buôn sản phẩm thuốc lá",
  ],
  [
    "2.000187",
    "Cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp",
    "Vật liệu nổ công nghiệp",
    "none",
    "Giấy chứng nhận huấn luyện kỹ thuật an toàn",
  ],
  [
    "2.000162",
    "Cấp Giấy xác nhận đủ điều kiện làm tổng đại lý kinh doanh xăng dầu",
    "Kinh doanh khí, xăng dầu",
    "none",
    "Giấy xác nhận đủ điều kiện làm tổng đại lý",
  ],
];

export async function tradeProcedures(tx: Sql, department: string, since: Date): Promise<void> {
  for (const [code, name, field, online, result] of TRADE) {
    const p: ProcedureInput = {
      code,
      name,
      field,
      level: "department",
      agencies: [department],
      sequence: [
        "Bước 1: Tổ chức, cá nhân nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua bưu chính công ích.",
        "Bước 2: Công chức tiếp nhận kiểm tra hồ sơ và hẹn trả kết quả.",
        "Bước 3: Sở Công Thương thẩm định, kiểm tra thực tế (nếu có) và ký kết quả.",
        "Bước 4: Trả kết quả tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua bưu chính công ích.",
      ],
      methods: online === "none" ? ["counter", "postal"] : ["counter", "online", "postal"],
      components: [
        { name: "Văn bản đề nghị theo mẫu", required: true, originals: 1 },
        { name: "Bản sao Giấy chứng nhận đăng ký doanh nghiệp", required: true, originals: 1 },
      ],
      sets: 1,
      duration: { value: 15, unit: "working-days" },
      applicantTypes: ["organisation"],
      fees: [{ name: "Phí thẩm định điều kiện kinh doanh", amount: 1_200_000 }],
      onlineLevel: online,
      fullOnlineEligible: online === "full",
      resultIsDocument: true,
      result,
      legalBasis: ["Luật Thương mại 2005", "Nghị định 105/2017/NĐ-CP", "Nghị định 83/2014/NĐ-CP"],
      forms: [{ name: "Văn bản đề nghị" }],
    } as ProcedureInput;
    await upsertProcedure(tx, p, SYSTEM_ACTOR, since, "demo");
  }
}
