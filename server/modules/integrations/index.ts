// Public surface of the integrations module: the links with other systems. The national
// portal: its adapter (an outbox channel), its simulator, and the administrator's routes.

export { type PullOptions, pullProcedureLines } from "./portal-catalogue.ts";
export {
  PORTAL_CHANNEL,
  PORTAL_MAX_BATCH,
  PORTAL_TIMEOUT_MS,
  type PortalSettings,
  portalChannel,
  retryAfterMs,
  sendToPortal,
} from "./portal-client.ts";
export { type PortalStatus, portalStatus } from "./portal-status.ts";
export { integrationRoutes } from "./routes.ts";
export { FAULT_KINDS, type FaultKind, type FaultSettings } from "./simulator/faults.ts";
export {
  type PortalSimulator,
  type SimulatorOptions,
  startPortalSimulator,
} from "./simulator/server.ts";
// Adapters written against the published shapes of the other external systems, and the local
// simulators that behave like them (demo and tests).

export { DeliveryError } from "./http/delivery-error.ts";
export type { Faults } from "./http/faults.ts";
export { type Mail, type MailConfig, Mailer } from "./mail/adapter.ts";
export { type ReceivedMail, type SmtpSimulator, startSmtpSimulator } from "./mail/simulator.ts";
export {
  type GatewayResult,
  IPN,
  type PaygateConfig,
  PaymentGateway,
  type PaymentOrder,
} from "./paygate/adapter.ts";
export {
  type PaygateSimulator,
  type PaygateSimulatorOptions,
  startPaygateSimulator,
} from "./paygate/simulator.ts";
export {
  PersonalDataStore,
  type PersonalStoreConfig,
  type ResultPush,
} from "./personal-store/adapter.ts";
export {
  type PersonalStoreSimulator,
  type StoredResult,
  startPersonalStoreSimulator,
} from "./personal-store/simulator.ts";
export {
  type PopulationConfig,
  type PopulationRecord,
  PopulationRegistry,
} from "./population/adapter.ts";
export { type PopulationSimulator, startPopulationSimulator } from "./population/simulator.ts";
export {
  isFinalPostalState,
  POSTAL_STATES,
  type PostalConfig,
  PostalService,
  type PostalState,
  type Shipment,
  type ShipmentOrder,
  s10CheckDigit,
  type TrackingEvent,
} from "./postal/adapter.ts";
export {
  type PostalSimulator,
  type PostalSimulatorOptions,
  type PostedItem,
  startPostalSimulator,
} from "./postal/simulator.ts";
export { type SmsConfig, SmsGateway } from "./sms/adapter.ts";
export { type SmsSimulator, startSmsSimulator } from "./sms/simulator.ts";
export { crc16 } from "./vietqr/emvco.ts";
export {
  type ReadVietQr,
  readVietQr,
  type VietQrInput,
  vietQr,
  vietQrPng,
} from "./vietqr/vietqr.ts";
export { DEMO_CITIZENS, type DemoCitizen } from "./vneid/citizens.ts";
export {
  type PendingLogin,
  VneidClient,
  type VneidConfig,
  type VneidIdentity,
} from "./vneid/client.ts";
export { startVneidProvider, type VneidProcess } from "./vneid/provider.ts";
export { toZaloPhone, type ZaloConfig, ZaloNotifier } from "./zalo/adapter.ts";
export { startZaloSimulator, type ZaloSimulator } from "./zalo/simulator.ts";
