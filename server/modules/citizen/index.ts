// Public surface of the citizen module: the citizen's online journey — online payment (VietQR,
// the payment gateway, reconciliation).
import type { Api } from "../../platform/http.ts";
import type { CitizenDeps } from "./deps.ts";
import { paymentRoutes } from "./payments/routes.ts";

export type { CitizenDeps } from "./deps.ts";
export {
  type CollectingAccount,
  collectingAccount,
  setCollectingAccount,
} from "./payments/accounts.ts";

export function citizenRoutes(api: Api, deps: CitizenDeps) {
  paymentRoutes(api, deps);
}
