// The personal data store acknowledged the result: the dossier records it, and only then its
// exchange record says resultPushedToPersonalStore [DaDayKetQuaVaoKho] (Decree 45/2020/NĐ-CP
// Art. 16; Decision 766/QĐ-TTg indicator of reuse of data). A second acknowledgement of the same
// result changes nothing.
import type { Sql } from "../../platform/db.ts";
import type { Actor } from "../identity/index.ts";
import { commit } from "./commit.ts";
import type { DossierDeps } from "./ports.ts";
import { getDossier } from "./store.ts";
import type { Dossier } from "./types.ts";

export async function recordPersonalStorePush(
  tx: Sql,
  actor: Actor,
  now: Date,
  deps: Pick<DossierDeps, "projectors">,
  code: string,
  ack: { receipt: string; resultFile: string },
): Promise<Dossier> {
  const d = await getDossier(tx, code);
  if (d.resultPushedToPersonalStore) return d;
  return commit(tx, actor, now, deps.projectors ?? [], {
    before: d,
    after: { ...d, resultPushedToPersonalStore: true },
    events: [
      {
        type: "result-pushed",
        at: now,
        data: { receipt: ack.receipt, resultFile: ack.resultFile },
      },
    ],
    audit: "dossier.result_pushed",
    details: { receipt: ack.receipt },
  });
}
