// What the applicant keeps after submitting online: the dossier code, the look-up secret, the
// expected appointment and what happens next. The appointment is fixed at reception (Decree
// 118/2025/NĐ-CP Art. 15); until then the expected date is the procedure's legal time counted
// from the submission on the receiving unit's working calendar (calendar.md).
import { amountDue } from "./online-payment.ts";
import type { DossierDeps } from "./ports.ts";
import type { Dossier } from "./types.ts";

export interface SubmissionConfirmation {
  code: string;
  secret: string;
  status: number;
  submittedAt: string;
  /** Expected appointment if received at submission; the agency confirms it at reception. */
  expectedDueAt: string | null;
  /** The fees still to pay (0 when none or paid). */
  amountDue: number;
}

export async function submissionConfirmation(
  deps: DossierDeps,
  d: Dossier,
): Promise<SubmissionConfirmation> {
  const proc = await deps.procedures(
    deps.db,
    d.procedureCode,
    d.procedureVersion != null ? { version: d.procedureVersion } : { at: d.submittedAt },
  );
  const cal = await deps.calendarFor(deps.db, d.receivingUnit);
  const due = proc ? cal.dueAt(d.submittedAt, proc.duration.value, proc.duration.unit) : null;
  return {
    code: d.code,
    secret: d.secret,
    status: d.status,
    submittedAt: d.submittedAt.toISOString(),
    expectedDueAt: due ? due.toISOString() : null,
    amountDue: amountDue(d),
  };
}
