// Live streams (server-sent events) hold a connection each: at most a few per user or address and
// a ceiling for the process, so no client can exhaust the server's connections.
import { AppError } from "./errors.ts";

export const STREAM_LIMITS = { perClient: 4, total: 500 };

export class StreamSlots {
  private readonly held = new Map<string, number>();
  private count = 0;

  constructor(
    private readonly perClient = STREAM_LIMITS.perClient,
    private readonly total = STREAM_LIMITS.total,
  ) {}

  /** Takes a slot for the client, or throws 429; the returned function gives it back (once). */
  acquire(client: string): () => void {
    const mine = this.held.get(client) ?? 0;
    if (mine >= this.perClient || this.count >= this.total)
      throw new AppError(
        "http.too_many_streams",
        "rate_limited",
        {
          vi: `Đã mở quá nhiều kết nối trực tiếp (tối đa ${this.perClient} mỗi người dùng). Hãy đóng bớt thẻ trình duyệt.`,
          en: `Too many live connections open (at most ${this.perClient} per user). Close some browser tabs.`,
        },
        { extra: { limit: this.perClient } },
      );
    this.held.set(client, mine + 1);
    this.count++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.count--;
      const n = (this.held.get(client) ?? 1) - 1;
      if (n <= 0) this.held.delete(client);
      else this.held.set(client, n);
    };
  }

  open(client: string): number {
    return this.held.get(client) ?? 0;
  }
}
