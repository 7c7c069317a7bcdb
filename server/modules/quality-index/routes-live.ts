// GET /api/index/stream: server-sent events. Sends the index at once ("index"), then again
// within about a second of any committed dossier change in the unit (the change feed polls
// every 300 ms), and a comment every 15 s to keep proxies from closing the connection.
import { streamSSE } from "hono/streaming";
import { streamQuery } from "../../../shared/contracts/quality-index.ts";
import type { Api } from "../../platform/http.ts";
import { StreamSlots } from "../../platform/stream-slots.ts";
import { actorOf, clientIp } from "../identity/index.ts";
import { readableUnit } from "./access.ts";
import type { QualityIndexDeps } from "./deps.ts";
import type { ChangeFeed } from "./live.ts";
import { runningPeriod } from "./periods.ts";
import { present } from "./schemas.ts";
import { indexOf, type ReadCtx } from "./service.ts";

export function liveRoute(api: Api, deps: QualityIndexDeps, ctx: ReadCtx, feed: ChangeFeed) {
  const slots = new StreamSlots();
  api.route(
    {
      method: "get",
      path: "/api/index/stream",
      summary: "Chỉ số trực tiếp (SSE) / Live index (server-sent events)",
      tag: "quality-index",
      auth: false,
      query: streamQuery,
      produces: ["text/event-stream"],
    },
    async (c, { query }) => {
      const { unit } = await readableUnit(c, deps, query.unit, { publicProvince: true });
      const period =
        query.from && query.to
          ? { from: query.from, to: query.to }
          : runningPeriod(deps.clock.now());
      const mine = new Set(unit.agencies);
      const actor = actorOf(c);
      const release = slots.acquire(actor.userId ? `user:${actor.userId}` : `ip:${clientIp(c)}`);
      return streamSSE(c, async (stream) => {
        stream.onAbort(release);
        let seq = 0;
        let busy = false;
        let again = false;
        const send = async () => {
          if (busy) {
            again = true;
            return;
          }
          busy = true;
          try {
            do {
              again = false;
              const idx = present(await indexOf(ctx, unit, period), unit);
              if (!stream.aborted)
                await stream.writeSSE({
                  event: "index",
                  id: String(++seq),
                  data: JSON.stringify(idx),
                });
            } while (again && !stream.aborted);
          } catch (err) {
            deps.log.warn({ err }, "index stream");
          } finally {
            busy = false;
          }
        };
        const stop = await feed.subscribe((changed) => {
          for (const a of changed) if (mine.has(a)) return void send();
        });
        const closed = new Promise<void>((resolve) => stream.onAbort(resolve));
        await send();
        while (!stream.aborted) {
          await Promise.race([stream.sleep(15_000), closed]);
          if (!stream.aborted) await stream.write(": ping\n\n");
        }
        stop();
        release();
      });
    },
  );
}
