// What the citizen's online journey needs: the dossiers module (with its projectors, so a paid
// fee updates the index in the same transaction) and the external systems' adapters.
import type { DossierDeps } from "../dossiers/index.ts";
import type {
  PaymentGateway,
  PersonalDataStore,
  PopulationRegistry,
  PostalService,
  VneidClient,
} from "../integrations/index.ts";
import type { NoticeChannels } from "./notices/channels.ts";

export interface CitizenDeps extends DossierDeps {
  /** The province's payment gateway; without it only VietQR transfers are offered. */
  paygate?: PaymentGateway;
  /** The notices' channels (each optional: a notice on a missing one waits and retries). */
  notices?: NoticeChannels;
  /** Sign-in with the national electronic identity (OpenID Connect). */
  vneid?: VneidClient;
  /** The national population database (look-ups to prefill the applicant). */
  population?: PopulationRegistry;
  /** The applicants' personal data stores on the national portal (issued results pushed). */
  personalStore?: PersonalDataStore;
  /** The public postal service (results sent by post when chosen). */
  postal?: PostalService;
}
