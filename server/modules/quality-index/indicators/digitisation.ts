// Group 4 of the Decision 766/QĐ-TTg index: digitisation (Số hóa hồ sơ).
// One declaration per indicator.
import { type IndicatorDeclaration, lin, thr } from "./types.ts";

export const DIGITISATION: readonly IndicatorDeclaration[] = [
  {
    id: "4.1",
    group: "4",
    vi: "Hồ sơ có kết quả điện tử",
    en: "Dossiers with an electronic result",
    max: 6,
    scoring: lin,
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Chưa có hồ sơ nào có kết quả là văn bản được giải quyết xong trong kỳ.",
        "No dossier with a document result finished in the period.",
      ],
      short: [
        "Ký số và đính kèm bản điện tử của kết quả trước khi trả.",
        "Sign and attach the electronic result before returning it.",
      ],
    },
    received: {
      den: "res41Den",
      num: "res41Num",
      counts: (f) => f.resultIsDocument && f.reachedResult,
      passes: (f) => f.hasResult,
      why: (f) =>
        f.rec.channel === 2
          ? [
              "tiếp nhận trực tuyến, kết quả là văn bản, không có kết quả điện tử",
              "received online, result is a document, no electronic result",
            ]
          : [
              "kết quả là văn bản, không có kết quả điện tử",
              "result is a document, no electronic result",
            ],
    },
  },
  {
    id: "4.2",
    group: "4",
    vi: "Hồ sơ được số hóa",
    en: "Dossiers digitised",
    max: 4,
    scoring: thr(80),
    basis: "766/QĐ-TTg",
    advice: {
      missing: ["Chưa tiếp nhận hồ sơ nào trong kỳ.", "No dossier received in the period."],
      short: [
        "Số hóa thành phần hồ sơ khi tiếp nhận và lưu kết quả điện tử.",
        "Digitise the components at reception and keep the electronic result.",
      ],
    },
    received: {
      den: "received",
      num: "digitised42",
      passes: (f) => f.digitised && (!(f.resultIsDocument && f.reachedResult) || f.hasResult),
      why: (f) =>
        f.digitised
          ? ["số hóa nhưng thiếu kết quả điện tử", "digitised, but no electronic result"]
          : ["không có thành phần được số hóa", "no component digitised"],
    },
  },
  {
    id: "4.3",
    group: "4",
    vi: "Hồ sơ tái sử dụng dữ liệu số hóa",
    en: "Dossiers reusing digitised data",
    max: 2,
    scoring: thr(80),
    basis: "766/QĐ-TTg",
    advice: {
      missing: ["Chưa tiếp nhận hồ sơ nào trong kỳ.", "No dossier received in the period."],
      short: [
        "Tái sử dụng giấy tờ đã số hóa thay vì yêu cầu nộp lại.",
        "Reuse digitised documents instead of asking for them again.",
      ],
    },
    received: {
      den: "received",
      num: "reuse43",
      passes: (f) => f.rec.components.some((c) => c.digitized === 2 || c.digitized === 3),
      why: () => ["không tái sử dụng dữ liệu số hóa", "no reused digitised data"],
    },
  },
  {
    id: "4.4",
    group: "4",
    vi: "Hồ sơ kết nối kho dữ liệu cá nhân",
    en: "Dossiers linked to the personal data store",
    max: 4,
    scoring: lin,
    basis: "766/QĐ-TTg",
    advice: {
      missing: ["Chưa tiếp nhận hồ sơ nào trong kỳ.", "No dossier received in the period."],
      short: [
        "Lấy giấy tờ từ kho dữ liệu của người dân trên Cổng DVCQG, đẩy kết quả điện tử vào kho.",
        "Take documents from the citizen's data store on the national portal and push results to it.",
      ],
    },
    received: {
      den: "received",
      num: "personal44",
      passes: (f) => f.fromPersonalStore || f.rec.resultPushedToPersonalStore,
      why: () => ["không kết nối kho dữ liệu cá nhân", "not linked to the personal data store"],
    },
  },
  {
    id: "4.5a",
    group: "4",
    vi: "TTHC sử dụng dữ liệu dân cư",
    en: "Procedures using population data",
    max: 2,
    scoring: lin,
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Chưa có hồ sơ nào của thủ tục dành cho cá nhân trong kỳ.",
        "No dossier of a procedure for individuals in the period.",
      ],
      short: [
        "Xác thực VNeID hoặc khai thác Cơ sở dữ liệu quốc gia về dân cư cho mọi thủ tục dành cho cá nhân.",
        "Use VNeID or the national population database for every procedure for individuals.",
      ],
    },
    perProcedure: {
      den: "individualProc",
      num: "individualProcPop",
      sets: ["individual", "individualPopulation"],
      counts: (f) => f.individual,
      passes: (f) => f.population,
      why: ["không hồ sơ nào dùng dữ liệu dân cư", "no dossier used population data"],
    },
  },
  {
    id: "4.5b",
    group: "4",
    vi: "Hồ sơ sử dụng dữ liệu dân cư",
    en: "Dossiers using population data",
    max: 2,
    scoring: lin,
    basis: "766/QĐ-TTg",
    advice: {
      missing: ["Chưa tiếp nhận hồ sơ nào trong kỳ.", "No dossier received in the period."],
      short: [
        "Xác thực VNeID hoặc khai thác Cơ sở dữ liệu quốc gia về dân cư khi tiếp nhận.",
        "Verify with VNeID or the national population database at reception.",
      ],
    },
    received: {
      den: "received",
      num: "population45b",
      passes: (f) => f.population || f.fromPersonalStore,
      why: () => ["không dùng dữ liệu dân cư", "no population data used"],
    },
  },
  {
    id: "4.6",
    group: "4",
    vi: "Bản sao điện tử chứng thực từ bản chính",
    en: "Electronic certified copies from originals",
    max: 2,
    scoring: lin,
    basis: "(assumed) formula",
    advice: {
      missing: [
        "Chưa ghi nhận bản sao chứng thực nào trong kỳ: ghi nhận việc chứng thực bản sao từ bản chính trên hệ thống.",
        "No certified copy recorded in the period: record copy certifications in the system.",
      ],
      short: [
        "Cấp bản sao chứng thực điện tử từ bản chính.",
        "Issue certified copies electronically.",
      ],
    },
    counted: "compute.ts", // the certified-copy register
  },
];
