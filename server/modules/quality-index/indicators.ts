// Every indicator of the Decision 766/QĐ-TTg index, declared once: its name, group and maximum,
// how it is scored, which dossiers or procedures count (denominator) and which pass (numerator),
// why an item that does not pass costs points, and what a unit can do about a loss. The rollups,
// the direct computation (compute.ts) and "what costs points" (costs.ts, losses.ts) all read
// this table. Facts marked (assumed) have no authoritative text: change them here.
import type { DossierRecord, ProcedureRecord } from "../../../shared/sync-record.ts";
import type { DossierTotals, ReceptionCounter } from "./counters.ts";
import { type Ratio, ratio, round2 } from "./fraction.ts";
import type { HandlingState } from "./timeline.ts";

/** Vietnamese first, English second. */
export type Text = readonly [vi: string, en: string];

export type Scoring = { kind: "linear" } | { kind: "threshold"; threshold: number };

/** What a unit can do about an indicator's loss. */
export interface Advice {
  /** The indicator has no denominator: the data it is computed from is missing. */
  missing: Text;
  /** Some records fall short of the indicator. */
  short: Text;
}

/** What the indicator declarations (indicators.ts) ask of one received dossier. */
export interface DossierFacts {
  rec: DossierRecord;
  proc: ProcedureRecord | undefined;
  resultIsDocument: boolean;
  /** A result code and file. */
  hasResult: boolean;
  /** Reached handled or result-returned. */
  reachedResult: boolean;
  /** At least one component digitised (1, 2 or 3). */
  digitised: boolean;
  /** Paid on the national portal (1) or the province's gateway (2). */
  paidOnline: boolean;
  /** The procedure's catalogue fees are not all 0. */
  feeBearing: boolean;
  feeExempt: boolean;
  /** The procedure's applicants are individuals. */
  individual: boolean;
  /** Authenticated by VNeID or filled from the population database. */
  population: boolean;
  /** At least one component taken from the citizen's store on the national portal. */
  fromPersonalStore: boolean;
}

/** Counted over each dossier received in the period: received(P). */
export interface ReceivedRule {
  /** Rollup counters of the denominator and the numerator. */
  den: ReceptionCounter;
  num: ReceptionCounter;
  /** Whether the dossier is in the denominator; omitted: every received dossier is. */
  counts?: (f: DossierFacts) => boolean;
  /** Whether a counted dossier is in the numerator. */
  passes: (f: DossierFacts) => boolean;
  /** Why a counted dossier that does not pass costs points (omitted for tracking indicators). */
  why?: (f: DossierFacts) => Text;
}

/** Counted over procedures: a procedure counts, or passes, with at least one such dossier. */
export interface PerProcedureRule {
  den: ReceptionCounter;
  num: ReceptionCounter;
  /** The unit's procedure sets (DossierTotals.procedures) of the denominator and numerator. */
  sets: readonly [den: ProcedureSet, num: ProcedureSet];
  counts: (f: DossierFacts) => boolean;
  passes: (f: DossierFacts) => boolean;
  why: Text;
}

export type ProcedureSet = keyof DossierTotals["procedures"];

/** Why a procedure of the unit's catalogue falls short of an indicator (procedure-indicators.ts). */
export type ProcedureShortfall =
  | { kind: "no-effective-date" }
  | { kind: "announced-late"; leadDays: number }
  | { kind: "published-late"; withinDays: number }
  | { kind: "unpublished" }
  | { kind: "missing-parts"; parts: readonly { vi: string; en: string }[] }
  | { kind: "zero-fees" };

/** A dossier of handled(P) as judged at the period end (2.1, 5.4). */
export interface HandledFacts {
  rec: DossierRecord;
  proc: ProcedureRecord | undefined;
  lateReason: HandlingState["lateReason"];
  feedback: boolean;
}

