// Acknowledged means kept: rounds of counter intakes over HTTP against the real server, each
// round ended by SIGKILL while requests are in flight; then every dossier the server acknowledged
// must be in the store, as sent, with its audit record, no code given twice, the audit chain whole.
import { verifyChain } from "../../server/modules/audit/index.ts";
import type { Db } from "../../server/platform/db.ts";
import { intake, signIn } from "./http-client.ts";
import { COMMUNES, intakeBody } from "./province.ts";
import { kill, startServe } from "./server-process.ts";

export interface CrashOptions {
  /** Arguments and environment of `motcua serve` (the store: --data DIR or DATABASE_URL). */
  serveArgs: string[];
  env: Record<string, string | undefined>;
  rounds: number;
  clients: number;
  /** Kill after a random time in [min, max] ms from the round's first acknowledged intake. */
  killAfterMs: [number, number];
  say?: (line: string) => void;
}

export interface Acknowledged {
  code: string;
  address: string;
}

/** Runs the rounds; returns what the server acknowledged. `db` opens the store to read bodies. */
export async function crashRounds(db: () => Promise<Db>, o: CrashOptions): Promise<Acknowledged[]> {
  const store = await db();
  const template = await intakeBody(store, 1, COMMUNES[0]);
  await store.close();
  const acked: Acknowledged[] = [];
  let n = 0;
  for (let round = 1; round <= o.rounds; round++) {
    const server = await startServe(o.serveArgs, o.env);
    const session = await signIn(server.url);
    let stopped = false;
    let firstAck: () => void = () => {};
    const first = new Promise<void>((r) => {
      firstAck = r;
    });
    const before = acked.length;
    const loops = Array.from({ length: o.clients }, async () => {
      while (!stopped) {
        const i = ++n;
        const commune = COMMUNES[i % COMMUNES.length];
        const address = `Số ${i}, Đường Kiểm Thử, Xã ${commune}`;
        const body = {
          ...template,
          receivingUnit: commune,
          agency: commune,
          applicant: { ...template.applicant, communeCode: commune, address },
        };
        const code = await intake(session, body);
        if (code && !stopped) {
          acked.push({ code, address });
          firstAck();
        } else if (code) acked.push({ code, address }); // answered just before the kill landed
      }
    });
    const noAck = setTimeout(() => {
      stopped = true;
      firstAck();
    }, 60_000);
    await first;
    clearTimeout(noAck);
    if (acked.length === before) {
      await kill(server);
      await Promise.all(loops);
      throw new Error(
        `no intake acknowledged in 60 s (${session.lastRefusal}):\n${server.output()}`,
      );
    }
    const [min, max] = o.killAfterMs;
    await new Promise((r) => setTimeout(r, min + Math.random() * (max - min)));
    await kill(server);
    stopped = true;
    await Promise.all(loops);
    o.say?.(`round ${round}: ${acked.length - before} acknowledged, then SIGKILL`);
  }
  return acked;
}

export interface CrashVerdict {
  acknowledged: number;
  missing: string[];
  altered: string[];
  withoutAudit: string[];
  givenTwice: string[];
  chain: Awaited<ReturnType<typeof verifyChain>>;
}

/** Checks the store against what was acknowledged. */
export async function verifyAcknowledged(db: Db, acked: Acknowledged[]): Promise<CrashVerdict> {
  const seen = new Set<string>();
  const givenTwice = acked.filter((a) => seen.has(a.code) || !seen.add(a.code)).map((a) => a.code);
  const codes = acked.map((a) => a.code);
  const stored = await db.query<{ code: string; address: string | null }>(
    "SELECT code, applicant->>'address' AS address FROM dossiers WHERE code = ANY($1::text[])",
    [codes],
  );
  const byCode = new Map(stored.rows.map((r) => [r.code, r.address]));
  const audited = await db.query<{ subject_id: string }>(
    `SELECT DISTINCT subject_id FROM audit_log
      WHERE subject_type = 'dossier' AND subject_id = ANY($1::text[])`,
    [codes],
  );
  const withAudit = new Set(audited.rows.map((r) => r.subject_id));
  return {
    acknowledged: acked.length,
    missing: codes.filter((c) => !byCode.has(c)),
    altered: acked
      .filter((a) => byCode.has(a.code) && byCode.get(a.code) !== a.address)
      .map((a) => a.code),
    withoutAudit: codes.filter((c) => !withAudit.has(c)),
    givenTwice,
    chain: await verifyChain(db),
  };
}
