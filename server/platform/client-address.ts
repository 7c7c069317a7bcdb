// The client's address: the socket's peer, unless that peer is one of the configured reverse
// proxies (MOTCUA_TRUSTED_PROXIES, none by default), in which case X-Forwarded-For is read from
// the right, skipping trusted hops. A forged header from anyone else is ignored.
import { BlockList, isIP } from "node:net";
import type { Ctx } from "./http.ts";

export class TrustedProxies {
  private readonly list = new BlockList();
  readonly empty: boolean;

  /** Addresses and CIDR ranges, comma-separated ("10.0.0.1, 10.1.0.0/16, ::1"). */
  constructor(spec: string) {
    const items = spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    for (const item of items) {
      const [addr, bits] = item.split("/");
      const family = isIP(addr) === 6 ? "ipv6" : "ipv4";
      if (!isIP(addr)) throw new Error(`MOTCUA_TRUSTED_PROXIES: "${item}" is not an address`);
      if (bits === undefined) this.list.addAddress(addr, family);
      else this.list.addSubnet(addr, Number(bits), family);
    }
    this.empty = items.length === 0;
  }

  has(addr: string): boolean {
    const plain = addr.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
    const family = isIP(plain);
    if (!family) return false;
    return this.list.check(plain, family === 6 ? "ipv6" : "ipv4");
  }
}

/**
 * In-process requests (no socket: tests, internal calls) cannot come from the network; their
 * forwarded header is taken as given.
 */
export function clientAddress(c: Ctx, trusted: TrustedProxies): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  const peer = env?.incoming?.socket?.remoteAddress;
  // Parsed only when it is read: most requests come straight from their peer (isIP is costly).
  const forwarded = () =>
    (c.req.header("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "" && isIP(s));
  if (peer === undefined) return forwarded()[0] ?? "unknown";
  if (trusted.empty || !trusted.has(peer)) return peer;
  const hops = forwarded();
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.has(hops[i])) return hops[i];
  return hops[0] ?? peer;
}
