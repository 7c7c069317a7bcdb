// What the API shows of a dossier: the officer's view (personal data only in the detail, whose
// reading is audited). The public look-up is the accountability module's.

import type { Sql } from "../../platform/db.ts";
import { listPauses } from "./pauses.ts";
import { allowedActions, STATE_NAMES } from "./rules.ts";
import { listEvents, listSteps } from "./store.ts";
import { timeliness } from "./timeliness.ts";
import type { Dossier } from "./types.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function summaryView(d: Dossier, now: Date) {
  return {
    code: d.code,
    version: d.version,
    procedure: d.procedureCode,
    procedureVersion: d.procedureVersion,
    agency: d.agencyCode,
    receivingUnit: d.receivingUnit,
    channel: d.channel,
    status: d.status,
    state: d.state,
    stateName: STATE_NAMES[d.state],
    submittedAt: iso(d.submittedAt),
    receivedAt: iso(d.receivedAt),
    dueAt: iso(d.dueAt),
    extendedDueAt: iso(d.extendedDueAt),
    finishedAt: iso(d.finishedAt),
    timeliness: timeliness(d, now),
    pausedWorkingMinutes: d.pausedMinutes,
    currentStep: d.currentStep,
    supplementRequests: d.supplementRequests,
    paidOnline: d.paidOnline,
    vneidVerified: d.vneidVerified,
    populationDb: d.populationDb,
    syncedToPortal: d.syncedToPortal,
    fullOnline: d.fullOnline,
    result: d.result,
    resultPushedToPersonalStore: d.resultPushedToPersonalStore,
    components: d.components,
    fees: d.fees,
    allowedActions: allowedActions(d.state),
  };
}

export async function detailView(sql: Sql, d: Dossier, now: Date) {
  const [events, steps, pauses] = await Promise.all([
    listEvents(sql, d.id),
    listSteps(sql, d.id),
    listPauses(sql, d.id),
  ]);
  return {
    ...summaryView(d, now),
    applicant: d.applicant,
    formData: d.formData,
    secret: d.secret,
    steps: steps.map((s) => ({
      ...s,
      receivedAt: s.receivedAt.toISOString(),
      dueAt: s.dueAt.toISOString(),
      doneAt: iso(s.doneAt),
    })),
    pauses: pauses.map((p) => ({
      ...p,
      startedAt: p.startedAt.toISOString(),
      endedAt: iso(p.endedAt),
    })),
    events: events.map((e) => ({
      seq: e.seq,
      type: e.type,
      at: e.at.toISOString(),
      actor: e.actorName,
      data: e.data,
    })),
  };
}
