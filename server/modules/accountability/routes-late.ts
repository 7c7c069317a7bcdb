// Staff routes of a late dossier: the explanation, the head's signature, the state, the Form 04 PDF.

import {
  approveBody,
  explanationBody,
  explanationView as explanationResponse,
  explanationsQuery,
  explanationsView,
  lateView,
} from "../../../shared/contracts/accountability.ts";
import { commandsOn } from "../../platform/command.ts";
import { contentDisposition } from "../../platform/content-disposition.ts";
import { notFound } from "../../platform/errors.ts";
import { type Api, param } from "../../platform/http.ts";
import { timeliness } from "../dossiers/index.ts";
import { authorize, inScope, requireUser, scopeFor } from "../identity/index.ts";
import type { AccountabilityDeps } from "./deps.ts";
import { type Explanation, findExplanation, findExplanationsByCode } from "./explanations.ts";
import { isLate } from "./facts.ts";
import { readPdf } from "./form04.ts";
import { dossierFor } from "./late-actions.ts";
import { signApology } from "./late-approve.ts";
import { draftExplanation } from "./late-explain.ts";
import { endOfDossier } from "./late-state.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function explanationView(x: Explanation | null) {
  if (!x) return null;
  return {
    status: x.status,
    version: x.version,
    reason: x.reason,
    responsibleStep: x.responsibleStep,
    responsibleStepName: x.responsibleStepName,
    responsibleName: x.responsibleName,
    originalDueAt: iso(x.originalDueAt),
    proposedDueAt: iso(x.proposedDueAt),
    draftedBy: x.draftedByName,
    draftedAt: iso(x.draftedAt),
    newDueAt: iso(x.newDueAt),
    signedBy: x.signedByName,
    signedAt: iso(x.signedAt),
    form04: `/api/dossiers/${encodeURIComponent(x.dossierCode)}/late/form04.pdf`,
  };
}

const READ_LATE = ["dossier.read", "late.explain", "late.approve"] as const;

export function lateRoutes(api: Api, deps: AccountabilityDeps) {
  const { db, clock } = deps;
  const command = commandsOn(api, deps.commands);
  const tag = "accountability";

  // The policy admits an actor holding the action over some agency; the dossier's own agency or
  // receiving unit is checked once it is read, in the command's transaction (dossierInScope).
  command(
    {
      method: "post",
      path: "/api/dossiers/:code/late/explanation",
      summary: "Lập báo cáo giải trình hồ sơ trễ hạn / Draft the explanation of a late dossier",
      tag,
      action: "late.explain",
      body: explanationBody,
      response: explanationResponse,
    },
    async ({ c, body, ...step }) => {
      const { answer, audit } = await draftExplanation(deps, step, param(c, "code"), body);
      return { answer: explanationView(answer), audit };
    },
  );

  command(
    {
      method: "post",
      path: "/api/dossiers/:code/late/approve",
      summary: "Thủ trưởng ký văn bản xin lỗi, gia hạn (Mẫu 04) / Head signs the apology (Form 04)",
      tag,
      action: "late.approve",
      body: approveBody,
      response: explanationResponse,
    },
    async ({ c, body, ...step }) => {
      const { answer, audit } = await signApology(deps, step, param(c, "code"), body);
      return { answer: explanationView(answer), audit };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code/late",
      summary: "Tình trạng trễ hạn, giải trình / Lateness and explanation",
      tag,
      response: lateView,
    },
    async (c) => {
      const { d } = await dossierFor(deps, requireUser(c), param(c, "code"), [...READ_LATE]);
      const end = await endOfDossier(db, d);
      return {
        code: d.code,
        dueAt: iso(d.dueAt),
        endAt: iso(end),
        late: isLate(d, end, clock.now()),
        timeliness: timeliness({ ...d, endAt: end }, clock.now()),
        explanation: explanationView(await findExplanation(db, d.id)),
      };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/late/explanations",
      summary:
        "Giải trình của nhiều hồ sơ (một trang danh sách) / Explanations of many dossiers (one list page)",
      tag,
      query: explanationsQuery,
      response: explanationsView,
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      const tree = await deps.agencies.tree();
      authorize(actor, READ_LATE[0], tree.subtreeOf);
      const scopes = READ_LATE.map((a) => scopeFor(actor, a, tree.subtreeOf));
      const seen = (x: { agencyCode: string; receivingUnit: string }) =>
        actor.kind === "system" ||
        scopes.some((s) => inScope(s, x.agencyCode) || inScope(s, x.receivingUnit));
      const rows = await findExplanationsByCode(db, [...new Set(query.codes.split(","))]);
      return {
        items: rows
          .filter(seen)
          .map((x) => ({ code: x.dossierCode, explanation: explanationView(x)! })),
      };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/dossiers/:code/late/form04.pdf",
      summary: "Mẫu 04 (dự thảo hoặc đã ký) / Form 04 (draft or signed)",
      tag,
      produces: ["application/pdf"],
    },
    async (c) => {
      const { d } = await dossierFor(deps, requireUser(c), param(c, "code"), [...READ_LATE]);
      const x = await findExplanation(db, d.id);
      const pdf = await readPdf(deps.files, db, x?.signedSha256 ?? x?.draftSha256 ?? null);
      if (!pdf)
        throw notFound("accountability.no_form04", {
          vi: `Hồ sơ ${d.code} chưa có văn bản xin lỗi (Mẫu 04).`,
          en: `Dossier ${d.code} has no apology letter (Form 04) yet.`,
        });
      return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
        "content-type": "application/pdf",
        "content-disposition": contentDisposition("inline", `${d.code}-mau-04.pdf`),
      });
    },
  );
}
