// Supplement request during handling (Decree 118/2025/NĐ-CP Art. 17): the clock pauses until the
// applicant supplies it. A second request makes the dossier late in the Decision 766/QĐ-TTg index
// (indicator 2.1), so it needs an explicit confirmation.
import { z } from "zod";
import { AppError } from "../../../platform/errors.ts";
import { startPause } from "../pauses.ts";
import type { ActionDef } from "./context.ts";

const body = z
  .object({
    items: z.array(z.string().trim().min(1).max(500)).min(1).max(100),
    reason: z.string().trim().min(3).max(2000),
    /** Required from the second request on: the dossier will count as late. */
    confirmSecondRequest: z.boolean().optional(),
  })
  .strict();

const LATE_WARNING = {
  vi: "Đây là lần yêu cầu bổ sung thứ hai trở lên: hồ sơ sẽ bị tính là trễ hạn trong Bộ chỉ số phục vụ (Quyết định 766/QĐ-TTg, chỉ số 2.1).",
  en: "This is a second (or later) supplement request: the dossier will count as late in the service index (Decision 766/QĐ-TTg, indicator 2.1).",
};

export const requestSupplement: ActionDef<z.infer<typeof body>> = {
  body,
  async apply(ctx, d, b) {
    const n = d.supplementRequests + 1;
    if (n > 1 && b.confirmSecondRequest !== true)
      throw new AppError(
        "dossiers.second_supplement_needs_confirmation",
        "unprocessable",
        {
          vi: `Hồ sơ ${d.code} đã được yêu cầu bổ sung ${d.supplementRequests} lần. ${LATE_WARNING.vi} Gửi lại với "confirmSecondRequest": true nếu vẫn yêu cầu.`,
          en: `Dossier ${d.code} was already asked for a supplement ${d.supplementRequests} time(s). ${LATE_WARNING.en} Send again with "confirmSecondRequest": true to go ahead.`,
        },
        { extra: { supplementRequests: d.supplementRequests, countsAsLate: true } },
      );
    await startPause(ctx.tx, d, "supplement", ctx.now);
    return {
      after: {
        ...d,
        state: "supplement-requested",
        status: 5,
        resumeState: d.state,
        supplementRequests: n,
      },
      events: [
        {
          type: "supplement-requested",
          at: ctx.now,
          data: { request: n, items: b.items, reason: b.reason, countsAsLate: n > 1 },
        },
      ],
      audit: "dossier.supplement_requested",
      details: { request: n, countsAsLate: n > 1 },
      ...(n > 1 ? { warning: LATE_WARNING } : {}),
    };
  },
};
