// What the simulated portal holds: the highest revision of every dossier it was sent, the answers
// it gave per idempotency key, and counters that show whether a sender broke the protocol.
import { dossierRecord } from "../../../../shared/sync-record.ts";
import { FAULT_KINDS, type FaultCounts } from "./faults.ts";

export interface SyncAnswer {
  accepted: { code: string; revision: number }[];
  rejected: { code: string; revision: number; reason: string }[];
}

export interface Counters {
  batches: number;
  records: number;
  /** Records that raised a dossier's revision. */
  applied: number;
  /** A batch sent again with its key: answered from memory, nothing applied twice. */
  replayedBatches: number;
  /** The same revision of a dossier under a new key: delivered twice. */
  appliedTwice: number;
  /** A revision lower than one already held: order per dossier broken. */
  outOfOrder: number;
  rejected: number;
}

export class Holdings {
  readonly dossiers = new Map<string, { revision: number; status: number; at: string }>();
  private readonly answers = new Map<string, SyncAnswer>();
  readonly counters: Counters = {
    batches: 0,
    records: 0,
    applied: 0,
    replayedBatches: 0,
    appliedTwice: 0,
    outOfOrder: 0,
    rejected: 0,
  };
  /** Procedures the national database does not know: their records are refused. */
  readonly unknownProcedures = new Set<string>();
  /** How many dossiers still to refuse once, as a portal whose mapping is not yet complete. */
  refuseFirst = 0;
  private readonly refusedOnce = new Set<string>();
  /** Failures injected so far, by kind. */
  readonly injected = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as FaultCounts;
  readonly recent: { code: string; revision: number; status: number; at: string }[] = [];

  /** The stored answer of a batch already seen under this key. */
  replay(key: string): SyncAnswer | undefined {
    const a = this.answers.get(key);
    if (a) this.counters.replayedBatches++;
    return a;
  }

  apply(key: string, records: unknown[], at: Date): SyncAnswer {
    const answer: SyncAnswer = { accepted: [], rejected: [] };
    this.counters.batches++;
    for (const raw of records) {
      this.counters.records++;
      const r = raw as Record<string, unknown>;
      const code = typeof r.code === "string" ? r.code : "";
      const revision = Number.isInteger(r.revision) ? (r.revision as number) : 0;
      const reason = this.refusal(r);
      if (reason) {
        this.counters.rejected++;
        answer.rejected.push({ code, revision, reason });
        continue;
      }
      const held = this.dossiers.get(code);
      if (held && revision === held.revision) this.counters.appliedTwice++;
      else if (held && revision < held.revision) this.counters.outOfOrder++;
      else {
        const status = Number(r.status);
        this.dossiers.set(code, { revision, status, at: at.toISOString() });
        this.counters.applied++;
        this.recent.unshift({ code, revision, status, at: at.toISOString() });
        if (this.recent.length > 20) this.recent.pop();
      }
      answer.accepted.push({ code, revision });
    }
    this.answers.set(key, answer);
    return answer;
  }

  /** Why the portal refuses a record (in Vietnamese and English), or null. */
  private refusal(r: Record<string, unknown>): string | null {
    if (typeof r.code !== "string" || !Number.isInteger(r.revision) || (r.revision as number) < 1)
      return "Thiếu mã hồ sơ hoặc số hiệu bản ghi / missing code or revision";
    const { revision: _, ...rec } = r;
    const parsed = dossierRecord.safeParse(rec);
    if (!parsed.success) {
      const i = parsed.error.issues[0];
      return `Bản ghi không hợp lệ tại ${i.path.join(".")} / invalid record at ${i.path.join(".")}: ${i.message}`;
    }
    if (this.refuseFirst > 0 && !this.refusedOnce.has(parsed.data.code)) {
      this.refuseFirst--;
      this.refusedOnce.add(parsed.data.code);
      return `Mã TTHC ${parsed.data.procedure} chưa được ánh xạ với CSDL quốc gia / procedure ${parsed.data.procedure} is not mapped to the national database yet`;
    }
    if (this.unknownProcedures.has(parsed.data.procedure))
      return `Mã TTHC ${parsed.data.procedure} không có trong CSDL quốc gia / procedure ${parsed.data.procedure} is not in the national database`;
    return null;
  }
}
