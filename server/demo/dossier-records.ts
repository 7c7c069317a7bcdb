// The planned dossiers that are not replayed through the actions, as exchange records
// (docs/rules/sync-record.md) for the import: codes follow each receiving unit's daily sequence,
// after the numbers the replayed intakes already took.
import type { DossierRecord } from "../../shared/sync-record.ts";
import { parseCode, vnDate, vnIso } from "../modules/dossiers/index.ts";
import type { PlannedDossier } from "./dossier-plan.ts";

/** Codes {unit}-{yyMMdd}-{NNNN} in submission order, continuing each unit's day after `taken`. */
export function assignCodes(plans: PlannedDossier[], taken: readonly string[]): string[] {
  const last = new Map<string, number>();
  for (const c of taken) {
    const p = parseCode(c);
    if (!p) continue;
    const k = `${p.unit}|${p.day}`;
    last.set(k, Math.max(last.get(k) ?? 0, p.seq));
  }
  return plans.map((p) => {
    const day = vnDate(p.submittedAt);
    const k = `${p.unit}|${day}`;
    const seq = (last.get(k) ?? 0) + 1;
    last.set(k, seq);
    return `${p.unit}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(seq).padStart(4, "0")}`;
  });
}

export function toDossierRecord(p: PlannedDossier, code: string): DossierRecord {
  return {
    code,
    procedure: p.procedure.code,
    agency: p.agency,
    channel: p.channel,
    submittedAt: vnIso(p.submittedAt),
    receivedAt: p.receivedAt ? vnIso(p.receivedAt) : null,
    dueAt: p.dueAt ? vnIso(p.dueAt) : null,
    status: p.status,
    events: p.events.map((e) => ({ type: e.type, at: vnIso(e.at) })),
    paidOnline: p.paidOnline,
    fees: p.procedure.fees.map((f) => ({ name: f.name, amount: f.amount })),
    components: p.components,
    vneidVerified: p.vneidVerified,
    populationDb: p.populationDb,
    result: p.result,
    resultPushedToPersonalStore: p.resultPushedToPersonalStore,
    syncedToPortal: p.syncedToPortal,
    fullOnline: p.fullOnline,
    feedback: p.feedback,
  };
}
