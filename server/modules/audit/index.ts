export { anchorOptionsOf, readAnchors, writeAnchor } from "./anchor.ts";
export { type AuditEntry, record, recordAll } from "./log.ts";
export { startAuditLoops } from "./loops.ts";
export { sealAudit } from "./seal.ts";
export { verifyChain } from "./verify.ts";
