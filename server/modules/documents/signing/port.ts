// The signing port: how an agency's documents (results, Form 04 letters, certified copies) get
// their digital signature (Law on Electronic Transactions 2023, Art. 22–23; Decree 23/2025 on
// electronic signatures). A deployment configures one of: a PKCS#12 identity (a file for the
// province, or a folder with one file per agency), or a remote signing service / HSM through
// `CmsService`. The demo's self-signed identities exist only in demo mode; without a
// configuration every signing action is refused — nothing is ever signed with a demo identity
// in production.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Sql } from "../../../platform/db.ts";
import { AppError } from "../../../platform/errors.ts";
import { P12CmsSigner } from "./p12-signer.ts";

/** Makes the detached CMS SignedData (DER, RFC 5652, signing certificate embedded) over bytes. */
export interface CmsService {
  signCms(content: Buffer, signingTime: Date): Promise<Buffer>;
}

/**
 * A remote signing service or a hardware security module holding each agency's key: signs the
 * bytes a PDF signature covers with the agency's key. The private keys never reach this process.
 */
export interface RemoteSigningService {
  signCms(agencyCode: string, content: Buffer, signingTime: Date): Promise<Buffer>;
}

/** What signs one document: a PKCS#12 identity or a remote service. */
export type PdfSigner = { p12: Buffer | Uint8Array; passphrase: string } | { cms: CmsService };

/** An agency's signer, and whether it is a self-signed demo identity. */
export type AgencySigner = PdfSigner & { demo: boolean };

/** The agency's signer, read (or made, in demo mode) in the caller's transaction. */
export type SignerFor = (sql: Sql, agencyCode: string, agencyName: string) => Promise<AgencySigner>;

/** The signing configuration of a deployment (MOTCUA_SIGNER_P12 and its password). */
export interface P12Config {
  /** A .p12 file (one identity for every agency) or a folder of `<agency code>.p12` files. */
  path: string;
  /** The PKCS#12 password, read when first needed (never kept in the configuration's text). */
  passphrase: () => string;
}

const refusal = (code: string, vi: string, en: string) =>
  new AppError(`documents.${code}`, "unavailable", { vi, en });

/** No signing configured: every signing action is refused (503), naming the setting to add. */
export const noSigner: SignerFor = async () => {
  throw refusal(
    "signing_not_configured",
    "Chưa cấu hình chữ ký số của cơ quan (MOTCUA_SIGNER_P12): hệ thống không ký văn bản. Báo quản trị viên.",
    "No signing identity configured (MOTCUA_SIGNER_P12): the system signs no document. Tell the administrator.",
  );
};

const badConfig = (vi: string, en: string) =>
  new AppError("config.invalid", "bad_input", {
    vi: `Cấu hình không hợp lệ: MOTCUA_SIGNER_P12: ${vi}`,
    en: `Invalid configuration: MOTCUA_SIGNER_P12: ${en}`,
  });

/**
 * Signs with PKCS#12 identities from the configuration: the file itself, or `<agency code>.p12`
 * in the folder (an agency without its file is refused, never signed with another's identity).
 * A single file is opened at once, so a wrong path or password stops the start; files are kept
 * in memory once read.
 */
export function p12Signer(config: P12Config): SignerFor {
  const stat = statSync(config.path, { throwIfNoEntry: false });
  if (!stat)
    throw badConfig(
      `không có tệp hoặc thư mục "${config.path}"`,
      `no file or folder "${config.path}"`,
    );
  const folder = stat.isDirectory();
  const read = new Map<string, Buffer>();
  if (!folder) {
    const p12 = readFileSync(config.path);
    const passphrase = config.passphrase();
    try {
      new P12CmsSigner(p12, passphrase);
    } catch {
      throw badConfig(
        "không mở được tệp PKCS#12 (sai mật khẩu hoặc tệp hỏng)",
        "cannot open the PKCS#12 file (wrong password or damaged file)",
      );
    }
    read.set(config.path, p12);
  }
  return async (_sql, agencyCode) => {
    const file = folder ? join(config.path, `${agencyCode}.p12`) : config.path;
    let p12 = read.get(file);
    if (!p12) {
      try {
        p12 = readFileSync(file);
      } catch {
        throw refusal(
          "signing_identity_missing",
          `Không đọc được chứng thư số của cơ quan ${agencyCode} (${folder ? `${agencyCode}.p12 trong thư mục MOTCUA_SIGNER_P12` : "tệp MOTCUA_SIGNER_P12"}).`,
          `Cannot read the signing identity of agency ${agencyCode} (${folder ? `${agencyCode}.p12 in the MOTCUA_SIGNER_P12 folder` : "the MOTCUA_SIGNER_P12 file"}).`,
        );
      }
      read.set(file, p12);
    }
    return { p12, passphrase: config.passphrase(), demo: false };
  };
}

/** Signs each agency's documents with its key in a remote signing service or an HSM. */
export function remoteSigner(service: RemoteSigningService): SignerFor {
  return async (_sql, agencyCode) => ({
    cms: { signCms: (content, at) => service.signCms(agencyCode, content, at) },
    demo: false,
  });
}