export interface IndicatorDeclaration {
  id: string;
  group: string;
  vi: string;
  en: string;
  /** Maximum points; 0 for tracking-only indicators. */
  max: number;
  scoring: Scoring;
  /** Scored only for a province (other units report it with max 0). */
  provinceOnly?: boolean;
  /** Legal basis of the rule. */
  basis: string;
  advice?: Advice;
  /** Counted over received dossiers: the rate is num / den of the unit's totals. */
  received?: ReceivedRule;
  /** Counted over procedures with dossiers in the period. */
  perProcedure?: PerProcedureRule;
  /** The dossier-based rate from a unit's totals, where it is not plain num / den. */
  rate?: (t: DossierTotals) => Ratio;
  /** Why a dossier of handled(P) costs points here (none when it does not). */
  handled?: (h: HandledFacts) => Text[];
  /** Why a complaint of the period costs points here, given why it was late (if it was). */
  complaint?: (lateReason: string) => Text;
  /** Why a catalogue procedure costs points here. */
  procedure?: (s: ProcedureShortfall) => Text;
  /** Counted from catalogue or register records by the named file (not from dossiers). */
  counted?: string;
}

const lin: Scoring = { kind: "linear" };
const thr = (threshold: number): Scoring => ({ kind: "threshold", threshold });

/** Why a dossier is late (766/QĐ-TTg, indicator 2.1; see "On time" in the specification). */
const LATE: Record<Exclude<HandlingState["lateReason"], null>, Text> = {
  supplements: ["yêu cầu bổ sung lần thứ hai", "second supplement request"],
  "after-due": ["kết thúc xử lý sau ngày hẹn trả", "handling ended after the appointment date"],
  "over-duration": ["vượt thời hạn giải quyết theo quy định", "over the legal handling time"],
  "no-duration": [
    "thiếu dữ liệu: không có ngày hẹn trả và không có thời hạn của thủ tục",
    "data incomplete: no appointment date and no procedure duration",
  ],
};
/** Added to a late dossier's reason when its procedure is missing from the catalogue. */
const unknown = (h: HandledFacts) =>
  h.proc
    ? ""
    : ` (thủ tục ${h.rec.procedure} không có trong danh mục / procedure not in the catalogue)`;

