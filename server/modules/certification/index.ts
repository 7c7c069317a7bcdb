// Public surface of the certification module: the register of copies certified from originals
// (paper and electronic), which feeds indicator 4.6 of Decision 766/QĐ-TTg.
export type { CertificationDeps } from "./actions.ts";
export { certifiedCopiesForIndex } from "./repository.ts";
export { certificationRoutes } from "./routes.ts";
