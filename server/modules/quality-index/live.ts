// Live dashboards: one poller per process reads qi_change_marks every 300 ms (a few hundred
// rows) while someone listens, and tells each listener which agencies changed. Polling the
// table, not an in-process event, lets any process (server, worker, CLI import) change dossiers
// and still reach the dashboards of every server process; a change reaches them once committed.
import type { Sql } from "../../platform/db.ts";
import { readMarks } from "./read-model.ts";

export type ChangeListener = (agencies: Set<string>) => void;

export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private seen: Map<string, number> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running = false;
  private ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly sql: Sql,
    readonly intervalMs = 300,
    private readonly onError: (e: unknown) => void = () => {},
  ) {}

  /**
   * Starts listening; resolves, once the marks seen so far are read, to the function that stops.
   * Read the figures after it resolves: a change committed later is then always reported.
   */
  async subscribe(fn: ChangeListener): Promise<() => void> {
    this.listeners.add(fn);
    if (!this.running) {
      this.running = true;
      this.ready = this.poll(false);
    }
    await this.ready;
    return () => {
      this.listeners.delete(fn);
      if (this.listeners.size === 0) this.stop();
    };
  }

  stop(): void {
    this.running = false;
    this.seen = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => void this.poll(), ms);
    this.timer.unref?.();
  }

  private async poll(again = true): Promise<void> {
    try {
      const marks = await readMarks(this.sql);
      if (this.seen) {
        const changed = new Set<string>();
        for (const [a, s] of marks) if (this.seen.get(a) !== s) changed.add(a);
        if (changed.size) for (const fn of [...this.listeners]) fn(changed);
      }
      if (this.running) this.seen = marks;
    } catch (e) {
      this.onError(e);
    }
    if (this.running && (again || !this.timer)) this.schedule(this.intervalMs);
  }
}
