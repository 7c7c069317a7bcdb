// What the API shows of a dossier: the officer's view (personal data only in the detail, whose
// reading is audited). The public look-up is the accountability module's.

import type { Sql } from "../../platform/db.ts";
import { listDocuments } from "../documents/index.ts";
import { agencyShares } from "./agency-time.ts";
import { listPauses } from "./pauses.ts";
import type { WorkCalendar } from "./ports.ts";
import { type DossierAction, STATE_NAMES } from "./rules.ts";
import { listEvents, listSteps } from "./store.ts";
import { timeliness } from "./timeliness.ts";
import type { Dossier } from "./types.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function summaryView(d: Dossier, now: Date, actions: DossierAction[]) {
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
    // What this user may do now, from the policy (offer.ts): the page shows these buttons only.
    allowedActions: actions,
  };
}

export async function detailView(
  sql: Sql,
  d: Dossier,
  now: Date,
  actions: DossierAction[],
  cal: WorkCalendar,
) {
  const [events, steps, pauses, results, drafts] = await Promise.all([
    listEvents(sql, d.id),
    listSteps(sql, d.id),
    listPauses(sql, d.id),
    listDocuments(sql, d.id, "result"),
    listDocuments(sql, d.id, "draft_result"),
  ]);
  const doc = (x: (typeof results)[number]) => ({
    sha256: x.sha256,
    fileName: x.fileName,
    signer: x.signer,
    createdAt: x.createdAt.toISOString(),
  });
  return {
    ...summaryView(d, now, actions),
    /** Signed result documents; the one issued is `result.file`. */
    resultDocuments: results.map(doc),
    /** The handling officer's latest draft of the result, for the leader to read before approving. */
    draftResult: drafts.length ? doc(drafts[drafts.length - 1]) : null,
    applicant: d.applicant,
    formData: d.formData,
    secret: d.secret,
    /** Each agency's share of the time (inter-agency dossiers), against its steps' quotas. */
    agencyTime: agencyShares(d, steps, cal, now),
    steps: steps.map((s) => ({
      ...s,
      receivedAt: s.receivedAt.toISOString(),
      dueAt: s.dueAt.toISOString(),
      doneAt: iso(s.doneAt),
      acknowledgedAt: iso(s.acknowledgedAt ?? null),
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
