// English: satisfaction surveys and the external indices.
import type { viSurveys } from "./vi-surveys.ts";

export const enSurveys: Record<keyof typeof viSurveys, string> = {
  "nav.surveys": "Satisfaction surveys",
  "home.work.surveys":
    "Satisfaction surveys of citizens and organisations; PAR Index, SIPAS, PAPI, DTI.",
  "survey.title": "Satisfaction surveys",
  "survey.lead":
    "Questionnaires sent to applicants whose dossiers finished in the period, answered anonymously once by link; results per unit feed the reform index.",
  "survey.create": "Create a survey",
  "survey.name": "Survey title",
  "survey.periodFrom": "Dossiers finished from",
  "survey.periodTo": "to",
  "survey.closesOn": "Answers until",
  "survey.sample": "Invitations per unit",
  "survey.units": "Units surveyed",
  "survey.created": "The survey was created.",
  "survey.none": "No survey this year.",
  "survey.invite": "Send invitations",
  "survey.invited": "{n} invitations sent.",
  "survey.results": "Show results",
  "survey.invitedCol": "Invited",
  "survey.answered": "Answered",
  "survey.responseRate": "Response rate",
  "survey.satisfied": "Satisfied",
  "survey.external": "The province's external indices in {year}",
  "survey.external.index": "Index",
  "survey.external.score": "Score",
  "survey.external.rank": "Rank",
  "survey.external.source": "Published in",
  "survey.external.save": "Save indices",
  "survey.external.saved": "Saved.",
  "survey.answer.title": "Satisfaction survey",
  "survey.answer.lead":
    "Anonymous: your answers are not tied to your name, dossier or phone. Each link answers once.",
  "survey.answer.comment": "Further comments (optional; please write no personal details)",
  "survey.answer.send": "Send",
  "survey.answer.thanks": "Thank you for taking part in the survey.",
  "survey.answer.noToken":
    "The survey link is incomplete. Please open the link in your message again.",
};
