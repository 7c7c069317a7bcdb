import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../platform/clock.ts";
import { isAppError } from "../../../platform/errors.ts";
import { renderForm } from "../forms/render.ts";
import { sample04 } from "../forms/samples.ts";
import { createSigningIdentity, type SigningIdentity } from "./identity.ts";
import { signPdf } from "./sign.ts";
import { verifyPdf } from "./verify.ts";

const clock = fixedClock("2026-03-17T03:00:00Z");
let head: SigningIdentity;
let other: SigningIdentity;
let form: Uint8Array;

beforeAll(async () => {
  head = createSigningIdentity(
    {
      commonName: "Lê Hoàng Phúc",
      organisation: "Ủy ban nhân dân xã Tân Phước",
      days: 365,
      passphrase: "mật khẩu",
    },
    clock,
  );
  other = createSigningIdentity(
    { commonName: "Nguyễn Văn Giả", organisation: "Không rõ", days: 30 },
    clock,
  );
  form = await renderForm("04", sample04);
});

const sign = (pdf: Uint8Array, id = head, pass = "mật khẩu") =>
  signPdf(
    pdf,
    { p12: id.p12, passphrase: pass },
    "Phê duyệt văn bản xin lỗi",
    "Tân Phước, Đồng Tháp",
    { clock },
  );

/** What poppler's pdfsig (another implementation, as a reader's viewer would) says of the file. */
function pdfsig(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "motcua-sig-"));
  try {
    writeFileSync(join(dir, "s.pdf"), pdf);
    // -nocert: the demo identity is self-signed; the signature itself is what is checked.
    return execFileSync("pdfsig", ["-nocert", join(dir, "s.pdf")], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("signPdf / verifyPdf", () => {
  it("makes a signature another verifier (poppler's pdfsig) finds valid, naming the Vietnamese signer", async () => {
    const out = pdfsig(await sign(form));
    expect(out).toContain("Signature Validation: Signature is Valid.");
    expect(out).toContain("Lê Hoàng Phúc");
    expect(out).toMatch(/Signature Type: adbe\.pkcs7\.detached/);
    // One flipped byte in the signed range is caught by it too.
    const bad = Buffer.from(await sign(form));
    bad[200] ^= 1;
    expect(pdfsig(bad)).not.toContain("Signature is Valid.");
  });

  it("signs a rendered form and verifies it: signer, time, reason, whole document", async () => {
    const signed = await sign(form);
    const v = await verifyPdf(signed);
    expect(v.problems).toEqual([]);
    expect(v.valid).toBe(true);
    expect(v.coversWholeDocument).toBe(true);
    expect(v.signer).toEqual({
      commonName: "Lê Hoàng Phúc",
      organisation: "Ủy ban nhân dân xã Tân Phước",
    });
    expect(v.signedAt?.toISOString()).toBe("2026-03-17T03:00:00.000Z");
    expect(v.reason).toBe("Phê duyệt văn bản xin lỗi");
    expect(v.location).toBe("Tân Phước, Đồng Tháp");
    expect(v.certificate?.selfSigned).toBe(true);
    expect(v.signatureCount).toBe(1);
  });

  it("detects one flipped byte inside the signed range, anywhere", async () => {
    const signed = await sign(form);
    const v0 = await verifyPdf(signed);
    expect(v0.valid).toBe(true);
    for (const at of [20, Math.floor(signed.length / 3), signed.length - 10]) {
      const bad = Uint8Array.from(signed);
      bad[at] ^= 0x01;
      const v = await verifyPdf(bad);
      expect(v.valid, `byte ${at}`).toBe(false);
      expect(v.problems.join(" ")).toMatch(/digest|malformed/);
    }
  });

  it("detects a changed signature value", async () => {
    const signed = Buffer.from(await sign(form));
    const start = signed.indexOf("/Contents <") + 11;
    const hex = signed.toString("latin1", start, signed.indexOf(">", start));
    const at = start + hex.replace(/0+$/, "").length - 20; // inside the RSA signature value, the CMS's last field
    signed[at] = signed[at] === 0x61 ? 0x62 : 0x61;
    const v = await verifyPdf(signed);
    expect(v.valid).toBe(false);
    expect(v.problems).toContain("the signature does not verify with any embedded certificate");
  });

  it("detects an edited signer name in the embedded certificate", async () => {
    const signed = Buffer.from(await sign(form, other, ""));
    const nameHex = Buffer.from("Nguyễn Văn Giả").toString("hex");
    const at = signed.indexOf(nameHex) + nameHex.length - 1; // last hex digit of the CN
    expect(at).toBeGreaterThan(0);
    signed[at] = signed[at] === 0x33 ? 0x34 : 0x33;
    const v = await verifyPdf(signed);
    expect(v.valid).toBe(false);
    expect(v.problems.join(" ")).toMatch(/certificate is altered/);
  });

  it("reports bytes appended after signing without voiding the signed part", async () => {
    const signed = await sign(form);
    const appended = Buffer.concat([Buffer.from(signed), Buffer.from("\n% appended\n")]);
    const v = await verifyPdf(appended);
    expect(v.valid).toBe(true);
    expect(v.coversWholeDocument).toBe(false);
  });

  it("reports the actual signer when another key signed", async () => {
    const v = await verifyPdf(await sign(form, other, ""));
    expect(v.valid).toBe(true);
    expect(v.signer.commonName).toBe("Nguyễn Văn Giả");
    expect(v.certificate?.fingerprint256).not.toBe(
      (await verifyPdf(await sign(form))).certificate?.fingerprint256,
    );
  });

  it("rejects a wrong passphrase and reports an unsigned PDF", async () => {
    const err = await sign(form, head, "sai").catch((e) => e);
    expect(isAppError(err) && err.code).toBe("documents.bad_signing_identity");
    const unsigned = await verifyPdf(form).catch((e) => e);
    expect(isAppError(unsigned) && unsigned.code).toBe("documents.not_signed");
  });

  it("flags a signature made outside the certificate's validity", async () => {
    const late = fixedClock("2027-06-01T00:00:00Z");
    const signed = await signPdf(form, { p12: other.p12, passphrase: "" }, "r", "l", {
      clock: late,
    });
    const v = await verifyPdf(signed);
    expect(v.valid).toBe(false);
    expect(v.problems).toContain("signing time is outside the certificate's validity");
  });
});
