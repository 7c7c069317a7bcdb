// Sign-in throttling without lock-outs (OWASP ASVS 2.2.1; NIST SP 800-63B §5.2.2). A hard lock
// after N wrong passwords lets anyone lock any officer out by typing their username, so instead:
//  - one address and one username: after 5 failures in a row, that address waits before it may
//    try that username again (30 s, doubling, at most 15 min); its attempts meanwhile are refused
//    unchecked, with the same answer as a wrong password;
//  - one username from every address: past 20 failures in 15 minutes, each attempt is slowed by
//    one second before the password is checked; the right password still signs in.
// Unknown and known usernames are counted alike, so the answers never reveal which exist.
export const THROTTLE = {
  pairFreeFailures: 5,
  pairFirstWaitMs: 30_000,
  pairMaxWaitMs: 15 * 60_000,
  userWindowMs: 15 * 60_000,
  userFreeFailures: 20,
  userDelayMs: 1_000,
  maxEntries: 100_000,
};

type Pair = { failures: number; until: number };
type UserWindow = { start: number; failures: number };

export class SignInThrottle {
  private readonly pairs = new Map<string, Pair>();
  private readonly users = new Map<string, UserWindow>();

  constructor(private readonly sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))) {}

  /** false: the address must wait before trying this username again (answer as a wrong password). */
  mayTry(username: string, address: string, now: number): boolean {
    const p = this.pairs.get(`${username}\u0001${address}`);
    return !p || p.until <= now;
  }

  /** The slowdown a username's attempts get while it is under a wide attack, waited here. */
  async slowDown(username: string, now: number): Promise<void> {
    const w = this.users.get(username);
    if (w && now - w.start < THROTTLE.userWindowMs && w.failures >= THROTTLE.userFreeFailures)
      await this.sleep(THROTTLE.userDelayMs);
  }

  failed(username: string, address: string, now: number): void {
    const key = `${username}\u0001${address}`;
    const p = this.pairs.get(key) ?? { failures: 0, until: 0 };
    p.failures++;
    if (p.failures >= THROTTLE.pairFreeFailures) {
      const wait = THROTTLE.pairFirstWaitMs * 2 ** (p.failures - THROTTLE.pairFreeFailures);
      p.until = now + Math.min(wait, THROTTLE.pairMaxWaitMs);
    }
    this.pairs.set(key, p);
    const w = this.users.get(username);
    if (!w || now - w.start >= THROTTLE.userWindowMs)
      this.users.set(username, { start: now, failures: 1 });
    else w.failures++;
    if (this.pairs.size > THROTTLE.maxEntries) this.sweep(now);
  }

  succeeded(username: string, address: string): void {
    this.pairs.delete(`${username}\u0001${address}`);
  }

  private sweep(now: number) {
    for (const [k, p] of this.pairs) if (p.until <= now) this.pairs.delete(k);
    for (const [k, w] of this.users)
      if (now - w.start >= THROTTLE.userWindowMs) this.users.delete(k);
  }
}
