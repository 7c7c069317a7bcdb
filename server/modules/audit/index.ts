export { type AuditActor, type AuditEntry, record } from "./log.ts";
export { type VerifyResult, verifyChain } from "./verify.ts";
