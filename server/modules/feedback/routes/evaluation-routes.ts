import type { z } from "zod";
import {
  evaluationBody,
  evaluationForm,
  evaluationView as evaluationResponse,
  evaluationSummaries,
  langQuery,
  summaryQuery,
} from "../../../../shared/contracts/feedback.ts";
import type { Api } from "../../../platform/http.ts";
import { param } from "../../../platform/http.ts";
import { lookupSecretBody } from "../../dossiers/index.ts";
import { actorOf, authorize, requireUser } from "../../identity/index.ts";
import { editEvaluation } from "../actions/edit-evaluation.ts";
import { giveEvaluation } from "../actions/give-evaluation.ts";
import { readEvaluation } from "../actions/read-evaluation.ts";
import { summarizeEvaluations } from "../actions/summarize-evaluations.ts";
import type { FeedbackContext } from "../deps.ts";
import { BANDS, CRITERIA, MAX_TOTAL, REACTIONS, SATISFACTION } from "../evaluations/criteria.ts";
import type { EvaluationInput } from "../evaluations/store.ts";
import { evaluationView } from "../evaluations/view.ts";
import type { PublicGuards } from "./guard.ts";

const input = (b: z.infer<typeof evaluationBody>): EvaluationInput => ({
  scores: b.scores,
  convenience: b.convenience,
  overall: b.overall,
  reaction: b.reaction ?? null,
  comment: b.comment || null,
});

export function evaluationRoutes(api: Api, ctx: FeedbackContext, guard: PublicGuards) {
  const tag = "feedback";
  api.route(
    {
      method: "get",
      path: "/api/evaluation-form",
      summary: "Mẫu đánh giá / Evaluation form",
      tag,
      response: evaluationForm,
      auth: false,
    },
    () => ({
      criteria: CRITERIA,
      maxTotal: MAX_TOTAL,
      points: [2, 1, 0],
      bands: BANDS.map((b) => ({
        id: b.id,
        min: Number.isFinite(b.min) ? b.min : null,
        above: b.above ?? false,
        name: b.name,
      })),
      bandsNote: {
        vi: "Ngưỡng 15 điểm chưa được văn bản xác định; tạm xếp loại Tốt.",
        en: "The boundary at 15 is not settled in the sources; treated as good.",
      },
      satisfaction: SATISFACTION,
      reactions: REACTIONS,
      editWindow: ctx.options.editWindow,
    }),
  );

  // Giving and editing an evaluation are not staff commands: the applicant (signed in through
  // VNeID, or anyone holding the look-up secret) evaluates, and a reception officer may only enter
  // it on the applicant's behalf at the counter (evaluatorOf). The routes stay open (auth: false);
  // each runs one transaction with its audit record (giveEvaluation, editEvaluation). The GET and
  // the POST …/view are reads.
  api.route(
    {
      method: "post",
      path: "/api/dossiers/:code/evaluation",
      summary: "Đánh giá việc giải quyết hồ sơ / Evaluate a dossier's handling",
      tag,
      auth: false,
      body: evaluationBody,
      response: evaluationResponse,
    },
    async (c, { body }) => {
      if (body.secret !== undefined) guard.lookup(c);
      const e = await giveEvaluation(ctx, actorOf(c), param(c, "code"), input(body), body.secret);
      return evaluationView(e, ctx.clock.now());
    },
  );

  api.route(
    {
      method: "put",
      path: "/api/dossiers/:code/evaluation",
      summary: "Sửa đánh giá / Edit the evaluation",
      tag,
      auth: false,
      body: evaluationBody,
      response: evaluationResponse,
    },
    async (c, { body }) => {
      if (body.secret !== undefined) guard.lookup(c);
      const e = await editEvaluation(ctx, actorOf(c), param(c, "code"), input(body), body.secret);
      return evaluationView(e, ctx.clock.now());
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code/evaluation",
      summary: "Xem đánh giá (cán bộ) / Read the evaluation (officials)",
      tag,
      auth: false,
      query: langQuery,
      response: evaluationResponse,
    },
    async (c) =>
      evaluationView(
        await readEvaluation(ctx, actorOf(c), param(c, "code"), undefined),
        ctx.clock.now(),
      ),
  );

  api.route(
    {
      method: "post",
      path: "/api/dossiers/:code/evaluation/view",
      summary: "Xem đánh giá bằng mã tra cứu / Read the evaluation with the look-up secret",
      tag,
      auth: false,
      body: lookupSecretBody,
      response: evaluationResponse,
    },
    async (c, { body }) => {
      guard.lookup(c);
      return evaluationView(
        await readEvaluation(ctx, actorOf(c), param(c, "code"), body.secret),
        ctx.clock.now(),
      );
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/evaluations/summary",
      summary: "Tổng hợp đánh giá theo cơ quan, đơn vị tiếp nhận, cán bộ / Evaluation summaries",
      tag,
      query: summaryQuery,
      response: evaluationSummaries,
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const tree = await ctx.agencies.tree();
      const scope = authorize(actor, "evaluation.read", tree.subtreeOf, query.agency);
      const agencies = query.agency
        ? tree.subtreeOf(query.agency)
        : scope.all
          ? null
          : scope.agencies;
      const rows = await summarizeEvaluations(ctx.db, {
        by: query.by,
        from: query.from,
        to: query.to,
        agencies,
      });
      return {
        by: query.by,
        from: query.from,
        to: query.to,
        summaries: rows.map((r) => ({
          ...r,
          name: r.officerName ?? tree.byCode.get(r.key)?.name ?? r.key,
        })),
      };
    },
  );
}
