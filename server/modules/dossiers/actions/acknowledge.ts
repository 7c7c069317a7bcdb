// Inter-agency hand-off (liên thông, Decree 118/2025/NĐ-CP): a step handed to another agency is
// acknowledged by that agency (who, when) before it handles it; until then it cannot be handed on.
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { AppError } from "../../../platform/errors.ts";
import type { Actor, SubtreeOf } from "../../identity/index.ts";
import { covers } from "../access.ts";
import { actorLabel, type OpenHandOff, openHandOff } from "../steps.ts";
import type { ActionDef } from "./context.ts";

/** The open step is another agency's and this actor may handle for that agency. */
export function mayAcknowledge(actor: Actor, subtreeOf: SubtreeOf, open: OpenHandOff | null) {
  return (
    open !== null &&
    open.acknowledgedAt === null &&
    covers(actor, "dossier.handle", subtreeOf, [open.agency])
  );
}

export const acknowledge: ActionDef<ActionBody<"acknowledge">> = {
  body: ACTION_BODIES.acknowledge,
  async apply(ctx, d, b) {
    const open = await openHandOff(ctx.tx, d);
    if (!mayAcknowledge(ctx.actor, ctx.tree.subtreeOf, open))
      throw new AppError("dossiers.nothing_to_acknowledge", "conflict", {
        vi: `Hồ sơ ${d.code} không có bước liên thông nào chờ đơn vị của bạn xác nhận đã nhận.`,
        en: `Dossier ${d.code} has no inter-agency step waiting for your agency to acknowledge.`,
      });
    const by = actorLabel(ctx.actor);
    await ctx.tx.query(
      "UPDATE dossier_steps SET acknowledged_at = $3, acknowledged_by = $4 WHERE dossier_id = $1 AND seq = $2",
      [d.id, open!.seq, ctx.now, by],
    );
    return {
      after: { ...d },
      events: [
        {
          type: "hand-off-acknowledged",
          at: ctx.now,
          data: { step: open!.stepIndex, agency: open!.agency, note: b.note ?? null },
        },
      ],
      audit: "dossier.hand_off_acknowledged",
      details: { agency: open!.agency },
    };
  },
};
