export {
  type AnchorFile,
  type AnchorOptions,
  anchorOptionsOf,
  readAnchors,
  writeAnchor,
} from "./anchor.ts";
export { type AuditActor, type AuditEntry, record, recordAll } from "./log.ts";
export { startAuditLoops } from "./loops.ts";
export { AuditSealer, type SealResult, sealAudit } from "./seal.ts";
export { type AnchorPoint, type BreakReason, type VerifyResult, verifyChain } from "./verify.ts";
