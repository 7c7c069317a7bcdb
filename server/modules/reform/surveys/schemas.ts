// Types of the survey routes' requests (the schemas: shared/contracts/reform.ts).
import type { z } from "zod";
import type { answerBody, externalBody } from "../../../../shared/contracts/reform.ts";
import { surveyBody, surveyQuestions } from "../../../../shared/contracts/reform.ts";
import { DEFAULT_QUESTIONS } from "./questionnaire.ts";

/** A survey without questions gets the default questionnaire. */
export const surveyWithDefaults = surveyBody.extend({
  questions: surveyQuestions.default(DEFAULT_QUESTIONS),
});
export type SurveyInput = z.infer<typeof surveyWithDefaults>;
export type AnswerInput = z.infer<typeof answerBody>;
export type ExternalInput = z.infer<typeof externalBody>;
