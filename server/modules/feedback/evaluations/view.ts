import { BANDS } from "./criteria.ts";
import type { Evaluation } from "./store.ts";

export function evaluationView(e: Evaluation, now: Date) {
  return {
    dossierCode: e.dossierCode,
    agencyCode: e.agencyCode,
    receivingUnit: e.receivingUnit,
    scores: e.scores,
    total: e.total,
    band: e.band,
    bandName: BANDS.find((b) => b.id === e.band)!.name,
    convenience: e.convenience,
    overall: e.overall,
    reaction: e.reaction,
    comment: e.comment,
    via: e.via,
    byName: e.byName,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
    editableUntil: e.editableUntil.toISOString(),
    editable: now.getTime() <= e.editableUntil.getTime(),
    edits: e.edits,
  };
}
