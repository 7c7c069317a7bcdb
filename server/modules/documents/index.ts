// Public surface of the documents module: forms as PDF, digital signatures, the file store,
// Excel exports, administrative documents as PDF and DOCX, and the documents table.
export { adminDocumentDocx } from "./admin-doc/docx.ts";
export { type AdminBlock, type AdminDocument, adminDocument } from "./admin-doc/model.ts";
export { adminDocumentPdf } from "./admin-doc/pdf.ts";

export { type CertificationWords, certifiedCopyPdf } from "./forms/certified-copy.ts";
export { type Form01Input, form01Schema } from "./forms/form01.ts";
export { type Form02Input, form02Schema } from "./forms/form02.ts";
export { type Form03Input, form03Schema } from "./forms/form03.ts";
export { type Form04Input, form04Schema } from "./forms/form04.ts";
export { type Form05Input, form05Schema } from "./forms/form05.ts";
export { type Form06Input, form06Schema } from "./forms/form06.ts";
export { type Form07Input, form07Schema } from "./forms/form07.ts";
export { FORM_NOS, type FormInputs, type FormNo, formSchemas, renderForm } from "./forms/render.ts";
export * as formSamples from "./forms/samples.ts";
export type { Lang } from "./forms/schemas.ts";
export { type StepResult, stepResult } from "./forms/step-result.ts";
export {
  type DocumentKind,
  type DocumentRow,
  getDocument,
  insertDocument,
  listDocuments,
  type NewDocument,
} from "./repository.ts";
export {
  createSigningIdentity,
  type IdentityInput,
  type SigningIdentity,
} from "./signing/identity.ts";
export {
  type AgencySigner,
  type CmsService,
  noSigner,
  type P12Config,
  type PdfSigner,
  p12Signer,
  type RemoteSigningService,
  remoteSigner,
  type SignerFor,
} from "./signing/port.ts";
export { type SignOptions, signPdf } from "./signing/sign.ts";
export { type Verification, type VerifyOptions, verifyPdf } from "./signing/verify.ts";
export { detectMediaType, MEDIA, type MediaType } from "./storage/detect.ts";
export {
  createFileStore,
  DEFAULT_ALLOW,
  type FileStore,
  type FileStoreOptions,
  type StoredFile,
} from "./storage/file-store.ts";
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from "./storage/zip-inspect.ts";
export { toXlsx, type XlsxColumn, type XlsxSheet } from "./xlsx.ts";
