// Public complaint endpoints: submit, look up with the secret, answer an information request,
// rate the answer, react to a published answer, list published answers.
import {
  complaintBody,
  complaintView as complaintResponse,
  infoBody,
  publishedAnswers,
  publishedQuery,
  ratedComplaint,
  ratingBody,
  reactionBody,
  reactionCounts,
  submittedComplaint,
} from "../../../../shared/contracts/feedback.ts";
import type { Api } from "../../../platform/http.ts";
import { param } from "../../../platform/http.ts";
import { lookupSecretBody } from "../../dossiers/index.ts";
import { actorOf } from "../../identity/index.ts";
import { listPublishedAnswers } from "../actions/list-complaints.ts";
import { provideInfo } from "../actions/provide-info.ts";
import { rateAnswer } from "../actions/rate-answer.ts";
import { reactToAnswer } from "../actions/react-to-answer.ts";
import { lookUpComplaint } from "../actions/read-complaint.ts";
import { submitComplaint } from "../actions/submit-complaint.ts";
import { findComplaint } from "../complaints/store.ts";
import { complaintView } from "../complaints/view.ts";
import type { FeedbackContext } from "../deps.ts";
import type { PublicGuards } from "./guard.ts";

export function complaintPublicRoutes(api: Api, ctx: FeedbackContext, guard: PublicGuards) {
  const tag = "feedback";
  api.route(
    {
      method: "post",
      path: "/api/complaints",
      summary: "Gửi phản ánh, kiến nghị / Submit a complaint or petition",
      tag,
      auth: false,
      body: complaintBody,
      response: submittedComplaint,
    },
    async (c, { body }) => {
      guard.submit(c);
      const { code, secret } = await submitComplaint(ctx, actorOf(c), body);
      const created = (await findComplaint(ctx.db, code))!;
      return { ...complaintView(created, ctx.clock.now()), secret };
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/complaints/:code/lookup",
      summary: "Tra cứu phản ánh bằng mã bí mật / Look up a complaint",
      tag,
      auth: false,
      body: lookupSecretBody,
      response: complaintResponse,
    },
    async (c, { body }) => {
      guard.lookup(c);
      return lookUpComplaint(ctx, param(c, "code"), body.secret);
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/complaints/:code/info",
      summary: "Bổ sung thông tin theo đề nghị / Provide the requested information",
      tag,
      auth: false,
      body: infoBody,
      response: complaintResponse,
    },
    async (c, { body }) => {
      guard.lookup(c);
      return complaintView(
        await provideInfo(ctx, actorOf(c), param(c, "code"), body),
        ctx.clock.now(),
      );
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/complaints/:code/rating",
      summary: "Đánh giá câu trả lời / Rate the answer",
      tag,
      auth: false,
      body: ratingBody,
      response: ratedComplaint,
    },
    async (c, { body }) => {
      guard.lookup(c);
      const r = await rateAnswer(ctx, actorOf(c), param(c, "code"), body);
      return { ...complaintView(r.complaint, ctx.clock.now()), raisedAgain: r.raisedAgain };
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/complaints/:code/reaction",
      summary: "Thích / không thích câu trả lời đã công khai / Like or dislike a published answer",
      tag,
      auth: false,
      body: reactionBody,
      response: reactionCounts,
    },
    async (c, { body }) => {
      const code = param(c, "code");
      guard.react(c, code);
      return reactToAnswer(ctx.db, code, body.reaction, ctx.clock.now());
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/complaint-answers",
      summary: "Các trả lời phản ánh, kiến nghị đã công khai / Published answers",
      tag,
      auth: false,
      query: publishedQuery,
      response: publishedAnswers,
    },
    async (_c, { query }) => {
      const tree = await ctx.agencies.tree();
      const agencies = query.agency ? tree.subtreeOf(query.agency) : null;
      return {
        answers: await listPublishedAnswers(ctx.db, {
          agencies,
          limit: query.limit,
          offset: query.offset,
        }),
      };
    },
  );
}
