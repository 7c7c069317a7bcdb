// Survey routes: Home Affairs creates a survey, sends the invitations, reads the results and
// enters the external indices; the public answer page opens an invitation and answers once.
// The single-use token travels in request bodies only, never in a URL.
import {
  answerBody,
  answerThanks,
  createdId,
  externalBody,
  externalIndicesView,
  invitationsView,
  openSurvey,
  surveyList,
  surveyListQuery,
  surveyResults as surveyResultsView,
  tokenBody,
} from "../../../../shared/contracts/reform.ts";
import { commandsOn } from "../../../platform/command.ts";
import type { Api, Ctx } from "../../../platform/http.ts";
import { param } from "../../../platform/http.ts";
import { authorize, requireUser, type WithCommands } from "../../identity/index.ts";
import type { ReformDeps } from "../deps.ts";
import { yearOf } from "../year.ts";
import { listExternal, saveExternal } from "./external.ts";
import { answer, createSurvey, invite, listSurveys, openInvitation } from "./lifecycle.ts";
import { surveyResults } from "./results.ts";
import { surveyWithDefaults } from "./schemas.ts";

export function surveyRoutes(api: Api, deps: ReformDeps & WithCommands) {
  const command = commandsOn(api, deps.commands);
  const tag = "reform";
  const base = "/api/reform/surveys";

  /** The units whose results the reader may see: all, or those in their scope. */
  const reader = async (c: Ctx): Promise<((unit: string) => boolean) | null> => {
    const actor = requireUser(c);
    const scope = authorize(actor, "reform.read", (await deps.agencies.tree()).subtreeOf);
    if (scope.all) return null;
    const mine = new Set(scope.agencies);
    return (unit) => mine.has(unit);
  };

  command(
    {
      method: "post",
      path: base,
      response: createdId,
      summary: "Tạo cuộc khảo sát sự hài lòng / Create a satisfaction survey",
      tag,
      action: "reform.manage",
      body: surveyWithDefaults,
    },
    async ({ tx, actor, body, now }) =>
      createSurvey(tx, actor, await deps.agencies.tree(tx), body, now),
  );

  api.route(
    {
      method: "get",
      path: base,
      response: surveyList,
      summary: "Các cuộc khảo sát / The surveys",
      tag,
      query: surveyListQuery,
    },
    async (c, { query }) => {
      const sees = await reader(c);
      const rows = await listSurveys(deps.db, query.year);
      return {
        surveys: rows
          .filter((s) => !sees || s.units.some(sees))
          .map((s) => ({
            id: s.id,
            year: s.year,
            title: s.title,
            periodFrom: s.period_from,
            periodTo: s.period_to,
            units: sees ? s.units.filter(sees) : s.units,
            closesOn: s.closes_on,
          })),
      };
    },
  );

  command(
    {
      method: "post",
      path: `${base}/:id/invitations`,
      response: invitationsView,
      summary:
        "Gửi phiếu khảo sát cho người nộp hồ sơ đã giải quyết trong kỳ / Invite applicants of the period",
      tag,
      action: "reform.manage",
    },
    async ({ c, tx, now }) => invite(deps, tx, await deps.agencies.tree(tx), param(c, "id"), now),
  );

  api.route(
    {
      method: "get",
      path: `${base}/:id/results`,
      response: surveyResultsView,
      summary: "Kết quả khảo sát theo đơn vị / Results per unit",
      tag,
    },
    async (c) => {
      const sees = await reader(c);
      const r = await surveyResults(deps.db, param(c, "id"));
      return sees ? { ...r, units: r.units.filter((u) => sees(u.unit)) } : r;
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/public/surveys/open",
      response: openSurvey,
      summary: "Mở phiếu khảo sát bằng mã dùng một lần / Open a survey by its single-use token",
      tag,
      body: tokenBody,
      auth: false,
    },
    async (_c, { body }) => openInvitation(deps.db, body.token, deps.clock.now()),
  );

  api.route(
    {
      method: "post",
      path: "/api/public/surveys/answer",
      response: answerThanks,
      summary: "Trả lời phiếu khảo sát (ẩn danh, một lần) / Answer a survey (anonymous, once)",
      tag,
      body: answerBody,
      auth: false,
    },
    async (_c, { body }) => {
      const now = deps.clock.now();
      return deps.db.transaction((tx) => answer(tx, body, now));
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/reform/external-indices/:year",
      response: externalIndicesView,
      summary: "Các chỉ số bên ngoài của tỉnh (PAR Index, SIPAS, PAPI, DTI) / External indices",
      tag,
    },
    async (c) => {
      await reader(c);
      return listExternal(deps.db, yearOf(c));
    },
  );

  command(
    {
      method: "put",
      path: "/api/reform/external-indices/:year",
      response: externalIndicesView,
      summary: "Nhập kết quả các chỉ số bên ngoài của năm / Enter the year's external indices",
      tag,
      action: "reform.manage",
      body: externalBody,
    },
    ({ c, tx, actor, body, now }) => saveExternal(tx, actor, yearOf(c), body, now),
  );
}
