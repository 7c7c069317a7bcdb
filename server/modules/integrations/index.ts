// Public surface of the integrations module: the links with other systems. The national
// portal: its adapter (an outbox channel), its simulator, and the administrator's routes.
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
