// Adapter to the dossiers module: the facts feedback needs about one dossier, read through the
// dossiers module's index (the dossier, its events and its hand-overs).
import type { Sql } from "../../platform/db.ts";
import { findDossier, listEvents, listSteps } from "../dossiers/index.ts";
import type { DossierFacts, DossierLookup, Officer } from "./deps.ts";

export const dossierFacts: DossierLookup = async (
  sql: Sql,
  code: string,
): Promise<DossierFacts | null> => {
  const d = await findDossier(sql, code);
  if (!d) return null;
  const events = await listEvents(sql, d.id);
  const steps = await listSteps(sql, d.id);
  // The officer who received it (for the receiving unit) and each step's assignee (for the step's agency).
  const officers = new Map<string, Officer>();
  const add = (o: Officer) => officers.set(`${o.id}|${o.agencyCode}`, o);
  for (const e of events)
    if (e.type === "received" && e.actorId)
      add({ id: e.actorId, name: e.actorName, agencyCode: d.receivingUnit });
  for (const s of steps)
    if (s.assigneeId)
      add({
        id: s.assigneeId,
        name: s.assigneeName ?? s.assigneeId,
        agencyCode: s.agencyCode ?? d.agencyCode,
      });
  // An online dossier (channel 2) submitted by a signed-in user belongs to that user.
  const submitted = d.channel === 2 ? events.find((e) => e.type === "submitted") : undefined;
  return {
    code: d.code,
    agencyCode: d.agencyCode,
    receivingUnit: d.receivingUnit,
    status: d.status,
    secret: d.secret,
    applicantUserId: submitted?.actorId ?? null,
    officers: [...officers.values()],
  };
};
