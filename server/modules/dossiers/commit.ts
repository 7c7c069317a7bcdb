// One change to a dossier, in one transaction: the projection row (optimistic version check),
// the appended events, the projectors (quality index) and the audit record.
import type { Sql } from "../../platform/db.ts";
import { AppError } from "../../platform/errors.ts";
import { type AuditEntry, recordAll } from "../audit/index.ts";
import type { Actor } from "../identity/index.ts";
import type { DossierProjector } from "./ports.ts";
import { toRecord } from "./record.ts";
import { STATE_NAMES } from "./rules.ts";
import { insertDossier, listEvents, updateDossier } from "./store.ts";
import type { Dossier, NewEvent } from "./types.ts";

export function staleVersion(
  code: string,
  given: number,
  current: Pick<Dossier, "version" | "state" | "status">,
): AppError {
  return new AppError(
    "dossiers.stale_version",
    "conflict",
    {
      vi: `Hồ sơ ${code} đã được người khác cập nhật (phiên bản hiện tại ${current.version}, trạng thái "${STATE_NAMES[current.state].vi}"; bạn gửi phiên bản ${given}). Hãy tải lại hồ sơ rồi thao tác lại.`,
      en: `Dossier ${code} was changed by someone else (current version ${current.version}, state "${STATE_NAMES[current.state].en}"; you sent version ${given}). Reload it and try again.`,
    },
    {
      extra: {
        currentVersion: current.version,
        state: current.state,
        dossierStatus: current.status,
      },
    },
  );
}

/** Checks the version an action carries against the stored one. */
export function checkVersion(d: Dossier, given: number): void {
  if (d.version !== given) throw staleVersion(d.code, given, d);
}

export interface Change {
  before: Dossier | null;
  after: Dossier;
  events: NewEvent[];
  /** Audit action, e.g. "dossier.received". */
  audit: string;
  details?: Record<string, unknown>;
}

export async function insertEvents(
  tx: Sql,
  d: Dossier,
  firstSeq: number,
  events: NewEvent[],
  actor: Actor,
): Promise<void> {
  if (!events.length) return;
  const params: unknown[] = [];
  const values = events.map((e, i) => {
    params.push(
      d.id,
      firstSeq + i,
      e.type,
      e.at,
      actor.userId,
      actor.username,
      JSON.stringify(e.data ?? {}),
    );
    const b = i * 7;
    return `($${b + 1},$${b + 2},$${b + 3},$${b + 4},$${b + 5},$${b + 6},$${b + 7})`;
  });
  await tx.query(
    `INSERT INTO dossier_events (dossier_id, seq, type, at, actor_id, actor_name, data) VALUES ${values.join(",")}`,
    params,
  );
}

/**
 * A change stored earlier in the same transaction whose projection and audit record wait for the
 * next change (counter intake: "submitted" then "received" at once). The projectors then see the
 * dossier appear once, in its final state, and the audit records are appended together at the end
 * of the transaction, in one statement.
 */
export interface Held {
  audits: AuditEntry[];
  /** Events of the held change, written with the next change's (the record's history before it). */
  events: NewEvent[];
}

const auditEntry = (after: Dossier, c: Change): AuditEntry => ({
  action: c.audit,
  subjectType: "dossier",
  subjectId: after.code,
  agencyCode: after.agencyCode,
  details: {
    version: after.version,
    status: after.status,
    state: after.state,
    events: c.events.map((e) => e.type),
    ...c.details,
  },
});

/**
 * Applies a change; returns the stored dossier (with its new version). `hold`: store only, and
 * leave projection and audit to the next change, which passes it back as `held`. `audits`: the
 * change runs in a command (server/platform/command.ts), which writes the audit records collected
 * here in its transaction; without it, commit writes them itself (CLI import, portal intake, demo).
 */
export async function commit(
  tx: Sql,
  actor: Actor,
  now: Date,
  projectors: readonly DossierProjector[],
  c: Change,
  opts: { hold?: Held; held?: Held; audits?: AuditEntry[] } = {},
): Promise<Dossier> {
  const { before } = c;
  const { hold, held } = opts;
  const prior =
    held?.events ?? (projectors.length && before && !hold ? await listEvents(tx, before.id) : []);
  const after: Dossier = {
    ...c.after,
    version: before ? before.version + 1 : 1,
    eventSeq: (before?.eventSeq ?? 0) + c.events.length,
    updatedAt: now,
  };
  if (!before) await insertDossier(tx, after);
  else if (!(await updateDossier(tx, after, before.version))) {
    const cur = await tx.query<{
      version: number;
      state: Dossier["state"];
      status: Dossier["status"];
    }>("SELECT version, state, status FROM dossiers WHERE id = $1", [before.id]);
    throw staleVersion(before.code, before.version, cur.rows[0] ?? before);
  }
  if (hold) {
    // The events are written with the next change's, in one statement.
    hold.audits.push(auditEntry(after, c));
    hold.events.push(...c.events);
    return after;
  }
  const pending = held?.events ?? [];
  const first = (before?.eventSeq ?? 0) + 1 - pending.length;
  await insertEvents(tx, after, first, [...pending, ...c.events], actor);
  if (projectors.length) {
    // A held creation was never projected: the projectors see the dossier appear now.
    const beforeRecord = before && !held ? toRecord(before, prior) : null;
    const afterRecord = toRecord(after, [...prior, ...c.events]);
    const events = [...pending, ...c.events].map((e, i) => ({
      seq: first + i,
      type: e.type,
      data: e.data,
    }));
    const change = { dossier: after, created: !before || !!held, events };
    for (const p of projectors) await p(tx, beforeRecord, afterRecord, change);
  }
  const audits = [...(held?.audits ?? []), auditEntry(after, c)];
  if (opts.audits) opts.audits.push(...audits);
  else await recordAll(tx, actor, now, audits);
  return after;
}
