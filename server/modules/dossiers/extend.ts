// The new appointment of a late dossier, set once with the head's signed apology (Form 04):
// Decree 118/2025/NĐ-CP; dossier-lifecycle.md "Late dossiers". dueAt keeps the original
// appointment, which the service index (Decision 766, indicator 2.1) still judges against.
import type { Sql } from "../../platform/db.ts";
import { type AppError, badInput, conflict } from "../../platform/errors.ts";
import type { Actor } from "../identity/index.ts";
import { commit } from "./commit.ts";
import type { DossierDeps } from "./ports.ts";
import { getDossier } from "./store.ts";
import type { Dossier, Status } from "./types.ts";

export interface Extension {
  originalDueAt: Date;
  newDueAt: Date;
  reason: string;
  /** sha256 of the signed Form 04. */
  form04Sha256: string;
}

/** Received and not finished: the statuses whose appointment can still move. */
const OPEN: ReadonlySet<Status> = new Set([2, 4, 5, 6]);

export function alreadyExtended(code: string, at: Date): AppError {
  const iso = at.toISOString();
  return conflict(
    "dossiers.already_extended",
    {
      vi: `Hồ sơ ${code} đã được gia hạn một lần (hẹn mới ${iso}); thời hạn giải quyết chỉ được gia hạn một lần, không thể gia hạn lần thứ hai.`,
      en: `Dossier ${code} has already been extended once (new date ${iso}); the handling time may be extended only once, a second extension is refused.`,
    },
    { extendedDueAt: iso },
  );
}

/**
 * Records the new appointment once, as an "appointment-extended" event, in the caller's
 * transaction (commit: projection version +1, the event, the projectors, audit
 * "dossier.extended"). 409 dossiers.already_extended on a second call; 409 dossiers.not_open
 * when the dossier is not received or already finished.
 */
export async function extendAppointment(
  tx: Sql,
  actor: Actor,
  now: Date,
  deps: Pick<DossierDeps, "projectors">,
  code: string,
  ext: Extension,
): Promise<Dossier> {
  const d = await getDossier(tx, code);
  if (d.extendedDueAt) throw alreadyExtended(d.code, d.extendedDueAt);
  if (!d.dueAt || !OPEN.has(d.status))
    throw conflict("dossiers.not_open", {
      vi: `Hồ sơ ${d.code} chưa được tiếp nhận hoặc đã kết thúc: không có ngày hẹn trả để gia hạn.`,
      en: `Dossier ${d.code} is not received or already finished: there is no appointment to extend.`,
    });
  if (ext.newDueAt <= ext.originalDueAt)
    throw badInput(
      "dossiers.bad_new_date",
      "newDueAt",
      "hẹn mới phải sau ngày hẹn cũ",
      "the new date must follow the original appointment",
    );
  return commit(tx, actor, now, deps.projectors ?? [], {
    before: d,
    after: { ...d, extendedDueAt: ext.newDueAt },
    events: [
      {
        type: "appointment-extended",
        at: now,
        data: {
          originalDueAt: ext.originalDueAt.toISOString(),
          newDueAt: ext.newDueAt.toISOString(),
          reason: ext.reason,
          form: "04",
          sha256: ext.form04Sha256,
        },
      },
    ],
    audit: "dossier.extended",
    details: { newDueAt: ext.newDueAt.toISOString() },
  });
}
