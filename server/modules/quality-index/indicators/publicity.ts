// Group 1 of the Decision 766/QĐ-TTg index: publicity and transparency (Công khai, minh bạch).
// One declaration per indicator.
import { type IndicatorDeclaration, lin } from "./types.ts";

export const PUBLICITY: readonly IndicatorDeclaration[] = [
  {
    id: "1.1",
    group: "1",
    vi: "TTHC được công bố đúng hạn",
    en: "Procedures announced on time",
    max: 6,
    scoring: lin,
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Chưa ghi nhận quyết định công bố TTHC nào trong kỳ: nhập số, ngày quyết định công bố và ngày hiệu lực của văn bản quy định cho các thủ tục được công bố, sửa đổi, bãi bỏ.",
        "No announcing decision recorded in the period: enter the decision number and date, and the legal basis's effective date, for each procedure added, amended or abolished.",
      ],
      short: [
        "Ban hành quyết định công bố chậm nhất 5 ngày làm việc trước ngày văn bản quy định có hiệu lực (bộ, ngành: 20 ngày).",
        "Issue the announcing decision at least 5 working days before the legal basis takes effect (ministries: 20).",
      ],
    },
    procedure: (s) =>
      s.kind === "announced-late"
        ? [
            `công bố muộn: sau ${s.leadDays} ngày làm việc trước ngày hiệu lực`,
            `announced late: less than ${s.leadDays} working days before the legal basis takes effect`,
          ]
        : [
            "thiếu dữ liệu: không có ngày hiệu lực của văn bản",
            "data incomplete: no effective date of the legal basis",
          ],
    counted: "procedure-indicators.ts",
  },
  {
    id: "1.2",
    group: "1",
    vi: "TTHC được công khai đúng hạn",
    en: "Procedures published on time",
    max: 4,
    scoring: lin,
    provinceOnly: true,
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Chưa ghi nhận việc công khai TTHC trên Cơ sở dữ liệu quốc gia về TTHC: cập nhật ngày công khai của các thủ tục đã công bố.",
        "No publication in the national procedure database recorded: enter the publication date of the announced procedures.",
      ],
      short: [
        "Công khai thủ tục trên Cơ sở dữ liệu quốc gia chậm nhất 5 ngày làm việc sau quyết định công bố.",
        "Publish the procedure in the national database within 5 working days of the announcing decision.",
      ],
    },
    procedure: (s) =>
      s.kind === "published-late"
        ? [
            `công khai muộn (quá ${s.withinDays} ngày làm việc sau quyết định công bố)`,
            `published late (over ${s.withinDays} working days after the announcing decision)`,
          ]
        : ["đến hạn nhưng chưa công khai", "due for publication but not published"],
    counted: "procedure-indicators.ts",
  },
  {
    id: "1.3",
    group: "1",
    vi: "TTHC công khai đầy đủ bảy bộ phận",
    en: "Procedures published with all seven parts",
    max: 2,
    scoring: lin,
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Danh mục chưa có thủ tục nào đã công khai: đồng bộ danh mục TTHC từ Cơ sở dữ liệu quốc gia.",
        "No published procedure in the catalogue: synchronise the catalogue from the national database.",
      ],
      short: [
        "Bổ sung đủ bảy bộ phận của thủ tục: trình tự, cách thức, thành phần và số lượng hồ sơ, thời hạn, đối tượng, cơ quan thực hiện.",
        "Complete the seven parts of each procedure: steps, method, dossier components and sets, time limit, applicants, agency.",
      ],
    },
    procedure: (s) => {
      const parts = s.kind === "missing-parts" ? s.parts : [];
      return [
        `thiếu bộ phận: ${parts.map((m) => m.vi).join(", ")}`,
        `missing parts: ${parts.map((m) => m.en).join(", ")}`,
      ];
    },
    counted: "procedure-indicators.ts",
  },
  {
    id: "1.4",
    group: "1",
    vi: "Hồ sơ đồng bộ lên Cổng DVCQG",
    en: "Dossiers synchronised to the national portal",
    max: 6,
    scoring: lin,
    basis: "766/QĐ-TTg",
    advice: {
      missing: ["Chưa tiếp nhận hồ sơ nào trong kỳ.", "No dossier received in the period."],
      short: [
        "Kiểm tra hàng đợi đồng bộ và gửi lại các hồ sơ chưa đồng bộ lên Cổng Dịch vụ công quốc gia.",
        "Check the sync queue and resend the dossiers not yet synchronised to the national portal.",
      ],
    },
    received: {
      den: "received",
      num: "synced",
      passes: (f) => f.rec.syncedToPortal,
      why: () => ["chưa đồng bộ lên Cổng DVCQG", "not synchronised"],
    },
  },
];
