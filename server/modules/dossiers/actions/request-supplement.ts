// Supplement request during handling (Decree 118/2025/NĐ-CP Art. 17): the clock pauses until the
// applicant supplies it, and the applicant gets it in writing (Form 02, Circular 03/2025/TT-VPCP)
// with its reasons. A second request makes the dossier late in the Decision 766/QĐ-TTg index
// (indicator 2.1): it needs its own reason and the agency leader's approval — the leader sends it.
import { ACTION_BODIES, type ActionBody } from "../../../../shared/contracts/dossier-actions.ts";
import { AppError } from "../../../platform/errors.ts";
import { covers } from "../access.ts";
import { uniqueItems } from "../completeness.ts";
import { startPause } from "../pauses.ts";
import type { ActionDef } from "./context.ts";

const LATE_WARNING = {
  vi: "Đây là lần yêu cầu bổ sung thứ hai trở lên: hồ sơ sẽ bị tính là trễ hạn trong Bộ chỉ số phục vụ (Quyết định 766/QĐ-TTg, chỉ số 2.1).",
  en: "This is a second (or later) supplement request: the dossier will count as late in the service index (Decision 766/QĐ-TTg, indicator 2.1).",
};

export const requestSupplement: ActionDef<ActionBody<"request-supplement">> = {
  body: ACTION_BODIES["request-supplement"],
  async apply(ctx, d, b) {
    const n = d.supplementRequests + 1;
    const items = uniqueItems(b.items);
    if (n > 1) {
      if (b.confirmSecondRequest !== true)
        throw new AppError(
          "dossiers.second_supplement_needs_confirmation",
          "unprocessable",
          {
            vi: `Hồ sơ ${d.code} đã được yêu cầu bổ sung ${d.supplementRequests} lần. ${LATE_WARNING.vi} Gửi lại với "confirmSecondRequest": true nếu vẫn yêu cầu.`,
            en: `Dossier ${d.code} was already asked for a supplement ${d.supplementRequests} time(s). ${LATE_WARNING.en} Send again with "confirmSecondRequest": true to go ahead.`,
          },
          { extra: { supplementRequests: d.supplementRequests, countsAsLate: true } },
        );
      if (!b.repeatReason)
        throw new AppError(
          "dossiers.second_supplement_needs_reason",
          "bad_input",
          {
            vi: `Yêu cầu bổ sung lần ${n} đối với hồ sơ ${d.code} phải nêu lý do vì sao lần trước chưa yêu cầu các nội dung này (repeatReason).`,
            en: `Supplement request no. ${n} on dossier ${d.code} must state why the earlier request did not ask for this (repeatReason).`,
          },
          {
            issues: [
              {
                field: "repeatReason",
                vi: "cần lý do yêu cầu bổ sung lần nữa",
                en: "a reason for asking again is required",
              },
            ],
          },
        );
      if (!covers(ctx.actor, "dossier.approve", ctx.tree.subtreeOf, [d.agencyCode]))
        throw new AppError("dossiers.second_supplement_needs_leader", "forbidden", {
          vi: `Yêu cầu bổ sung lần ${n} đối với hồ sơ ${d.code} cần lãnh đạo cơ quan phê duyệt: lãnh đạo xem lý do và gửi yêu cầu.`,
          en: `Supplement request no. ${n} on dossier ${d.code} needs the agency leader's approval: the leader reviews the reason and sends the request.`,
        });
    }
    await startPause(ctx.tx, d, "supplement", ctx.now);
    const approvedBy = n > 1 ? ctx.actor.fullName || ctx.actor.username : null;
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
          data: {
            request: n,
            items,
            reason: b.reason,
            countsAsLate: n > 1,
            ...(n > 1 ? { repeatReason: b.repeatReason, approvedBy } : {}),
          },
        },
      ],
      audit: "dossier.supplement_requested",
      details: { request: n, countsAsLate: n > 1, ...(n > 1 ? { approvedBy } : {}) },
      form: "02",
      ...(n > 1 ? { warning: LATE_WARNING } : {}),
    };
  },
};
