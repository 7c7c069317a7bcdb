// Publicity (dossier-lifecycle.md): the status of a dossier for the holder of its code and the
// secret printed on the receipt — nothing personal — and each agency's public figures.
import { timingSafeEqual } from "node:crypto";
import type { Sql } from "../../platform/db.ts";
import { notFound } from "../../platform/errors.ts";
import { findDossier, listEvents, listSteps, STATE_NAMES } from "../dossiers/index.ts";
import type { AgencyTree } from "../identity/index.ts";
import { vnPeriod } from "./compliance.ts";
import { type AccountabilityDeps, procedureName } from "./deps.ts";
import { findExplanation } from "./explanations.ts";
import { LATE_SQL } from "./facts.ts";
import { publicSteps } from "./public-steps.ts";

/** One answer for an unknown code and a wrong secret: nothing tells them apart. */
export function lookupNotFound() {
  return notFound("accountability.lookup_not_found", {
    vi: "Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu đã nhập. Hãy kiểm tra lại hai mã trên giấy tiếp nhận.",
    en: "No dossier matches this dossier code and look-up code. Check both codes on your receipt.",
  });
}

function sameSecret(stored: string, given: string): boolean {
  const a = Buffer.from(stored.padEnd(40, "\0"));
  const b = Buffer.from(given.trim().toUpperCase().padEnd(40, "\0"));
  // Padded to a fixed length and compared in constant time (an unknown code compares too).
  return a.length === b.length && timingSafeEqual(a, b) && stored.length > 0;
}

/** The dossier when code and secret match, otherwise null (never says which was wrong). */
export async function matchDossier(sql: Sql, code: string, secret: string) {
  const d = await findDossier(sql, code);
  const ok = sameSecret(d?.secret ?? "", secret.slice(0, 40));
  return d && ok ? d : null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function publicStatus(
  deps: AccountabilityDeps,
  tree: AgencyTree,
  code: string,
  secret: string,
) {
  const d = await matchDossier(deps.db, code, secret);
  if (!d) throw lookupNotFound();
  const x = await findExplanation(deps.db, d.id);
  const signed = x?.status === "signed" ? x : null;
  const unit = tree.byCode.get(d.receivingUnit);
  const [events, steps] = await Promise.all([listEvents(deps.db, d.id), listSteps(deps.db, d.id)]);
  return {
    code: d.code,
    procedure: {
      code: d.procedureCode,
      name: await procedureName(deps, deps.db, d.procedureCode, d.procedureVersion),
    },
    receivingUnit: { code: d.receivingUnit, name: unit?.name ?? d.receivingUnit },
    /** The agency competent to decide (where the dossier is handled). */
    agency: { code: d.agencyCode, name: tree.byCode.get(d.agencyCode)?.name ?? d.agencyCode },
    /** The steps done so far, in plain words. */
    steps: publicSteps(events, steps),
    submittedAt: iso(d.submittedAt),
    receivedAt: iso(d.receivedAt),
    appointmentAt: iso(d.dueAt),
    newAppointmentAt: iso(d.extendedDueAt ?? signed?.newDueAt ?? null),
    status: d.status,
    statusName: STATE_NAMES[d.state],
    resultReady: d.status === 9 || d.status === 10,
    resultReturned: d.status === 10,
    finishedAt: iso(d.finishedAt),
    apology: signed
      ? {
          signedAt: iso(signed.signedAt),
          download: `/api/public/dossiers/${encodeURIComponent(d.code)}/apology.pdf`,
        }
      : null,
  };
}

/** Public figures of an agency (and everything below it) for dossiers finished in the period. */
export async function agencyFigures(
  deps: AccountabilityDeps,
  q: { agencies: string[]; from: string; to: string; now: Date },
) {
  const [start, end] = vnPeriod(q.from, q.to);
  const r = await deps.db.query<{ finished: number; late: number; late_apology: number }>(
    `SELECT count(*)::int AS finished,
            count(*) FILTER (WHERE ${LATE_SQL(4)})::int AS late,
            count(*) FILTER (WHERE ${LATE_SQL(4)} AND e.status = 'signed')::int AS late_apology
       FROM acc_dossiers a LEFT JOIN late_explanations e ON e.dossier_id = a.dossier_id
      WHERE a.agency_code = ANY($1::text[]) AND a.received_at IS NOT NULL
        AND a.status IN (3, 7, 8, 9, 10) AND a.end_at >= $2 AND a.end_at < $3`,
    [q.agencies, start, end, q.now],
  );
  const f = r.rows[0] ?? { finished: 0, late: 0, late_apology: 0 };
  const evaluation = deps.evaluationAverage
    ? await deps.evaluationAverage(deps.db, { agencies: q.agencies, from: q.from, to: q.to })
    : null;
  return {
    from: q.from,
    to: q.to,
    finished: f.finished,
    onTime: f.finished - f.late,
    late: f.late,
    lateWithApology: f.late_apology,
    onTimeRate: f.finished ? Math.round(((f.finished - f.late) / f.finished) * 10000) / 100 : null,
    evaluation,
  };
}
