// The signing port's adapters: a remote signing service (here a local stand-in holding the key)
// signs through the CmsService interface, a failing service is a 503, and a folder of PKCS#12
// files signs each agency with its own identity and refuses an agency without one.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { Sql } from "../../../platform/db.ts";
import { AppError } from "../../../platform/errors.ts";
import { createSigningIdentity } from "./identity.ts";
import { P12CmsSigner } from "./p12-signer.ts";
import { noSigner, p12Signer, type RemoteSigningService, remoteSigner } from "./port.ts";
import { signPdf } from "./sign.ts";
import { verifyPdf } from "./verify.ts";

const sql = {} as Sql; // the adapters read no table
const identity = (cn: string) =>
  createSigningIdentity({ commonName: cn, organisation: "UBND tỉnh Thử nghiệm", days: 30 });

async function blankPdf() {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]);
  return new Uint8Array(await doc.save());
}

async function signedBy(signer: Parameters<typeof signPdf>[1]) {
  const pdf = await signPdf(await blankPdf(), signer, "Ban hành kết quả", "Tỉnh Thử nghiệm");
  const check = await verifyPdf(pdf);
  expect(check.valid).toBe(true);
  return check.signer.commonName;
}

describe("remote signing service", () => {
  it("signs each agency's document with that agency's key in the service", async () => {
    const keys = new Map([
      ["H01.1", identity("Sở Tư pháp")],
      ["H01.2", identity("Sở Xây dựng")],
    ]);
    const asked: string[] = [];
    const service: RemoteSigningService = {
      signCms: (agency, content, at) => {
        asked.push(agency);
        const key = keys.get(agency);
        if (!key) throw new Error("unknown agency");
        return new P12CmsSigner(key.p12, "").sign(content, at);
      },
    };
    const signerFor = remoteSigner(service);
    expect(await signedBy(await signerFor(sql, "H01.2", "Sở Xây dựng"))).toBe("Sở Xây dựng");
    expect(asked).toEqual(["H01.2"]);
    expect((await signerFor(sql, "H01.1", "Sở Tư pháp")).demo).toBe(false);
  });

  it("a service that fails is a 503 naming the service, not a bad identity", async () => {
    const signer = await remoteSigner({
      signCms: async () => {
        throw new Error("connection refused");
      },
    })(sql, "H01.1", "Sở Tư pháp");
    const err = await signedBy(signer).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "documents.signing_service_failed", status: 503 });
  });
});

describe("PKCS#12 identities from the configuration", () => {
  it("a folder signs each agency with <code>.p12 and refuses an agency without its file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "motcua-p12-"));
    writeFileSync(join(dir, "H01.1.p12"), identity("Sở Tư pháp tỉnh Thử nghiệm").p12);
    const signerFor = p12Signer({ path: dir, passphrase: () => "" });
    expect(await signedBy(await signerFor(sql, "H01.1", "Sở Tư pháp"))).toBe(
      "Sở Tư pháp tỉnh Thử nghiệm",
    );
    await expect(signerFor(sql, "H01.2", "Sở Xây dựng")).rejects.toMatchObject({
      code: "documents.signing_identity_missing",
      status: 503,
      messages: { vi: expect.stringContaining("H01.2"), en: expect.stringContaining("H01.2") },
    });
  });

  it("without a configuration nothing is signed", async () => {
    await expect(noSigner(sql, "H01.1", "Sở Tư pháp")).rejects.toMatchObject({
      code: "documents.signing_not_configured",
      status: 503,
    });
  });
});
