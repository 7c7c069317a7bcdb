// Graceful stop of the HTTP server. The listening socket closes at once (no new connections);
// requests on open connections are answered, those arriving after the stop with
// `Connection: close` so their connection ends after them; connections left idle are closed once
// no request has been running for a moment (closing them at once, as http.Server's close does,
// would reset a request the client has just written); after `graceMs` whatever is still open (a
// live stream, a stuck client) is cut.
import type { Server } from "node:http";
import { Server as NetServer } from "node:net";

export interface Drainable {
  /** Stops accepting and resolves when every connection has ended. */
  drain(graceMs?: number, quietMs?: number): Promise<void>;
}

/** Counts the server's requests from its start, so a stop knows what is in flight. */
export function drainable(server: Server): Drainable {
  let active = 0;
  let lastEnd = 0;
  let stopping = false;
  server.prependListener("request", (_req, res) => {
    if (stopping && !res.headersSent) res.setHeader("connection", "close");
    active++;
    res.once("close", () => {
      active--;
      lastEnd = Date.now();
    });
  });
  return {
    drain(graceMs = 10_000, quietMs = 2_000) {
      stopping = true;
      lastEnd = Date.now();
      return new Promise((resolve) => {
        const sweep = setInterval(() => {
          if (active === 0 && Date.now() - lastEnd >= quietMs) server.closeIdleConnections();
        }, 50);
        const cut = setTimeout(() => server.closeAllConnections(), graceMs);
        NetServer.prototype.close.call(server, () => {
          clearInterval(sweep);
          clearTimeout(cut);
          resolve();
        });
      });
    },
  };
}
