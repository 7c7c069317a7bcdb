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

  api.route(
    {
      method: "post",
      path: "/api/complaints/:code/classify",
      summary: "Phân loại, chuyển xử lý / Classify and route",
      tag,
      body: classifyBody,
      response: staffView,
    },
    async (c, { body }) =>
      view(await classifyComplaint(ctx, requireUser(c), param(c, "code"), body)),
  );
  api.route(
    {
      method: "post",
      path: "/api/complaints/:code/refuse",
      summary: "Từ chối xử lý / Refuse",
      tag,
      body: refuseBody,
      response: staffView,
    },
    async (c, { body }) => view(await refuseComplaint(ctx, requireUser(c), param(c, "code"), body)),
  );
  api.route(
    {
      method: "post",
      path: "/api/complaints/:code/request-info",
      summary: "Đề nghị bổ sung thông tin / Request information",
      tag,
      body: requestInfoBody,
      response: staffView,
    },
    async (c, { body }) => view(await requestInfo(ctx, requireUser(c), param(c, "code"), body)),
  );
  api.route(
    {
      method: "post",
      path: "/api/complaints/:code/answer",
      summary: "Trả lời / Answer",
      tag,
      body: answerBody,
      response: staffView,
    },
    async (c, { body }) => view(await answerComplaint(ctx, requireUser(c), param(c, "code"), body)),
  );
  api.route(
    {
      method: "post",
      path: "/api/complaints/:code/publish",
      summary: "Công khai trả lời / Publish the answer",
      tag,
      body: publishBody,
      response: staffView,
    },
    async (c, { body }) => view(await publishAnswer(ctx, requireUser(c), param(c, "code"), body)),
  );
}
