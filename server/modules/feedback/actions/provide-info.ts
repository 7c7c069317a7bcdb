// The complainant answers the latest request for more information.
import type { Actor } from "../../identity/index.ts";
import { asComplainant } from "../complaints/complainant.ts";
import type { FeedbackContext } from "../deps.ts";

export async function provideInfo(
  ctx: FeedbackContext,
  actor: Actor,
  code: string,
  b: { secret: string; text: string },
) {
  const r = await asComplainant(ctx, actor, code, b.secret, "provide-info", async ({ c, now }) => {
    const last = c.infoRequests[c.infoRequests.length - 1];
    c.infoRequests = [
      ...c.infoRequests.slice(0, -1),
      { ...last, answeredAt: now.toISOString(), answer: b.text },
    ];
    return { details: { request: c.infoRequests.length }, out: null };
  });
  return r.complaint;
}
