// The issued result reaches the applicant the ways they chose, beyond the counter: a push to
// their personal data store on the national portal (Decree 45/2020/NĐ-CP Art. 16). A projector,
// run in the transaction of the change that issues the result, records the delivery and sends it
// later (sendLater: retried with backoff); the dossier says "pushed" only from the store's
// acknowledgement, never from the attempt.
import type { Clock } from "../../../platform/clock.ts";
import type { Sql } from "../../../platform/db.ts";
import {
  type DossierProjector,
  getDossier,
  recordPersonalStorePush,
} from "../../dossiers/index.ts";
import { SYSTEM_ACTOR } from "../../identity/index.ts";
import type { PersonalDataStore } from "../../integrations/index.ts";
import type { CitizenDeps } from "../deps.ts";
import { type OutChannel, type Sender, sendLater } from "../outgoing.ts";

const STORE_ACTOR = { ...SYSTEM_ACTOR, username: "system:personal-store" };

/** Status 9 "handled" reached with a result the applicant wants in their store: push it. */
export function resultDeliveryProjector(clock: Clock): DossierProjector {
  return async (tx, before, after) => {
    if (after.status !== 9 || before?.status === 9) return;
    const d = await getDossier(tx, after.code);
    if (!d.result || !d.applicant?.resultToPersonalStore) return;
    await deliverLater(tx, clock, d.code, d.result.file);
  };
}

async function deliverLater(tx: Sql, clock: Clock, code: string, file: string): Promise<void> {
  const key = `${code}:${file}`;
  const jobId = await sendLater(tx, clock, "personal-store", key, { code, file });
  await tx.query(
    `INSERT INTO result_deliveries (dossier_code, channel, result_file, job_id, created_at)
     VALUES ($1, 'personal-store', $2, $3, $4) ON CONFLICT (job_id) DO NOTHING`,
    [code, file, jobId, clock.now()],
  );
}

export function resultSenders(
  deps: Pick<CitizenDeps, "files" | "projectors"> & { personalStore?: PersonalDataStore },
): Partial<Record<OutChannel, Sender>> {
  return {
    "personal-store": async (out, ctx) => {
      const store = deps.personalStore;
      if (!store) throw new Error("no personal data store connected");
      const code = String(out.payload.code);
      const file = String(out.payload.file);
      const d = await getDossier(ctx.tx, code);
      if (!deps.files || !(await deps.files.has(file)))
        throw new Error("result file not in the file store");
      const receipt = await store.pushResult({
        personalId: d.applicant?.idNumber ?? "",
        dossierCode: d.code,
        resultCode: d.result?.code ?? "",
        procedureCode: d.procedureCode,
        fileName: `${d.code}-ket-qua.pdf`,
        pdf: await deps.files.get(file),
        sha256: file,
        issuedAt: (d.finishedAt ?? ctx.clock.now()).toISOString(),
      });
      const now = ctx.clock.now();
      await ctx.tx.query(
        "UPDATE result_deliveries SET acked_at = $2, provider_ref = $3 WHERE job_id = $1",
        [ctx.jobId, now, receipt],
      );
      await recordPersonalStorePush(ctx.tx, STORE_ACTOR, now, deps, code, {
        receipt,
        resultFile: file,
      });
    },
  };
}
