// Officers' complaint endpoints: the work list, the detail, and the handling steps.
import {
  answerBody,
  classifyBody,
  complaintList,
  complaintListQuery,
  publishBody,
  refuseBody,
  requestInfoBody,
  complaintStaffView as staffView,
} from "../../../../shared/contracts/feedback.ts";
import { commandsOn } from "../../../platform/command.ts";
import type { Api } from "../../../platform/http.ts";
import { param } from "../../../platform/http.ts";
import { authorize, requireUser } from "../../identity/index.ts";
import { answerComplaint } from "../actions/answer-complaint.ts";
import { classifyComplaint } from "../actions/classify-complaint.ts";
import { listComplaints } from "../actions/list-complaints.ts";
import { publishAnswer } from "../actions/publish-answer.ts";
import { readComplaint } from "../actions/read-complaint.ts";
import { refuseComplaint } from "../actions/refuse-complaint.ts";
import { requestInfo } from "../actions/request-info.ts";
import type { Complaint } from "../complaints/types.ts";
import { complaintStaffView } from "../complaints/view.ts";
import type { FeedbackContext } from "../deps.ts";

export function complaintStaffRoutes(api: Api, ctx: FeedbackContext) {
  const command = commandsOn(api, ctx.commands);
  const tag = "feedback";
  const view = (c: Complaint) => complaintStaffView(c, ctx.clock.now());

  api.route(
    {
      method: "get",
      path: "/api/complaints",
      summary: "Danh sách phản ánh, kiến nghị cần xử lý / Complaints to handle",
      tag,
      query: complaintListQuery,
      response: complaintList,
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const tree = await ctx.agencies.tree();
      const scope = authorize(actor, "complaint.handle", tree.subtreeOf, query.agency);
      const agencies = query.agency
        ? tree.subtreeOf(query.agency)
        : scope.all
          ? null
          : scope.agencies;
      return { complaints: await listComplaints(ctx.db, { ...query, agencies }) };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/complaints/:code",
      summary: "Chi tiết phản ánh, kiến nghị / Complaint detail",
      tag,
      response: staffView,
    },
    async (c) => readComplaint(ctx, requireUser(c), param(c, "code")),
  );

  // The policy admits any officer who handles complaints; the complaint's own agency is checked
  // once it is read, in the command's transaction (handleComplaint).
  command(
    {
      method: "post",
      path: "/api/complaints/:code/classify",
      summary: "Phân loại, chuyển xử lý / Classify and route",
      tag,
      action: "complaint.handle",
      body: classifyBody,
      response: staffView,
    },
    async ({ c, body, ...step }) => {
      const { answer, audit } = await classifyComplaint(ctx, step, param(c, "code"), body);
      return { answer: view(answer), audit };
    },
  );
  command(
    {
      method: "post",
      path: "/api/complaints/:code/refuse",
      summary: "Từ chối xử lý / Refuse",
      tag,
      action: "complaint.handle",
      body: refuseBody,
      response: staffView,
    },
    async ({ c, body, ...step }) => {
      const { answer, audit } = await refuseComplaint(ctx, step, param(c, "code"), body);
      return { answer: view(answer), audit };
    },
  );
  command(
    {
      method: "post",
      path: "/api/complaints/:code/request-info",
      summary: "Đề nghị bổ sung thông tin / Request information",
      tag,
      action: "complaint.handle",
      body: requestInfoBody,
      response: staffView,
    },
    async ({ c, body, ...step }) => {
      const { answer, audit } = await requestInfo(ctx, step, param(c, "code"), body);
      return { answer: view(answer), audit };
    },
  );
  command(
    {
      method: "post",
      path: "/api/complaints/:code/answer",
      summary: "Trả lời / Answer",
      tag,
      action: "complaint.handle",
      body: answerBody,
      response: staffView,
    },
    async ({ c, body, ...step }) => {
      const { answer, audit } = await answerComplaint(ctx, step, param(c, "code"), body);
      return { answer: view(answer), audit };
    },
  );
  command(
    {
      method: "post",
      path: "/api/complaints/:code/publish",
      summary: "Công khai trả lời / Publish the answer",
      tag,
      action: "complaint.handle",
      body: publishBody,
      response: staffView,
    },
    async ({ c, body, ...step }) => {
      const { answer, audit } = await publishAnswer(ctx, step, param(c, "code"), body);
      return { answer: view(answer), audit };
    },
  );
}
