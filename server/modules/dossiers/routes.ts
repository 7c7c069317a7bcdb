// HTTP API of the dossiers module: intake, the work queue, the dossier, actions, forms.

import { intakeBody, onlineBody } from "../../../shared/contracts/dossier-actions.ts";
import {
  dossierDetail,
  intakeAnswer,
  listQuery,
  onlineTray,
  queuePage,
  receptionWait,
  receptionWaitQuery,
  submissionConfirmation as submissionAnswer,
  uncollectedList,
} from "../../../shared/contracts/dossiers.ts";
import { commandsOn } from "../../platform/command.ts";
import { contentDisposition } from "../../platform/content-disposition.ts";
import { AppError } from "../../platform/errors.ts";
import { type Api, type Ctx, param } from "../../platform/http.ts";
import { RateLimiter } from "../../platform/rate-limit.ts";
import { type AuditEntry, record } from "../audit/index.ts";
import { type Actor, actorOf, authorize, clientIp, requireUser } from "../identity/index.ts";
import { ensureVisible, ensureVisibleAmong, readScope } from "./access.ts";
import { makeCtx, preload } from "./actions/context.ts";
import { refuseClaimedFlags } from "./claims.ts";
import { insertEvents } from "./commit.ts";
import { submissionConfirmation } from "./confirmation.ts";
import { formData06 } from "./forms.ts";
import { createDossier } from "./intake.ts";
import { actionsFor } from "./offer.ts";
import type { DossierDeps, FormNo } from "./ports.ts";
import { listDossiers } from "./query.ts";
import { PdfCache, readReceiptSource, receiptPath, receiptPdf } from "./receipt.ts";
import { receptionWait as receptionWaitOf } from "./reception-wait.ts";
import { actionRoutes } from "./routes-actions.ts";
import { assignmentRoutes } from "./routes-assignment.ts";
import { exchangeRoutes } from "./routes-exchange.ts";
import { fileRoutes } from "./routes-files.ts";
import { portalInboundRoutes } from "./routes-portal.ts";
import { registerRoutes } from "./routes-register.ts";
import { resultFileRoutes } from "./routes-result.ts";
import { watchRuleRoutes } from "./routes-watch-rules.ts";
import { getDossier, listEvents, listSteps } from "./store.ts";
import { onlineTray as onlineTrayOf } from "./tray.ts";
import type { Dossier } from "./types.ts";
import { uncollectedResults } from "./uncollected.ts";
import { detailView, summaryView } from "./view.ts";

