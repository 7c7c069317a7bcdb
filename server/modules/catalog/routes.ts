// HTTP routes of the catalogue: public browsing and search; editing under catalog.manage, every
// change a new version audited in the same transaction.
import {
  formCheckBody,
  formCheckResult,
  procedureDetails,
  procedureEdited,
  procedurePage,
  procedureVersionList,
  procedureView,
} from "../../../shared/contracts/catalog.ts";
import { commandsOn } from "../../platform/command.ts";
import type { Ctx } from "../../platform/http.ts";
import { type Api, param } from "../../platform/http.ts";
import type { IdentityDeps, WithCommands } from "../identity/index.ts";
import { createProcedure, updateProcedure } from "./actions/edit.ts";
import { getProcedureVersion, listProcedures, procedureVersions } from "./actions/read.ts";
import { procedureNotFound } from "./errors.ts";
import { validateEForm } from "./rules/eform.ts";
import { quotaFit } from "./rules/quota.ts";
import { sevenPartsMissing } from "./rules/seven-parts.ts";
import { createBody, getQuery, listQuery, updateBody } from "./schemas.ts";
import type { Procedure } from "./types.ts";

export type CatalogDeps = IdentityDeps & WithCommands;
const TAG = "catalog";

export function catalogRoutes(api: Api, deps: CatalogDeps) {
  const { db, clock } = deps;
  const command = commandsOn(api, deps.commands);

  api.route(
    {
      method: "get",
      path: "/api/procedures",
      summary: "Tra cứu thủ tục / Search procedures",
      tag: TAG,
      auth: false,
      query: listQuery,
      response: procedurePage,
    },
    async (_c, { query }) => {
      const { cursor, limit, ...filter } = query;
      const page = await listProcedures(
        db,
        { ...filter, at: clock.now() },
        { cursor, limit: limit ?? 20 },
      );
      return { items: page.items.map(summary), nextCursor: page.nextCursor };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/procedures/:code",
      summary: "Chi tiết thủ tục / Procedure details",
      tag: TAG,
      auth: false,
      query: getQuery,
      response: procedureDetails,
    },
    async (c, { query }) => {
      const code = param(c, "code");
      const p = await getProcedureVersion(db, code, {
        version: query.version,
        at: query.version ? undefined : new Date(query.at ?? clock.now()),
      });
      if (!p) throw procedureNotFound(code, query.version);
      return {
        ...p,
        sevenPartsMissing: sevenPartsMissing(p),
        quota: quotaFit(p.duration, p.steps),
      };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/procedures/:code/versions",
      summary: "Các phiên bản thủ tục / Procedure versions",
      tag: TAG,
      auth: false,
      response: procedureVersionList,
    },
    async (c) => {
      const code = param(c, "code");
      const versions = await procedureVersions(db, code);
      if (!versions.length) throw procedureNotFound(code);
      return { code, versions };
    },
  );

  // The policy over every agency the procedure names is checked again inside the transaction
  // (an edit also needs it over the agencies the procedure leaves, read there).
  command(
    {
      method: "post",
      path: "/api/procedures",
      summary: "Thêm thủ tục / Add a procedure",
      tag: TAG,
      action: "catalog.manage",
      agency: ({ body }) => body.agencies,
      body: createBody,
      response: procedureView,
      status: 201,
    },
    ({ tx, body, actor, now }) => createProcedure(tx, body, actor, now),
  );

  command(
    {
      method: "put",
      path: "/api/procedures/:code",
      summary: "Sửa thủ tục (phiên bản mới) / Edit a procedure (new version)",
      tag: TAG,
      action: "catalog.manage",
      agency: ({ body }) => body.agencies,
      body: updateBody,
      response: procedureEdited,
    },
    async ({ c, tx, body, actor, now }) => {
      const r = await updateProcedure(tx, param(c, "code"), body, actor, now);
      return { answer: { ...r.procedure, change: r.change }, audit: r.audit };
    },
  );

  api.route(
    {
      method: "post",
      path: "/api/procedures/:code/form-check",
      summary: "Kiểm tra tờ khai điện tử / Check an e-form",
      tag: TAG,
      auth: false,
      body: formCheckBody,
      response: formCheckResult,
    },
    async (c, { body }) => checkForm(c, body.data, body.version, deps),
  );
}

async function checkForm(
  c: Ctx,
  data: Record<string, unknown>,
  version: number | undefined,
  deps: CatalogDeps,
) {
  const code = param(c, "code");
  const p = await getProcedureVersion(
    deps.db,
    code,
    version ? { version } : { at: deps.clock.now() },
  );
  if (!p) throw procedureNotFound(code, version);
  const errors = p.eForm ? validateEForm(p.eForm, data) : [];
  return { valid: errors.length === 0, version: p.version, errors };
}

/** What a search result shows. */
function summary(p: Procedure) {
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    level: p.level,
    agencies: p.agencies,
    duration: p.duration,
    fees: p.fees,
    onlineLevel: p.onlineLevel,
    fullOnlineEligible: p.fullOnlineEligible,
    version: p.version,
    validFrom: p.validFrom,
  };
}
