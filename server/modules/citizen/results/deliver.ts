// The issued result reaches the applicant the ways they chose, beyond the counter: a push to
// their personal data store on the national portal (Decree 45/2020/NĐ-CP Art. 16), a shipment by
// the public postal service (Decision 45/2016/QĐ-TTg). A projector,
// run in the transaction of the change that issues the result, records the delivery and writes
// its outbox message (sendLater); the dossier says "pushed" only from the store's
// acknowledgement, never from the attempt.
import type { Clock } from "../../../platform/clock.ts";
import type { Sql } from "../../../platform/db.ts";
import type { OutboxChannel, OutboxMessage } from "../../../platform/outbox.ts";
import { record } from "../../audit/index.ts";
import {
  type DossierProjector,
  getDossier,
  type ProjectedChange,
  recordPersonalStorePush,
} from "../../dossiers/index.ts";
import { SYSTEM_ACTOR } from "../../identity/index.ts";
import {
  DeliveryError,
  type PersonalDataStore,
  type PostalService,
} from "../../integrations/index.ts";
import type { CitizenDeps } from "../deps.ts";
import { deliveryChannel, sendLater } from "../outgoing.ts";

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
  const outboxId = await sendLater(tx, clock, channel, key, { code, file });
  if (outboxId === null) return; // already on its way
  await tx.query(
    `INSERT INTO result_deliveries (dossier_code, channel, result_file, delivery_key, outbox_id, created_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [code, channel, file, key, outboxId, clock.now()],
  );
}

export type ResultChannelDeps = Pick<CitizenDeps, "db" | "files" | "projectors"> & {
  personalStore?: PersonalDataStore;
  postal?: PostalService;
};

async function markAcked(tx: Sql, m: OutboxMessage, at: Date) {
  await tx.query(
    "UPDATE result_deliveries SET acked_at = $3, provider_ref = $4 WHERE channel = $1 AND delivery_key = $2",
    [m.channel, m.subject, at, m.receipt ?? null],
  );
}

/** The outbox channels of the result's deliveries; the dossier records only acknowledgements. */
export function resultChannels(deps: ResultChannelDeps): OutboxChannel[] {
  const dossierOf = (m: OutboxMessage) =>
    getDossier(deps.db, String((m.payload as { code: string }).code));
  return [
    deliveryChannel("post", {
      enabled: !!deps.postal,
      async sendOne(m) {
        const d = await dossierOf(m);
        const a = d.applicant;
        const agency = await deps.db.query<{ name: string }>(
          "SELECT name FROM agencies WHERE code = $1",
          [d.agencyCode],
        );
        const shipment = await deps.postal!.createShipment({
          orderNo: m.subject,
          senderName: agency.rows[0]?.name ?? d.agencyCode,
          receiverName: a?.name ?? "",
          receiverAddress: a?.address ?? "",
          receiverPhone: a?.phone?.replace(/[ .-]/g, "").replace(/^\+84/, "0") ?? "",
          content: `Kết quả hồ sơ ${d.code}`,
        });
        return shipment.itemCode;
      },
      async onAccepted(tx, ok, at) {
        for (const m of ok) {
          await markAcked(tx, m, at);
          const code = String((m.payload as { code: string }).code);
          const d = await getDossier(tx, code);
          await record(tx, POST_ACTOR, at, {
            action: "dossier.result_posted",
            subjectType: "dossier",
            subjectId: d.code,
            agencyCode: d.agencyCode,
            details: { itemCode: m.receipt },
          });
        }
      },
    }),
    deliveryChannel("personal-store", {
      enabled: !!deps.personalStore,
      async sendOne(m) {
        const { file } = m.payload as { code: string; file: string };
        const d = await dossierOf(m);
        if (!deps.files || !(await deps.files.has(file)))
          throw new DeliveryError("result file not in the file store");
        return deps.personalStore!.pushResult({
          personalId: d.applicant?.idNumber ?? "",
          dossierCode: d.code,
          resultCode: d.result?.code ?? "",
          procedureCode: d.procedureCode,
          fileName: `${d.code}-ket-qua.pdf`,
          pdf: await deps.files.get(file),
          sha256: file,
          issuedAt: (d.finishedAt ?? m.createdAt).toISOString(),
        });
      },
      async onAccepted(tx, ok, at) {
        for (const m of ok) {
          await markAcked(tx, m, at);
          const { code, file } = m.payload as { code: string; file: string };
          await recordPersonalStorePush(tx, STORE_ACTOR, at, deps, code, {
            receipt: m.receipt ?? "",
            resultFile: file,
          });
        }
      },
    }),
  ];
}
