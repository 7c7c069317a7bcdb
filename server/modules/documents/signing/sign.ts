// Signs a PDF in place (PAdES-style: adbe.pkcs7.detached CMS over the ByteRange, SHA-256, with
// the signing certificate embedded) using a PKCS#12 identity.
import { plainAddPlaceholder } from "@signpdf/placeholder-plain";
import { Signer, SignPdf } from "@signpdf/signpdf";
import { PDFDocument } from "pdf-lib";
import { type Clock, systemClock } from "../../../platform/clock.ts";
import { AppError } from "../../../platform/errors.ts";
import { docError } from "../errors.ts";
import { P12CmsSigner } from "./p12-signer.ts";
import type { CmsService, PdfSigner } from "./port.ts";

/** @signpdf's signer over a remote service's CMS. */
class RemoteCmsSigner extends Signer {
  constructor(readonly service: CmsService) {
    super();
  }
  override sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    return this.service.signCms(pdfBuffer, signingTime ?? new Date());
  }
}

export type { PdfSigner } from "./port.ts";

export interface SignOptions {
  /** Signer's name in the signature dictionary; defaults to "Motcua". */
  name?: string;
  contactInfo?: string;
  clock?: Clock;
}

/** pdf-lib output with a classic xref table: the form @signpdf/placeholder-plain can extend. */
async function normalise(pdf: Uint8Array): Promise<Buffer> {
  const buf = Buffer.from(pdf);
  if (buf.includes("/ByteRange")) return buf; // already signed: append, never rewrite
  try {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    return Buffer.from(await doc.save({ useObjectStreams: false }));
  } catch (e) {
    throw docError(
      "bad_pdf",
      "unprocessable",
      "Tệp không phải PDF hợp lệ, không ký được",
      "Not a valid PDF; cannot sign",
      { cause: e },
    );
  }
}

export async function signPdf(
  pdf: Uint8Array,
  signer: PdfSigner,
  reason: string,
  location: string,
  opts: SignOptions = {},
): Promise<Uint8Array> {
  const signingTime = (opts.clock ?? systemClock).now();
  const base = await normalise(pdf);
  let withPlaceholder: Buffer;
  try {
    withPlaceholder = plainAddPlaceholder({
      pdfBuffer: base,
      reason,
      location,
      name: opts.name ?? "Motcua",
      contactInfo: opts.contactInfo ?? "",
      signingTime,
    });
  } catch (e) {
    throw docError(
      "bad_pdf",
      "unprocessable",
      "Không thêm được chỗ ký vào tệp PDF",
      "Cannot add a signature field to the PDF",
      { cause: e },
    );
  }
  withPlaceholder = fixTextStrings(withPlaceholder, base.length);
  try {
    const cms =
      "cms" in signer
        ? new RemoteCmsSigner(signer.cms)
        : new P12CmsSigner(Buffer.from(signer.p12), signer.passphrase);
    return new Uint8Array(await new SignPdf().sign(withPlaceholder, cms, signingTime));
  } catch (e) {
    if (e instanceof TypeError || e instanceof AppError) throw e; // a bug, or the service's refusal
    if ("cms" in signer)
      throw docError(
        "signing_service_failed",
        "unavailable",
        "Dịch vụ ký số từ xa không ký được văn bản; thử lại sau hoặc báo quản trị viên",
        "The remote signing service did not sign the document; retry later or tell the administrator",
        { cause: e },
      );
    throw docError(
      "bad_signing_identity",
      "bad_input",
      "Không dùng được chứng thư số để ký (sai mật khẩu hoặc tệp .p12 hỏng)",
      "Cannot sign with this identity (wrong passphrase or damaged .p12 file)",
      { cause: e },
    );
  }
}

/**
 * @signpdf/placeholder-plain 3.3 writes Unicode strings as UTF-16BE but then UTF-8-encodes those
 * bytes, so /Reason "Phê duyệt" would read as mojibake. Rewrites each such literal in the appended
 * part with its intended bytes (never longer) and pads with spaces, so no offset moves.
 */
export function fixTextStrings(pdf: Buffer, from: number): Buffer {
  const out = Buffer.from(pdf);
  const re = /\/(Reason|Location|Name|ContactInfo)\s*\(/g;
  const tail = out.toString("latin1", from);
  for (let m = re.exec(tail); m; m = re.exec(tail)) {
    const open = from + m.index + m[0].length;
    let i = open;
    let depth = 1;
    while (i < out.length && depth > 0) {
      if (out[i] === 0x5c) i++;
      else if (out[i] === 0x28) depth++;
      else if (out[i] === 0x29) depth--;
      i++;
    }
    const literal = out.subarray(open, i - 1);
    if (!(literal[0] === 0xc3 && literal[1] === 0xbe && literal[2] === 0xc3 && literal[3] === 0xbf))
      continue;
    const fixed = Buffer.from(literal.toString("utf8"), "latin1");
    fixed.copy(out, open);
    out[open + fixed.length] = 0x29; // ")"
    out.fill(0x20, open + fixed.length + 1, i);
  }
  return out;
}
