// Exchange over HTTP: the national portal's inbound dossiers (JSON array or JSON Lines) and the
// records changed since a moment, for synchronisation back.

import {
  changedRecords,
  exchangeSinceQuery,
  importReport,
} from "../../../shared/contracts/dossiers.ts";
import { commandsOn } from "../../platform/command.ts";
import { decodeCursor, isInstant } from "../../platform/cursor.ts";
import { AppError, badInput } from "../../platform/errors.ts";
import type { Api } from "../../platform/http.ts";
import { savepointsOf } from "../../platform/savepoints.ts";
import { authorize, requireUser } from "../identity/index.ts";
import { changedSince } from "./export.ts";
import { importRecords } from "./import.ts";
import type { DossierDeps } from "./ports.ts";

/** JSON array → one line per element; otherwise the body is JSON Lines. */
export function bodyLines(text: string): string[] {
  const t = text.trimStart();
  if (!t.startsWith("[")) return text.split(/\r?\n/);
  let arr: unknown;
  try {
    arr = JSON.parse(t);
  } catch (e) {
    throw new AppError("http.malformed_json", "bad_input", {
      vi: `JSON không hợp lệ: ${(e as Error).message}`,
      en: `Malformed JSON: ${(e as Error).message}`,
    });
  }
  if (!Array.isArray(arr))
    throw badInput(
      "dossiers.bad_exchange_body",
      "(body)",
      "cần một mảng JSON hoặc JSON Lines",
      "expected a JSON array or JSON Lines",
    );
  return arr.map((x) => JSON.stringify(x));
}

export function exchangeRoutes(api: Api, deps: DossierDeps) {
  const command = commandsOn(api, deps.commands);

  // A command: "dossier.import", the body read once authorized, then the import in the command's
  // one transaction. The import stores its batches in transactions of its own (import.ts): here
  // they are savepoints of the command's, one at a time, so a failing batch still rolls back
  // alone (its lines reported) and the whole body commits or rolls back at once. Each batch
  // writes its own audit record in it (import-write.ts), naming the codes it stored.
  command(
    {
      method: "post",
      path: "/api/exchange/dossiers",
      summary: "Nhận hồ sơ đồng bộ / Inbound dossier records (JSON array or JSON Lines)",
      tag: "exchange",
      action: "dossier.import",
      takes: ["application/x-ndjson", "application/json"],
      read: async (c) => bodyLines(await c.req.text()),
      response: importReport,
    },
    async ({ c, tx, actor, body }) => {
      const report = await importRecords(
        {
          db: savepointsOf(tx, deps.db.engine),
          clock: deps.clock,
          procedures: deps.procedures,
          tree: await deps.agencies.tree(tx),
          projectors: deps.projectors,
        },
        actor,
        body,
      );
      return { answer: c.json(report, report.rejected.length ? 422 : 200), audit: null };
    },
  );

  api.route(
    {
      method: "get",
      path: "/api/exchange/dossiers",
      summary: "Hồ sơ thay đổi từ thời điểm / Records changed since",
      tag: "exchange",
      query: exchangeSinceQuery,
      response: changedRecords,
    },
    async (c, { query }) => {
      const actor = requireUser(c);
      authorize(actor, "dossier.export", (await deps.agencies.tree()).subtreeOf);
      const cursor = query.cursor
        ? (decodeCursor(query.cursor, "dossiers.bad_cursor", [isInstant, (x) => x.length > 0]) as [
            string,
            string,
          ])
        : null;
      const r = await changedSince(deps.db, new Date(query.since), cursor, query.limit);
      return {
        records: r.records,
        nextCursor: r.next ? Buffer.from(JSON.stringify(r.next)).toString("base64url") : null,
      };
    },
  );
}
