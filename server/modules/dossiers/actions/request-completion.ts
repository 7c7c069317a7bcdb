// Incomplete at reception: not received; ONE complete written list of what to add (Form 02,
// Decree 118/2025/NĐ-CP Art. 15(2)): the missing required components plus the officer's items.
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { AppError } from "../../../platform/errors.ts";
import { completionItems, missingComponents } from "../completeness.ts";
import type { ActionDef } from "./context.ts";

export const requestCompletion: ActionDef<ActionBody<"request-completion">> = {
  body: ACTION_BODIES["request-completion"],
  async apply(ctx, d, b) {
    if (d.completionRequests > 0)
      throw new AppError("dossiers.completion_already_requested", "conflict", {
        vi: `Hồ sơ ${d.code} đã được yêu cầu bổ sung, hoàn thiện một lần; yêu cầu phải là một danh sách đầy đủ, không yêu cầu nhiều lần.`,
        en: `Dossier ${d.code} was already asked to complete; the request must be one complete list, never repeated.`,
      });
    const proc = await ctx.procedure(d);
    const items = completionItems(missingComponents(proc, d.components), b.items);
    if (!items.length)
      throw new AppError("dossiers.nothing_missing", "unprocessable", {
        vi: `Hồ sơ ${d.code} đủ thành phần bắt buộc: hãy tiếp nhận, hoặc nêu rõ nội dung cần bổ sung (items).`,
        en: `Dossier ${d.code} has every required component: receive it, or list what must be added (items).`,
      });
    return {
      after: {
        ...d,
        state: "completion-requested",
        status: 1,
        completionRequests: d.completionRequests + 1,
      },
      events: [
        { type: "completion-requested", at: ctx.now, data: { items, note: b.note ?? null } },
      ],
      audit: "dossier.completion_requested",
      details: { items },
      form: "02",
    };
  },
};