export function dossierRoutes(api: Api, deps: DossierDeps) {
  const { db, clock } = deps;
  const command = commandsOn(api, deps.commands);
  // Public endpoint: 20 online submissions a minute per client address. (The public look-up by
  // code and secret is the accountability module's, with the apology letter.)
  const submissions = new RateLimiter(20, 60_000);
  const receipts = new PdfCache();
  fileRoutes(api, deps);
  // Before GET /api/dossiers/:code: "inbox" is not a dossier code.
  assignmentRoutes(api, deps);
  const tooMany = () =>
    new AppError("dossiers.rate_limited", "rate_limited", {
      vi: "Quá nhiều yêu cầu, vui lòng chờ một phút.",
      en: "Too many requests; wait a minute.",
    });

  // Counter intake: the creation and, with a decision, the reception in the command's one
  // transaction; both audit records ("submitted", "received") written together by the command.
  command(
    {
      method: "post",
      path: "/api/dossiers",
      summary: "Tiếp nhận hồ sơ / Intake a dossier",
      tag: "dossiers",
      action: "dossier.intake",
      body: intakeBody,
      response: intakeAnswer,
    },
    async ({ tx, now, actor, body }) => {
      refuseClaimedFlags(body);
      const audits: AuditEntry[] = [];
      const r = await createDossier(deps, actor, body, { command: { tx, now, audits } });
      return {
        audit: audits,
        // What the counter needs at once: the code, the look-up secret, the appointment and where
        // to fetch the receipt (rendered on demand, after this transaction). The actions open
        // next are read once committed: the unit's code counter stays locked no longer.
        answerAfterCommit: async () => ({
          dossier: summaryView(
            r.dossier,
            now,
            await actionsFor(db, actor, (await deps.agencies.tree()).subtreeOf, r.dossier),
          ),
          secret: r.dossier.secret,
          ...(r.dossier.receivedAt
            ? {
                appointmentAt: r.dossier.dueAt?.toISOString() ?? null,
                receiptUrl: receiptPath(r.dossier.code),
              }
            : {}),
          ...(r.warning ? { warning: r.warning } : {}),
        }),
      };
    },
  );

  // The citizen's own submission (public, rate-limited): not a staff command. createDossier writes
  // the dossier and its audit record in one transaction.
  api.route(
    {
      method: "post",
      path: "/api/dossiers/online",
      summary: "Nộp hồ sơ trực tuyến / Submit online",
      tag: "dossiers",
      body: onlineBody,
      response: submissionAnswer,
      auth: false,
    },
    async (c, { body }) => {
      if (!submissions.hit(clientIp(c))) throw tooMany();
      refuseClaimedFlags(body);
      const r = await createDossier(deps, actorOf(c), { ...body, channel: 2 });
      c.header("cache-control", "no-store");
      return submissionConfirmation(deps, r.dossier);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers",
      summary: "Danh sách hồ sơ / Work queue",
      tag: "dossiers",
      query: listQuery,
      response: queuePage,
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "dossier.read", tree.subtreeOf);
      return listDossiers(db, readScope(actor, tree.subtreeOf), query, clock.now());
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/tray/online",
      summary: "Hồ sơ trực tuyến chờ tiếp nhận / Online dossiers awaiting reception",
      tag: "dossiers",
      response: onlineTray,
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "dossier.receive", tree.subtreeOf);
      const scope = readScope(actor, tree.subtreeOf);
      return onlineTrayOf(db, scope, clock.now(), deps.calendarFor);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/tray/uncollected",
      summary: "Kết quả chưa được nhận / Results not collected",
      tag: "dossiers",
      response: uncollectedList,
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "dossier.return", tree.subtreeOf);
      const scope = readScope(actor, tree.subtreeOf);
      return uncollectedResults(db, scope, clock.now(), deps.calendarFor);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/reception-wait",
      summary:
        "Thời gian chờ tiếp nhận hồ sơ trực tuyến theo đơn vị / Online reception wait per unit",
      tag: "dossiers",
      query: receptionWaitQuery,
      response: receptionWait,
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, "dossier.read", tree.subtreeOf);
      const scope = readScope(actor, tree.subtreeOf);
      return receptionWaitOf(db, scope, clock.now(), deps.calendarFor, query);
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code",
      summary: "Hồ sơ / Dossier",
      tag: "dossiers",
      response: dossierDetail,
    },
    async (c) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      const code = param(c, "code");
      return db.transaction(async (tx) => {
        const d = await getDossier(tx, code);
        await ensureVisible(tx, actor, tree.subtreeOf, d);
        const actions = await actionsFor(tx, actor, tree.subtreeOf, d);
        const cal = await deps.calendarFor(tx, d.agencyCode);
        const view = await detailView(tx, d, clock.now(), actions, cal);
        // Reading the applicant's personal data is audited (Decree 13/2023/NĐ-CP on personal data).
        await record(tx, actor, clock.now(), {
          action: "personal_data.read",
          subjectType: "dossier",
          subjectId: d.code,
          agencyCode: d.agencyCode,
          details: { fields: ["applicant", "formData"] },
        });
        return view;
      });
    },
  );

  actionRoutes(api, deps);

  /**
   * The receipt, with the read of the personal data it prints recorded (Decree 13/2023/NĐ-CP).
   * The counter fetches it after every intake: one statement reads the dossier with all Form 01
   * prints, and the audit record is one INSERT committed alone (a statement is atomic; the
   * sealer links it like any other record, audit/seal.ts).
   */
  const sendReceipt = async (c: Ctx, actor: Actor, code: string) => {
    const tree = await deps.agencies.tree();
    const src = await readReceiptSource(db, code);
    const d = src.dossier;
    ensureVisibleAmong(actor, tree.subtreeOf, d, src.agencies);
    const pdf = await receiptPdf(deps, receipts, src, tree);
    await record(db, actor, clock.now(), {
      action: "personal_data.read",
      subjectType: "dossier",
      subjectId: d.code,
      agencyCode: d.agencyCode,
      details: { fields: ["applicant"], form: "01" },
    });
    return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
      "content-type": "application/pdf",
      "content-disposition": `inline; filename="${d.code}-mau-01.pdf"`,
      "cache-control": "no-store",
    });
  };

  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code/receipt",
      summary: "Giấy tiếp nhận hồ sơ (mẫu 01, PDF) / The dossier's receipt (Form 01, PDF)",
      tag: "dossiers",
      produces: ["application/pdf"],
    },
    (c) => sendReceipt(c, requireUser(c), param(c, "code")),
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code/forms/:no",
      summary: "Tải mẫu đơn (01–06, withdrawal = giấy xác nhận rút hồ sơ) / Download a form (PDF)",
      tag: "dossiers",
      produces: ["application/pdf"],
    },
    async (c) => {
      const actor = requireUser(c);
      const no = param(c, "no") as FormNo;
      if (no === "01") return sendReceipt(c, actor, param(c, "code"));
      const tree = await deps.agencies.tree();
      const d = await getDossier(db, param(c, "code"));
      await ensureVisible(db, actor, tree.subtreeOf, d);
      if (no === "06" && deps.forms) await renderControlSheet(deps, actor, d);
      const pdf = await readForm(deps, d.id, no);
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/pdf",
        "content-disposition": contentDisposition(
          "inline",
          no === "withdrawal" ? `${d.code}-xac-nhan-rut-ho-so.pdf` : `${d.code}-mau-${no}.pdf`,
        ),
        "cache-control": "no-store",
      });
    },
  );

  exchangeRoutes(api, deps);
  portalInboundRoutes(api, deps);
  resultFileRoutes(api, deps);
  registerRoutes(api, deps);
  watchRuleRoutes(api, deps);
}

