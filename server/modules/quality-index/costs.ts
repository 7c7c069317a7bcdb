// "What costs points": the dossiers, procedures and complaints that lower each scored indicator,
// with the points each one costs (how much the indicator's score would rise were it fixed).
import { complaintIndicators } from "./complaint-indicators.ts";
import { computeIndex, type UnitData } from "./compute.ts";
import { dayEndMs, periodDays } from "./days.ts";
import { feeBearing, feedbackFlag, feeExempt, reachedResult } from "./facts.ts";
import { judgeOf } from "./judge.ts";
import { procedureIndicators } from "./procedure-indicators.ts";
import { round2 } from "./ratios.ts";
import { rulesFor } from "./rules.ts";
import { type IndexResult, maxFor, points } from "./score.ts";
import { type HandlingState, handlingAt, inHandled, prepare } from "./timeline.ts";

export interface CostItem {
  indicator: string;
  kind: "dossier" | "procedure" | "complaint";
  code: string;
  vi: string;
  en: string;
  points: number;
}

const LATE: Record<Exclude<HandlingState["lateReason"], null>, [string, string]> = {
  supplements: ["yêu cầu bổ sung lần thứ hai", "second supplement request"],
  "after-due": ["kết thúc xử lý sau ngày hẹn trả", "handling ended after the appointment date"],
  "over-duration": ["vượt thời hạn giải quyết theo quy định", "over the legal handling time"],
  "no-duration": [
    "thiếu dữ liệu: không có ngày hẹn trả và không có thời hạn của thủ tục",
    "data incomplete: no appointment date and no procedure duration",
  ],
};

export function whatCosts(d: UnitData): CostItem[] {
  const rules = d.rules ?? rulesFor(d.period.to);
  const { index, totals } = computeIndex(d);
  const gain = marginal(index, rules, d.level);
  const items: CostItem[] = [];
  const add = (indicator: string, kind: CostItem["kind"], code: string, vi: string, en: string) => {
    const p = gain(indicator);
    if (p > 0) items.push({ indicator, kind, code, vi, en, points: p });
  };
  const { F, E } = periodDays(d.period);
  for (const rec of d.dossiers) {
    const p = prepare(rec);
    if (!p || p.receivedDay > E) continue;
    const proc = d.procedureOf(rec.procedure);
    const unknown = proc
      ? ""
      : ` (thủ tục ${rec.procedure} không có trong danh mục / procedure not in the catalogue)`;
    const st = handlingAt(p, proc, judgeOf(d.judge, rec.agency), dayEndMs(E));
    if (inHandled(p, st, F, E)) {
      if (st.lateReason)
        add(
          "2.1",
          "dossier",
          rec.code,
          LATE[st.lateReason][0] + unknown,
          LATE[st.lateReason][1] + unknown,
        );
      if (st.lateReason)
        add(
          "5.4",
          "dossier",
          rec.code,
          `trễ hạn: ${LATE[st.lateReason][0]}`,
          `late: ${LATE[st.lateReason][1]}`,
        );
      if (feedbackFlag(rec))
        add("5.4", "dossier", rec.code, "có phản ánh hoặc không hài lòng", "complaint or dislike");
    }
    if (p.receivedDay < F) continue;
    const resDoc = !!proc?.resultIsDocument;
    const noEResult = resDoc && rec.result === null;
    const online = rec.channel === 2 ? ["tiếp nhận trực tuyến, ", "received online, "] : ["", ""];
    if (!rec.syncedToPortal)
      add("1.4", "dossier", rec.code, "chưa đồng bộ lên Cổng DVCQG", "not synchronised");
    if (proc?.fullOnlineEligible && !rec.fullOnline)
      add(
        "3.4",
        "dossier",
        rec.code,
        "đủ điều kiện toàn trình nhưng không xử lý toàn trình",
        "eligible for fully-online service, not handled fully online",
      );
    if (feeBearing(proc) && !feeExempt(rec) && rec.paidOnline === 0)
      add(
        "3.6",
        "dossier",
        rec.code,
        "có phí, không thanh toán trực tuyến",
        "fee-bearing, not paid online",
      );
    if (noEResult && reachedResult(rec))
      add(
        "4.1",
        "dossier",
        rec.code,
        `${online[0]}kết quả là văn bản, không có kết quả điện tử`,
        `${online[1]}result is a document, no electronic result`,
      );
    const digitised = rec.components.some((c) => c.digitized >= 1);
    if (!digitised)
      add("4.2", "dossier", rec.code, "không có thành phần được số hóa", "no component digitised");
    else if (noEResult && reachedResult(rec))
      add(
        "4.2",
        "dossier",
        rec.code,
        "số hóa nhưng thiếu kết quả điện tử",
        "digitised, but no electronic result",
      );
    if (!rec.components.some((c) => c.digitized >= 2))
      add(
        "4.3",
        "dossier",
        rec.code,
        "không tái sử dụng dữ liệu số hóa",
        "no reused digitised data",
      );
    if (!rec.components.some((c) => c.fromPersonalStore) && !rec.resultPushedToPersonalStore)
      add(
        "4.4",
        "dossier",
        rec.code,
        "không kết nối kho dữ liệu cá nhân",
        "not linked to the personal data store",
      );
    if (!rec.vneidVerified && !rec.populationDb && !rec.components.some((c) => c.fromPersonalStore))
      add("4.5b", "dossier", rec.code, "không dùng dữ liệu dân cư", "no population data used");
  }
  for (const code of totals.procedures.feeBearing)
    if (!totals.procedures.feePaidOnline.includes(code))
      add(
        "3.5b",
        "procedure",
        code,
        "có phí, không hồ sơ nào thanh toán trực tuyến",
        "fee-bearing, no dossier paid online",
      );
  for (const code of totals.procedures.individual)
    if (!totals.procedures.individualPopulation.includes(code))
      add(
        "4.5a",
        "procedure",
        code,
        "không hồ sơ nào dùng dữ liệu dân cư",
        "no dossier used population data",
      );
  if (d.procedures && d.addWorkingDays) {
    const r = procedureIndicators({
      period: d.period,
      procedures: d.procedures,
      level: d.level,
      addWorkingDays: d.addWorkingDays,
      rules,
    });
    for (const f of r.failures) add(f.indicator, "procedure", f.procedure, f.vi, f.en);
  }
  if (d.complaints) {
    const c = complaintIndicators(d.period, d.complaints, judgeOf(d.judge, d.unit), rules);
    for (const l of c.late)
      add("5.2", "complaint", l.code, `xử lý trễ hạn (${l.reason})`, `handled late (${l.reason})`);
    for (const code of c.unsatisfied)
      add(
        "5.3",
        "complaint",
        code,
        "không hài lòng, trễ hạn hoặc phản ánh lại",
        "unsatisfied, late or raised again",
      );
  }
  return items.sort(
    (a, b) =>
      b.points - a.points || a.indicator.localeCompare(b.indicator) || a.code.localeCompare(b.code),
  );
}

/** Points an indicator would gain with one more item in its numerator. */
function marginal(
  index: IndexResult,
  rules: ReturnType<typeof rulesFor>,
  level: UnitData["level"],
) {
  return (id: string): number => {
    const rule = rules.indicators.find((r) => r.id === id);
    const ind = index.indicators.find((i) => i.id === id);
    if (!rule || !ind || ind.denominator === 0) return 0;
    const max = maxFor(rule, level);
    const n = Math.min(ind.numerator, ind.denominator);
    return round2(
      points((n + 1) / ind.denominator, max, rule.scoring) -
        points(n / ind.denominator, max, rule.scoring),
    );
  };
}
