// Public surface of the integrations module: the links with other systems. The national
// portal: its adapter (an outbox channel), its simulator, and the administrator's routes.

// Adapters written against the published shapes of the other external systems, and the local
// simulators that behave like them (demo and tests).
export { DeliveryError } from "./http/delivery-error.ts";
export { type MailConfig, Mailer } from "./mail/adapter.ts";
export { type ReceivedMail, type SmtpSimulator, startSmtpSimulator } from "./mail/simulator.ts";
export { IPN, type PaygateConfig, PaymentGateway } from "./paygate/adapter.ts";
export { type PaygateSimulator, startPaygateSimulator } from "./paygate/simulator.ts";
export { PersonalDataStore, type PersonalStoreConfig } from "./personal-store/adapter.ts";
export {
  type PersonalStoreSimulator,
  startPersonalStoreSimulator,
} from "./personal-store/simulator.ts";
export { type PopulationConfig, PopulationRegistry } from "./population/adapter.ts";
export { type PopulationSimulator, startPopulationSimulator } from "./population/simulator.ts";
export { type PullOptions, pullProcedureLines } from "./portal-catalogue.ts";
export { PORTAL_CHANNEL, type PortalSettings, portalChannel } from "./portal-client.ts";
export { portalStatus } from "./portal-status.ts";
export {
  isFinalPostalState,
  POSTAL_STATES,
  type PostalConfig,
  PostalService,
  type PostalState,
  s10CheckDigit,
} from "./postal/adapter.ts";
export { type PostalSimulator, startPostalSimulator } from "./postal/simulator.ts";
export { integrationRoutes } from "./routes.ts";
export { FAULT_KINDS, type FaultKind } from "./simulator/faults.ts";
export { type PortalSimulator, startPortalSimulator } from "./simulator/server.ts";
export { type SmsConfig, SmsGateway } from "./sms/adapter.ts";
export { type SmsSimulator, startSmsSimulator } from "./sms/simulator.ts";
export { readVietQr, vietQr, vietQrPng } from "./vietqr/vietqr.ts";
export { DEMO_CITIZENS } from "./vneid/citizens.ts";
export { VneidClient, type VneidConfig, type VneidIdentity } from "./vneid/client.ts";
export { startVneidProvider, type VneidProcess } from "./vneid/provider.ts";
export { type ZaloConfig, ZaloNotifier } from "./zalo/adapter.ts";
export { startZaloSimulator, type ZaloSimulator } from "./zalo/simulator.ts";
