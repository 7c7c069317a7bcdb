// Graceful stop of the HTTP server. The listening socket closes after one more short window
// (`acceptMs`): connections the kernel has queued while the event loop was busy (the embedded
// store blocks it during a transaction) are accepted first, not reset with the socket. Requests
// on open connections are answered, those arriving after the stop with
// `Connection: close` so their connection ends after them; connections left idle are closed once
// no request has been running for a moment (closing them at once, as http.Server's close does,
// would reset a request the client has just written); after `graceMs` whatever is still open (a
// live stream, a stuck client) is cut.
import type { Server } from "node:http";
import { Server as NetServer } from "node:net";

export interface Drainable {
  /** Stops accepting and resolves when every connection has ended. */
  drain(graceMs?: number, quietMs?: number, acceptMs?: number): Promise<void>;
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
    drain(graceMs = 10_000, quietMs = 2_000, acceptMs = 250) {
      stopping = true;
      lastEnd = Date.now();
      return new Promise((resolve) => {
        const quiet = () => active === 0 && Date.now() - lastEnd >= quietMs;
        // Timers run before the event loop reads its sockets: after a long blocking task a request
        // may already wait unread on a connection that looks idle. Check again once the loop has
        // read what arrived (setImmediate runs after that phase), then close.
        const sweep = setInterval(() => {
          if (quiet()) setImmediate(() => quiet() && server.closeIdleConnections());
        }, 50);
        const cut = setTimeout(() => server.closeAllConnections(), graceMs);
        setTimeout(
          () =>
            NetServer.prototype.close.call(server, () => {
              clearInterval(sweep);
              clearTimeout(cut);
              resolve();
            }),
          acceptMs,
        );
      });
    },
  };
}
