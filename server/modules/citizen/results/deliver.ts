// The issued result reaches the applicant the ways they chose, beyond the counter: a push to
// their personal data store on the national portal (Decree 45/2020/NĐ-CP Art. 16), a shipment by
// the public postal service (Decision 45/2016/QĐ-TTg). A projector,
// run in the transaction of the change that issues the result, records the delivery and sends it
// later (sendLater: retried with backoff); the dossier says "pushed" only from the store's
// acknowledgement, never from the attempt.
import type { Clock } from "../../../platform/clock.ts";
import type { Sql } from "../../../platform/db.ts";
import { record } from "../../audit/index.ts";
import {
  type DossierProjector,
  getDossier,
  type ProjectedChange,
  recordPersonalStorePush,
} from "../../dossiers/index.ts";
import { SYSTEM_ACTOR } from "../../identity/index.ts";
import type { PersonalDataStore, PostalService } from "../../integrations/index.ts";
import type { CitizenDeps } from "../deps.ts";
import { type OutChannel, type Sender, sendLater } from "../outgoing.ts";

const STORE_ACTOR = { ...SYSTEM_ACTOR, username: "system:personal-store" };

const POST_ACTOR = { ...SYSTEM_ACTOR, username: "system:post" };

export type ResultChannel = "personal-store" | "post";

/** The ways beyond the counter the applicant chose to receive the result. */
export function chosenChannels(
  a: { resultToPersonalStore?: boolean; resultByPost?: boolean } | null,
): ResultChannel[] {
  const out: ResultChannel[] = [];
  if (a?.resultToPersonalStore) out.push("personal-store");
  if (a?.resultByPost) out.push("post");
  return out;
}

/** Status 9 "handled" reached with a result: send it the ways the applicant chose. */
export function resultDeliveryProjector(clock: Clock): DossierProjector {
  const one: DossierProjector = async (tx, before, after) => {
    if (after.status !== 9 || before?.status === 9) return;
    const d = await getDossier(tx, after.code);
    if (!d.result) return;
    for (const channel of chosenChannels(d.applicant))
      await deliverLater(tx, clock, channel, d.code, d.result.file);
  };
  return Object.assign(one, {
    // A batch (an import's): only a handled dossier whose applicant chose a way is sent anything.
    batch: async (tx: Sql, changes: readonly ProjectedChange[]) => {
      for (const c of changes)
        if (c.dossier.result && chosenChannels(c.dossier.applicant).length)
          await one(tx, c.before, c.after);
      return undefined;
    },
  });
}

async function deliverLater(
  tx: Sql,
  clock: Clock,
  channel: ResultChannel,
  code: string,
  file: string,
): Promise<void> {
  const key = `${code}:${file}`;
  const jobId = await sendLater(tx, clock, channel, key, { code, file });
  await tx.query(
    `INSERT INTO result_deliveries (dossier_code, channel, result_file, job_id, created_at)
     VALUES ($1, $2, $3, $4, $5) ON CONFLICT (job_id) DO NOTHING`,
    [code, channel, file, jobId, clock.now()],
  );
}

export function resultSenders(
  deps: Pick<CitizenDeps, "files" | "projectors"> & {
    personalStore?: PersonalDataStore;
    postal?: PostalService;
  },
): Partial<Record<OutChannel, Sender>> {
  return {
    post: async (out, ctx) => {
      if (!deps.postal) throw new Error("no postal service connected");
      const code = String(out.payload.code);
      const d = await getDossier(ctx.tx, code);
      const a = d.applicant;
      // Read in the job's transaction (the agency directory would wait for another connection).
      const agency = await ctx.tx.query<{ name: string }>(
        "SELECT name FROM agencies WHERE code = $1",
        [d.agencyCode],
      );
      const shipment = await deps.postal.createShipment({
        orderNo: out.key,
        senderName: agency.rows[0]?.name ?? d.agencyCode,
        receiverName: a?.name ?? "",
        receiverPhone: a?.phone?.replace(/[ .-]/g, "").replace(/^\+84/, "0") ?? "",
        receiverAddress: a?.address ?? "",
        content: `Kết quả hồ sơ ${d.code}`,
      });
      const now = ctx.clock.now();
      await ctx.tx.query(
        "UPDATE result_deliveries SET acked_at = $2, provider_ref = $3 WHERE job_id = $1",
        [ctx.jobId, now, shipment.itemCode],
      );
      await record(ctx.tx, POST_ACTOR, now, {
        action: "dossier.result_posted",
        subjectType: "dossier",
        subjectId: d.code,
        agencyCode: d.agencyCode,
        details: { itemCode: shipment.itemCode },
      });
    },
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
