// What a citizen sees of a dossier's path on the public look-up: each step done so far, in plain
// words and with its instant (shown in Vietnam time by the page), never who did it or a note
// (Decree 118/2025/NĐ-CP Art. 6: the applicant may follow the handling of the dossier; personal
// data of officials and third parties stays out: Decree 13/2023/NĐ-CP).
import type { DossierEventRow, StepRow } from "../dossiers/index.ts";

type Words = { vi: string; en: string };

/** Plain words for each event a citizen should know about; internal hand-backs are left out. */
const PLAIN: Record<string, Words> = {
  submitted: { vi: "Bạn đã nộp hồ sơ", en: "You submitted the dossier" },
  received: {
    vi: "Bộ phận Một cửa đã tiếp nhận hồ sơ và hẹn ngày trả kết quả",
    en: "The one-stop desk received the dossier and set the return date",
  },
  "completion-requested": {
    vi: "Cơ quan đề nghị bổ sung, hoàn thiện hồ sơ (xem phiếu yêu cầu)",
    en: "The agency asked you to complete the dossier (see the request slip)",
  },
  "supplement-requested": {
    vi: "Cơ quan đề nghị bổ sung hồ sơ; thời hạn tạm dừng đến khi bạn bổ sung",
    en: "The agency asked for more documents; the clock waits until you provide them",
  },
  "supplement-completed": {
    vi: "Cơ quan đã nhận giấy tờ bổ sung và tiếp tục giải quyết",
    en: "The agency received the extra documents and carried on",
  },
  "payment-requested": {
    vi: "Cơ quan đề nghị nộp phí, lệ phí",
    en: "The agency asked you to pay the fees",
  },
  "payment-confirmed": { vi: "Đã nhận phí, lệ phí", en: "The fees were received" },
  approved: {
    vi: "Lãnh đạo cơ quan đã xem xét, phê duyệt",
    en: "The head of the agency reviewed and approved it",
  },
  handled: {
    vi: "Đã có kết quả giải quyết",
    en: "The result has been issued",
  },
  "result-returned": { vi: "Đã trả kết quả cho bạn", en: "The result was handed to you" },
  "result-pushed": {
    vi: "Kết quả đã được lưu vào Kho dữ liệu cá nhân của bạn trên Cổng Dịch vụ công quốc gia",
    en: "The result was stored in your personal data store on the national portal",
  },
  refused: {
    vi: "Cơ quan từ chối giải quyết (có văn bản nêu rõ lý do)",
    en: "The agency refused the request (with a written reason)",
  },
  stopped: {
    vi: "Cơ quan dừng giải quyết hồ sơ (có văn bản nêu rõ lý do)",
    en: "The agency stopped handling the dossier (with a written reason)",
  },
  withdrawn: {
    vi: "Hồ sơ đã được rút theo đề nghị của bạn",
    en: "The dossier was withdrawn at your request",
  },
};

/** A finished step of the handling, told by the role that did it. */
const STEP_DONE: Record<string, Words> = {
  reception: {
    vi: "Hồ sơ đã được chuyển đến bộ phận chuyên môn",
    en: "The dossier was passed to the officers who examine it",
  },
  handler: {
    vi: "Cán bộ chuyên môn đã xem xét, xử lý hồ sơ",
    en: "An officer examined the dossier",
  },
  leader: {
    vi: "Lãnh đạo cơ quan đã xem xét hồ sơ",
    en: "The head of the agency reviewed the dossier",
  },
  head: {
    vi: "Lãnh đạo cơ quan đã xem xét hồ sơ",
    en: "The head of the agency reviewed the dossier",
  },
};
const STEP_DONE_OTHER: Words = {
  vi: "Đã hoàn thành một bước xử lý hồ sơ",
  en: "A handling step was completed",
};

export interface PublicStep {
  at: string;
  name: Words;
}

/** The steps done so far, oldest first, in a citizen's words. */
export function publicSteps(events: DossierEventRow[], steps: StepRow[]): PublicStep[] {
  const roleOf = new Map(steps.map((s) => [s.stepIndex, s.role]));
  const out: PublicStep[] = [];
  for (const e of events) {
    let name: Words | undefined;
    if (e.type === "step-done") {
      const step = (e.data as { step?: number | null } | null)?.step;
      name = STEP_DONE[roleOf.get(step ?? -1) ?? ""] ?? STEP_DONE_OTHER;
    } else name = PLAIN[e.type];
    if (!name) continue;
    // The same words twice in a row (two handling steps) say nothing new.
    const last = out.at(-1);
    if (last && last.name.vi === name.vi) last.at = e.at.toISOString();
    else out.push({ at: e.at.toISOString(), name });
  }
  return out;
}
