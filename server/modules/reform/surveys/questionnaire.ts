// The satisfaction questionnaire as data (reform spec, "Survey component"; the SIPAS method of
// the Ministry of Home Affairs, Decision 3896/QĐ-BNV): questions on the service's access,
// procedure, officers, result and handling of feedback, each answered on a five-point scale.
import type { z } from "zod";
import type { questionSchema } from "../../../../shared/contracts/reform.ts";

export const SCALE_5 = {
  min: 1,
  max: 5,
  /** Answers at or above this count as satisfied. */
  satisfiedFrom: 4,
  labels: {
    vi: ["Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng"],
    en: ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"],
  },
};

export type Question = z.infer<typeof questionSchema>;

const q = (id: string, vi: string, en: string): Question => ({
  id,
  text: { vi, en },
  scale: SCALE_5,
});

/** The default questionnaire: the five aspects SIPAS measures. */
export const DEFAULT_QUESTIONS: Question[] = [
  q(
    "access",
    "Việc tiếp cận dịch vụ (nơi tiếp nhận, trực tuyến)",
    "Access to the service (counter, online)",
  ),
  q(
    "procedure",
    "Thủ tục hành chính được công khai, dễ hiểu",
    "The procedure is public and easy to understand",
  ),
  q(
    "officers",
    "Thái độ, năng lực của công chức tiếp nhận, giải quyết",
    "Attitude and competence of the officers",
  ),
  q("result", "Kết quả giải quyết đúng quy định, đúng hẹn", "The result is lawful and on time"),
  q(
    "feedback",
    "Việc tiếp nhận, xử lý góp ý, phản ánh",
    "How suggestions and complaints are handled",
  ),
];