/** Form 06 on demand: the control sheet as the hand-overs stand now, recorded as an issued form. */
async function renderControlSheet(deps: DossierDeps, actor: Actor, d: Dossier): Promise<void> {
  const now = deps.clock.now();
  const pre = await preload(deps, d.agencyCode);
  await deps.db.transaction(async (tx) => {
    const ctx = makeCtx(tx, actor, now, deps, pre);
    const data = formData06({
      d,
      proc: await ctx.procedure(d),
      tree: pre.tree,
      actor,
      now,
      events: [],
      steps: await listSteps(tx, d.id),
    });
    const stored = await deps.forms!.render(tx, "06", data);
    if (!stored) return;
    // An issued form changes nothing in the projection: the version stays, only the event is added.
    const seq = await tx.query<{ event_seq: number }>(
      "UPDATE dossiers SET event_seq = event_seq + 1 WHERE id = $1 RETURNING event_seq",
      [d.id],
    );
    await insertEvents(
      tx,
      d,
      seq.rows[0].event_seq,
      [{ type: "form-issued", at: now, data: { form: "06", sha256: stored.sha256 } }],
      actor,
    );
    await record(tx, actor, now, {
      action: "dossier.form_issued",
      subjectType: "dossier",
      subjectId: d.code,
      agencyCode: d.agencyCode,
      details: { form: "06", sha256: stored.sha256 },
    });
  });
}

/** The latest stored PDF of a form for the dossier, rendering Form 06 on demand. */
async function readForm(deps: DossierDeps, dossierId: string, no: FormNo): Promise<Uint8Array> {
  const unavailable = () =>
    new AppError("dossiers.form_unavailable", "not_found", {
      vi: `Hồ sơ chưa có mẫu số ${no}.`,
      en: `The dossier has no form ${no}.`,
    });
  if (!deps.forms) throw unavailable();
  const events = await listEvents(deps.db, dossierId);
  const issued = events.filter((e) => e.type === "form-issued" && e.data.form === no).pop();
  if (!issued) throw unavailable();
  const pdf = await deps.forms.read(String(issued.data.sha256));
  if (!pdf) throw unavailable();
  return pdf;
}
