// Public surface of the documents module: forms as PDF, digital signatures, the file store,
// Excel exports, administrative documents as PDF and DOCX, and the documents table.
export { adminDocumentDocx } from "./admin-doc/docx.ts";
export type { AdminDocument } from "./admin-doc/model.ts";
export { adminDocumentPdf } from "./admin-doc/pdf.ts";
export { certifiedCopyPdf } from "./forms/certified-copy.ts";
export { warmFastFonts as warmFormFonts } from "./forms/fast-pdf/index.ts";
export type { Form04Input } from "./forms/form04.ts";
export { type FormInputs, renderForm } from "./forms/render.ts";
export * as formSamples from "./forms/samples.ts";
export { insertDocument, listDocuments } from "./repository.ts";
export { createSigningIdentity } from "./signing/identity.ts";
export {
  type AgencySigner,
  noSigner,
  p12Signer,
  type RemoteSigningService,
  remoteSigner,
  type SignerFor,
} from "./signing/port.ts";
export { signPdf } from "./signing/sign.ts";
export { verifyPdf } from "./signing/verify.ts";
export { detectMediaType, MEDIA } from "./storage/detect.ts";
export { createFileStore, type FileStore, folderPathOf } from "./storage/file-store.ts";
export type { S3Location } from "./storage/s3/bucket.ts";
export {
  type S3Simulator,
  startS3Simulator,
} from "./storage/s3/simulator.ts";
export { createS3FileStore, type FileObjects, s3FileObjects } from "./storage/s3/store.ts";
export { toXlsx, type XlsxColumn, type XlsxSheet } from "./xlsx.ts";
