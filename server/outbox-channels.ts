// The outbox channels the worker delivers, wired to the modules that react to their answers.
import type { Modules } from "./compose.ts";
import { citizenChannels } from "./modules/citizen/index.ts";
import { markSyncedToPortal } from "./modules/dossiers/index.ts";
import { portalChannel } from "./modules/integrations/index.ts";
import type { OutboxChannel } from "./platform/outbox.ts";

export function outboxChannels(m: Modules): OutboxChannel[] {
  const p = m.base.config.portal;
  return [
    // The portal's acknowledgement marks the dossiers synchronised (indicator 1.4).
    portalChannel({ url: p?.url, token: p?.token, timeoutMs: p?.timeoutMs }, async (tx, ok, at) => {
      await markSyncedToPortal(
        tx,
        m.dossiers.projectors ?? [],
        ok.map((x) => x.subject),
        at,
      );
    }),
    // The citizen's notices (e-mail, SMS, Zalo) and result deliveries (personal data store, post).
    ...citizenChannels(m.citizen),
  ];
}
