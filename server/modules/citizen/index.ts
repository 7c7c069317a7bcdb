// Public surface of the citizen module: the citizen's online journey — online payment (VietQR,
// the payment gateway, reconciliation).
import type { Api } from "../../platform/http.ts";
import type { OutboxChannel } from "../../platform/outbox.ts";
import type { CitizenDeps } from "./deps.ts";
import { noticeChannels } from "./notices/channels.ts";
import { noticeRoutes } from "./notices/routes.ts";
import { paymentRoutes } from "./payments/routes.ts";
import { populationRoutes } from "./population/routes.ts";
import { resultChannels } from "./results/deliver.ts";
import { resultDeliveryRoutes } from "./results/deliveries-route.ts";
import { resultRoutes } from "./results/routes.ts";
import { vneidRoutes } from "./vneid/routes.ts";

export type { CitizenDeps } from "./deps.ts";
export { noticesProjector } from "./notices/notify.ts";
export { unaccented } from "./notices/templates.ts";
export { sendLater } from "./outgoing.ts";
export { setCollectingAccount } from "./payments/accounts.ts";
export { populationLookupValid } from "./population/routes.ts";
export { resultDeliveryProjector } from "./results/deliver.ts";
export { startPostalTracking } from "./results/tracking.ts";

/** Every outgoing call of the journey, one outbox channel per destination. */
export function citizenChannels(deps: CitizenDeps): OutboxChannel[] {
  return [...noticeChannels(deps.notices ?? {}), ...resultChannels(deps)];
}
export function citizenRoutes(api: Api, deps: CitizenDeps) {
  paymentRoutes(api, deps);
  noticeRoutes(api, deps);
  vneidRoutes(api, deps);
  resultRoutes(api, deps);
  resultDeliveryRoutes(api, deps);
  populationRoutes(api, deps);
}
