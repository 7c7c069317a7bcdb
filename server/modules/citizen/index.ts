// Public surface of the citizen module: the citizen's online journey — online payment (VietQR,
// the payment gateway, reconciliation).
import type { Api } from "../../platform/http.ts";
import type { CitizenDeps } from "./deps.ts";
import { noticeRoutes } from "./notices/routes.ts";
import { paymentRoutes } from "./payments/routes.ts";
import { populationRoutes } from "./population/routes.ts";
import { resultDeliveryRoutes } from "./results/deliveries-route.ts";
import { resultRoutes } from "./results/routes.ts";
import { vneidRoutes } from "./vneid/routes.ts";

export type { CitizenDeps } from "./deps.ts";
export { noticesProjector } from "./notices/notify.ts";
export { noticeSenders } from "./notices/senders.ts";
export { SEND_JOB, sendHandler, sendLater } from "./outgoing.ts";
export { setCollectingAccount } from "./payments/accounts.ts";
export { populationLookupValid } from "./population/routes.ts";
export { resultDeliveryProjector, resultSenders } from "./results/deliver.ts";
export function citizenRoutes(api: Api, deps: CitizenDeps) {
  paymentRoutes(api, deps);
  noticeRoutes(api, deps);
  vneidRoutes(api, deps);
  resultRoutes(api, deps);
  resultDeliveryRoutes(api, deps);
  populationRoutes(api, deps);
}
