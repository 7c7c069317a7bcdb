// Groups 3 and 3b of the Decision 766/QĐ-TTg index: online services and online payment (Dịch vụ
// công trực tuyến, thanh toán trực tuyến). One declaration per indicator.
import { round2 } from "../fraction.ts";
import { type IndicatorDeclaration, lin, thr } from "./types.ts";

export const ONLINE: readonly IndicatorDeclaration[] = [
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
];
