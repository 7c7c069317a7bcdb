// A generated province's history as exchange records (shared/sync-record.ts): agencies,
// procedures and a year of dossiers with realistic lifecycles, deterministic for a seed. Used by
// the migration test, the import benchmark and `npx tsx scripts/history/write.ts DIR`.
// shape "spread": dossiers over the communes, procedures and working days of the year;
// "one-day": every dossier in one agency, one procedure and one day (the worst case for rollups).
import type {
  AgencyRecord,
  DossierEventType,
  DossierRecord,
  ProcedureRecord,
} from "../../shared/sync-record.ts";

export interface HistoryOptions {
  /** Province code, e.g. "T70". */
  province: string;
  communes: number;
  procedures: number;
  dossiers: number;
  /** First day (Vietnam) of the year of history. */
  from: string;
  shape: "spread" | "one-day";
  seed?: number;
}

export interface History {
  agencies: AgencyRecord[];
  procedures: ProcedureRecord[];
  dossiers: () => Generator<DossierRecord>;
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Vietnam time (UTC+7) as ISO 8601 with its offset. */
const vn = (ms: number) => `${new Date(ms + 7 * HOUR).toISOString().slice(0, 19)}+07:00`;

export function generateHistory(o: HistoryOptions): History {
  const P = o.province;
  const communes = Array.from({ length: o.communes }, (_, i) => `${P}.${101 + i}`);
  const agencies: AgencyRecord[] = [
    { code: P, name: `UBND tỉnh ${P}`, parent: null, level: "province" },
    ...communes.map(
      (code, i): AgencyRecord => ({
        code,
        name: `UBND xã Số ${i + 1}`,
        parent: P,
        level: "commune",
        ...(i % 3 === 0
          ? { bankAccount: { bin: "970415", number: `10${1000 + i}`, name: `UBND XA SO ${i + 1}` } }
          : {}),
      }),
    ),
  ];
  const procedures: ProcedureRecord[] = Array.from({ length: o.procedures }, (_, i) => {
    const days = [1, 3, 5, 10, 15][i % 5];
    const fee = i % 4 === 0 ? 0 : 10_000 * ((i % 5) + 1);
    return {
      code: `${P.slice(1)}.${String(100 + i).padStart(6, "0")}`,
      name: `Thủ tục số ${i + 1}`,
      field: ["Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng"][i % 4],
      agencies: communes,
      level: "commune",
      duration: { value: days, unit: "working-days" },
      onlineLevel: i % 3 === 2 ? "partial" : "full",
      fullOnlineEligible: i % 3 !== 2,
      fees: [{ name: "Lệ phí", amount: fee }],
      resultIsDocument: true,
      applicantTypes: ["citizen"],
      components: [{ name: "Tờ khai", required: true }],
      steps: [
        { name: "Tiếp nhận", role: "reception", hours: 2 },
        { name: "Xử lý", role: "handler", hours: Math.max(1, days * 8 - 2) },
      ],
      announcedAt: "2024-12-02",
      legalBasisEffectiveAt: "2025-01-01",
      publishedAt: "2024-12-05",
      method: ["counter", "online", "postal"],
      sets: 1,
      legalBasis: ["Luật Hộ tịch số 60/2014/QH13"],
      forms: ["Tờ khai"],
      announcement: { number: `${100 + i}/QĐ-UBND`, date: "2024-12-02" },
    };
  });
  const start = Date.parse(`${o.from}T00:00:00+07:00`);
  function* dossiers(): Generator<DossierRecord> {
    const r = rng(o.seed ?? 1);
    const seqs = new Map<string, number>();
    for (let n = 0; n < o.dossiers; n++) {
      const one = o.shape === "one-day";
      const agency = one ? communes[0] : communes[Math.floor(r() * communes.length)];
      const proc = one ? procedures[0] : procedures[Math.floor(r() * procedures.length)];
      // A working day of the year (Monday–Friday), between 7:30 and 16:30.
      let day = one ? 60 : Math.floor(r() * 365);
      while (new Date(start + day * DAY + 7 * HOUR).getUTCDay() % 6 === 0 && !one)
        day = (day + 1) % 365;
      const submitted = start + day * DAY + 7.5 * HOUR + Math.floor(r() * 9 * HOUR);
      yield dossier(n, agency, proc, submitted, r, seqs);
    }
  }
  return { agencies, procedures, dossiers };
}

function dossier(
  n: number,
  agency: string,
  proc: ProcedureRecord,
  submitted: number,
  r: () => number,
  seqs: Map<string, number>,
): DossierRecord {
  const day = vn(submitted).slice(2, 10).replaceAll("-", "");
  const key = `${agency}-${day}`;
  const seq = (seqs.get(key) ?? 0) + 1;
  seqs.set(key, seq);
  const channel = r() < 0.55 ? 2 : r() < 0.9 ? 1 : 3;
  const fee = proc.fees[0].amount > 0;
  const x = r();
  const refusedAtReception = x < 0.01;
  const received = refusedAtReception ? null : submitted + Math.floor(r() * 2 * HOUR);
  const days = proc.duration.value;
  const due = received === null ? null : received + Math.ceil(days * 1.4) * DAY;
  const events: { type: DossierEventType; at: number }[] = [];
  let status = 1;
  if (refusedAtReception) {
    events.push({ type: "refused", at: submitted + HOUR });
    status = 3;
  } else if (received !== null && due !== null) {
    events.push({ type: "received", at: received });
    let t = received;
    if (r() < 0.1) {
      t += Math.floor(r() * days * DAY * 0.5) + HOUR;
      events.push({ type: "supplement-requested", at: t });
      t += Math.floor(r() * 3 * DAY) + HOUR;
      events.push({ type: "supplement-completed", at: t });
    }
    if (fee && r() < 0.05) {
      t += HOUR;
      events.push({ type: "payment-requested", at: t });
    }
    const end = r();
    const late = r() < 0.07;
    const handled = late ? due + Math.floor(r() * 5 * DAY) + HOUR : t + Math.floor((due - t) * r());
    if (end < 0.004) events.push({ type: "withdrawn", at: t + HOUR });
    else if (end < 0.008) events.push({ type: "stopped", at: t + HOUR });
    else {
      events.push({ type: "handled", at: Math.max(handled, t + 60_000) });
      if (r() < 0.9)
        events.push({ type: "result-returned", at: Math.max(handled, t + 60_000) + 2 * HOUR });
    }
    const last = events[events.length - 1].type;
    status = { withdrawn: 7, stopped: 8, handled: 9, "result-returned": 10 }[last as string] ?? 4;
  }
  const handledOk = events.some((e) => e.type === "handled");
  const paidOnline = fee && channel === 2 && r() < 0.6 ? 1 : 0;
  return {
    code: `${key}-${String(seq).padStart(4, "0")}`,
    procedure: proc.code,
    agency,
    channel: channel as 1 | 2 | 3,
    submittedAt: vn(submitted),
    receivedAt: received === null ? null : vn(received),
    dueAt: due === null ? null : vn(due),
    status,
    events: events.map((e) => ({ type: e.type, at: vn(e.at) })),
    paidOnline: paidOnline as 0 | 1,
    fees: proc.fees.map((f) => ({ ...f })),
    components: [{ name: "Tờ khai", digitized: r() < 0.8 ? 1 : 0, fromPersonalStore: r() < 0.2 }],
    vneidVerified: channel === 2,
    populationDb: r() < 0.5,
    result: handledOk ? { code: `KQ-${n}`, file: `https://dvc.example/kq/${n}.pdf` } : null,
    resultPushedToPersonalStore: handledOk && r() < 0.3,
    syncedToPortal: r() < 0.95,
    fullOnline: handledOk && channel === 2 && proc.fullOnlineEligible && (!fee || paidOnline > 0),
    feedback: { complaint: r() < 0.01, reaction: r() < 0.1 ? "like" : null },
  };
}
