// Wording of the warnings, in Vietnamese and English, with instants in Vietnam time.
import type { Messages } from "../../platform/errors.ts";
import type { Threshold } from "./thresholds.ts";

const VN_OFFSET_MS = 7 * 3_600_000;

/** "09:00 05/03/2026" in Vietnam time. */
export function vnText(t: Date): string {
  const s = new Date(t.getTime() + VN_OFFSET_MS).toISOString();
  return `${s.slice(11, 16)} ${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
}

export interface WarningFacts {
  dossierCode: string;
  target: string;
  stepName: string | null;
  dueAt: Date;
}

export function warningText(w: WarningFacts, t: Threshold): Messages {
  const due = vnText(w.dueAt);
  const step = w.target.startsWith("step:");
  const what = step
    ? {
        vi: `bước "${w.stepName}" của hồ sơ ${w.dossierCode}`,
        en: `step "${w.stepName}" of dossier ${w.dossierCode}`,
      }
    : w.target === "extension"
      ? {
          vi: `hồ sơ ${w.dossierCode} (hẹn mới đã gia hạn)`,
          en: `dossier ${w.dossierCode} (extended date)`,
        }
      : { vi: `hồ sơ ${w.dossierCode}`, en: `dossier ${w.dossierCode}` };
  if (!t.before) {
    const todo = step
      ? { vi: "", en: "" }
      : {
          vi: " Cần lập báo cáo giải trình và văn bản xin lỗi, đề nghị gia hạn (Mẫu 04).",
          en: " An explanation and an apology with a new date (Form 04) are required.",
        };
    return {
      vi: `Đã quá hạn: ${what.vi}, hạn ${due}.${todo.vi}`,
      en: `Overdue: ${what.en}, due ${due}.${todo.en}`,
    };
  }
  return {
    vi: `Sắp đến hạn: ${what.vi} còn không quá ${t.label.vi}, hạn ${due}.`,
    en: `Due soon: ${what.en} has ${t.label.en} or less left, due ${due}.`,
  };
}

export function apologyText(code: string, newDueAt: Date): Messages {
  return {
    vi: `Hồ sơ ${code} chưa được giải quyết đúng hạn. Cơ quan giải quyết gửi Ông/Bà văn bản xin lỗi và hẹn lại ngày trả kết quả: ${vnText(newDueAt)}. Tải văn bản tại trang tra cứu hồ sơ.`,
    en: `Dossier ${code} was not handled on time. The agency sends you an apology and a new appointment: ${vnText(newDueAt)}. Download the letter from the dossier look-up page.`,
  };
}