export const INDICATORS: readonly IndicatorDeclaration[] = [
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
  {
    id: "2.1",
    group: "2",
    vi: "Hồ sơ giải quyết trước, đúng hạn",
    en: "Dossiers handled early or on time",
    max: 20,
    scoring: lin,
    basis: "766/QĐ-TTg; linear (assumed)",
    advice: {
      missing: [
        "Chưa có hồ sơ tiếp nhận hoặc đang giải quyết trong kỳ.",
        "No dossier received or in handling in the period.",
      ],
      short: [
        "Giải quyết trước các hồ sơ sắp đến hạn (xem Dự báo); không yêu cầu bổ sung lần thứ hai; hồ sơ trễ hạn phải giải trình và xin lỗi.",
        "Finish the dossiers due soonest first (see the forecast); never ask for a second supplement; explain and apologise for late ones.",
      ],
    },
    // handled(P) and onTime(d) are judged on the dossier's timeline (timeline.ts, pieces.ts).
    rate: (t) => ratio(t.onTime21, t.handled21),
    handled: (h) =>
      h.lateReason
        ? [[LATE[h.lateReason][0] + unknown(h), LATE[h.lateReason][1] + unknown(h)]]
        : [],
  },
  {
    id: "2.2",
    group: "2",
    vi: "Thời gian giải quyết trung bình",
    en: "Average handling time",
    max: 0,
    scoring: lin,
    basis: "766/QĐ-TTg (tracking)",
    // Mean share of the legal time used; the numerator is a sum of percentages (facts.ts, handlingShare).
    rate: (t) => ({
      numerator: t.handling22 / 100,
      denominator: t.finished22,
      value: t.finished22 === 0 ? null : t.handling22 / 10_000 / t.finished22,
    }),
  },
  {
    id: "3.1",
    group: "3",
    vi: "TTHC cung cấp trực tuyến",
    en: "Procedures offered online",
    max: 0,
    scoring: thr(80),
    basis: "766/QĐ-TTg (tracking)",
    counted: "procedure-indicators.ts",
  },
  {
    id: "3.2",
    group: "3",
    vi: "DVC trực tuyến có phát sinh hồ sơ",
    en: "Online services that received dossiers",
    max: 0,
    scoring: lin,
    basis: "766/QĐ-TTg (tracking)",
    counted: "procedure-indicators.ts",
  },
  {
    id: "3.3",
    group: "3",
    vi: "Hồ sơ tiếp nhận trực tuyến",
    en: "Dossiers received online",
    max: 0,
    scoring: thr(50),
    basis: "766/QĐ-TTg (tracking)",
    received: {
      den: "received",
      num: "online33",
      passes: (f) => f.rec.channel === 2 && (!f.resultIsDocument || f.hasResult),
    },
    // Online share × the sync rate (1.4); the numerator is the online count scaled by that rate.
    rate: (t) => {
      const syncShare = t.received === 0 ? 0 : t.synced / t.received;
      return {
        numerator: round2(t.online33 * syncShare),
        denominator: t.received,
        value: t.received === 0 ? null : (t.online33 / t.received) * syncShare,
      };
    },
  },
  {
    id: "3.4",
    group: "3",
    vi: "Hồ sơ trực tuyến toàn trình",
    en: "Fully-online dossiers",
    max: 12,
    scoring: lin,
    basis: "766/QĐ-TTg; linear (assumed)",
    advice: {
      missing: [
        "Chưa có hồ sơ nào của thủ tục đủ điều kiện toàn trình: rà soát và đánh dấu các thủ tục đủ điều kiện cung cấp toàn trình.",
        "No dossier of a procedure eligible for fully-online service: review and mark the eligible procedures.",
      ],
      short: [
        "Xử lý toàn trình các hồ sơ đủ điều kiện: tiếp nhận trực tuyến, thanh toán trực tuyến, trả kết quả điện tử.",
        "Handle eligible dossiers fully online: online reception, online payment, electronic result.",
      ],
    },
    received: {
      den: "fullEligible",
      num: "fullOnline",
      counts: (f) => !!f.proc?.fullOnlineEligible,
      passes: (f) => f.rec.fullOnline,
      why: () => [
        "đủ điều kiện toàn trình nhưng không xử lý toàn trình",
        "eligible for fully-online service, not handled fully online",
      ],
    },
  },
  {
    id: "3.5a",
    group: "3b",
    vi: "TTHC có phí tích hợp thanh toán trực tuyến",
    en: "Fee-bearing procedures integrated for online payment",
    max: 2,
    scoring: thr(80),
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Danh mục chưa có thủ tục nào có phí, lệ phí: cập nhật mức phí, lệ phí của các thủ tục.",
        "No fee-bearing procedure in the catalogue: enter the procedures' fees.",
      ],
      short: [
        "Đồng bộ mức phí, lệ phí của các thủ tục có phí lên Cổng thanh toán.",
        "Synchronise the fees of fee-bearing procedures to the payment platform.",
      ],
    },
    procedure: () => ["danh mục phí chỉ có mức 0", "fee list holds only zero amounts"],
    counted: "procedure-indicators.ts",
  },
  {
    id: "3.5b",
    group: "3b",
    vi: "TTHC có phí phát sinh thanh toán trực tuyến",
    en: "Fee-bearing procedures with an online payment",
    max: 2,
    scoring: thr(80),
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Chưa có hồ sơ nào của thủ tục có phí trong kỳ.",
        "No dossier of a fee-bearing procedure in the period.",
      ],
      short: [
        "Hướng dẫn người nộp thanh toán trực tuyến ít nhất một hồ sơ của mỗi thủ tục có phí.",
        "Help applicants pay online for at least one dossier of each fee-bearing procedure.",
      ],
    },
    perProcedure: {
      den: "feeProc",
      num: "feeProcPaid",
      sets: ["feeBearing", "feePaidOnline"],
      counts: (f) => f.feeBearing,
      passes: (f) => f.paidOnline,
      why: ["có phí, không hồ sơ nào thanh toán trực tuyến", "fee-bearing, no dossier paid online"],
    },
  },
  {
    id: "3.6",
    group: "3b",
    vi: "Hồ sơ thanh toán trực tuyến",
    en: "Dossiers paid online",
    max: 6,
    scoring: lin,
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Chưa có hồ sơ nào phải nộp phí trong kỳ.",
        "No fee-bearing dossier in the period.",
      ],
      short: [
        "Hướng dẫn người nộp thanh toán trực tuyến (Cổng DVCQG hoặc cổng thanh toán của tỉnh) khi tiếp nhận.",
        "Offer online payment (national portal or the province's gateway) at reception.",
      ],
    },
    received: {
      den: "fee36Den",
      num: "fee36Num",
      counts: (f) => f.feeBearing && !f.feeExempt,
      passes: (f) => f.paidOnline,
      why: () => ["có phí, không thanh toán trực tuyến", "fee-bearing, not paid online"],
    },
  },
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
  {
    id: "5.1",
    group: "5",
    vi: "PAKN theo phân loại",
    en: "Complaints and petitions by class",
    max: 0,
    scoring: lin,
    basis: "766/QĐ-TTg (tracking)",
    counted: "complaint-indicators.ts",
  },
  {
    id: "5.2",
    group: "5",
    vi: "PAKN xử lý đúng hạn",
    en: "Complaints and petitions handled on time",
    max: 6,
    scoring: lin,
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Chưa ghi nhận phản ánh, kiến nghị nào trong kỳ: tiếp nhận và ghi nhận PAKN trên hệ thống, kể cả PAKN chuyển từ Cổng DVCQG.",
        "No complaint or petition recorded in the period: record them in the system, including those forwarded by the national portal.",
      ],
      short: [
        "Trả lời PAKN trong 15 ngày làm việc, từ chối trong 2 ngày, công khai trả lời trong 2 ngày.",
        "Answer complaints within 15 working days, refuse within 2, publish the answer within 2.",
      ],
    },
    counted: "complaint-indicators.ts",
    complaint: (reason) => [`xử lý trễ hạn (${reason})`, `handled late (${reason})`],
  },
  {
    id: "5.3",
    group: "5",
    vi: "Mức độ hài lòng xử lý PAKN",
    en: "Satisfaction with complaint handling",
    max: 6,
    scoring: lin,
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Chưa ghi nhận phản ánh, kiến nghị nào trong kỳ: tiếp nhận và ghi nhận PAKN trên hệ thống, kể cả PAKN chuyển từ Cổng DVCQG.",
        "No complaint or petition recorded in the period: record them in the system, including those forwarded by the national portal.",
      ],
      short: [
        "Xử lý PAKN đúng hạn và đến khi người phản ánh hài lòng.",
        "Handle complaints on time and to the complainant's satisfaction.",
      ],
    },
    counted: "complaint-indicators.ts",
    complaint: () => [
      "không hài lòng, trễ hạn hoặc phản ánh lại",
      "unsatisfied, late or raised again",
    ],
  },
  {
    id: "5.4",
    group: "5",
    vi: "Mức độ hài lòng tiếp nhận, giải quyết",
    en: "Satisfaction with reception and handling",
    max: 6,
    scoring: thr(90),
    basis: "766/QĐ-TTg",
    advice: {
      missing: [
        "Chưa có hồ sơ tiếp nhận hoặc đang giải quyết trong kỳ.",
        "No dossier received or in handling in the period.",
      ],
      short: [
        "Giảm hồ sơ trễ hạn; liên hệ người có phản ánh hoặc đánh giá không hài lòng.",
        "Reduce late dossiers; contact those who complained or rated the service poorly.",
      ],
    },
    // 100 % − (late rate + feedback rate) = (onTime − feedback) / handled(P), not below 0.
    rate: (t) => ratio(Math.max(0, t.onTime21 - t.feedback54), t.handled21),
    handled: (h) => [
      ...(h.lateReason
        ? [[`trễ hạn: ${LATE[h.lateReason][0]}`, `late: ${LATE[h.lateReason][1]}`] as const]
        : []),
      ...(h.feedback ? [["có phản ánh hoặc không hài lòng", "complaint or dislike"] as const] : []),
    ],
  },
];

const BY_ID = new Map(INDICATORS.map((d) => [d.id, d]));

export const declarationOf = (id: string): IndicatorDeclaration | undefined => BY_ID.get(id);

const FALLBACK: Advice = {
  missing: [
    "Chưa có dữ liệu để tính chỉ số này trong kỳ.",
    "No data to compute this indicator in the period.",
  ],
  short: ["Xem các mục làm mất điểm bên dưới.", "See the items below."],
};

export const adviceFor = (id: string): Advice => BY_ID.get(id)?.advice ?? FALLBACK;
