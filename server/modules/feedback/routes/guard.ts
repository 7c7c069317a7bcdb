// Per-client limits for the public endpoints (submissions, secret checks).
import type { Clock } from "../../../platform/clock.ts";
import type { Ctx } from "../../../platform/http.ts";
import { RateLimiter } from "../../../platform/rate-limit.ts";
import { clientIp } from "../../identity/index.ts";
import type { FeedbackOptions } from "../deps.ts";
import { tooMany } from "../errors.ts";

export function publicGuards(clock: Clock, o: FeedbackOptions) {
  const submissions = new RateLimiter(o.submitLimit.count, o.submitLimit.windowMs);
  const lookups = new RateLimiter(o.lookupPerMinute, 60_000);
  // One reaction per client and published answer a day.
  const reactions = new RateLimiter(1, 86_400_000);
  const now = () => clock.now().getTime();
  return {
    submit(c: Ctx) {
      if (!submissions.hit(clientIp(c), now()))
        throw tooMany({ vi: "gửi phản ánh, kiến nghị", en: "complaint submission" });
    },
    lookup(c: Ctx) {
      if (!lookups.hit(clientIp(c), now()))
        throw tooMany({ vi: "tra cứu bằng mã bí mật", en: "look-up" });
    },
    react(c: Ctx, code: string) {
      if (!reactions.hit(`${clientIp(c)}|${code}`, now()))
        throw tooMany({ vi: "bày tỏ thích/không thích", en: "like/dislike" });
    },
  };
}
export type PublicGuards = ReturnType<typeof publicGuards>;
