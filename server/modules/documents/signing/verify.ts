// Verifies the last signature of a PDF for real: recomputes the digest over the ByteRange,
// checks it against the CMS messageDigest, and verifies the signature over the signed attributes
// with the embedded certificate's public key (RSA PKCS#1 v1.5 or ECDSA).
// It does not build a chain to a trusted CA nor check revocation: compare `certificate.fingerprint256`
// with the agency's registered certificate, or add a trust store, before relying on the signer's name.
import { createHash, verify as cryptoVerify, X509Certificate } from "node:crypto";
import { docError } from "../errors.ts";
import { asn1Time, bytesOf, children, contentOf, DerError, oid, readTlv, type Tlv } from "./der.ts";
import { findByteRanges, readSigField, SigFieldError } from "./pdf-sig.ts";

export interface Verification {
  /** The signature is intact and was made by the embedded certificate's key over these bytes. */
  valid: boolean;
  signer: { commonName: string; organisation: string };
  signedAt: Date | undefined;
  /** The signed ranges reach the end of the file: nothing was appended after signing. */
  coversWholeDocument: boolean;
  reason: string | undefined;
  location: string | undefined;
  certificate:
    | {
        fingerprint256: string;
        serialNumber: string;
        selfSigned: boolean;
        validFrom: Date;
        validTo: Date;
      }
    | undefined;
  /** Number of signatures in the file (the last one is the one verified). */
  signatureCount: number;
  /** Why it is not valid, or what a reader should know. */
  problems: string[];
}

const HASHES: Record<string, string> = {
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
  "1.3.14.3.2.26": "sha1",
};
const OID_SIGNED_DATA = "1.2.840.113549.1.7.2";
const OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";
const OID_SIGNING_TIME = "1.2.840.113549.1.9.5";
const OID_RSA_PSS = "1.2.840.113549.1.1.10";

function subjectField(subject: string, key: string): string {
  const line = subject.split("\n").find((l) => l.startsWith(`${key}=`));
  return line ? line.slice(key.length + 1) : "";
}

/** Issuer Name and serial INTEGER bytes of a certificate (from its TBSCertificate). */
function issuerAndSerial(der: Buffer): { issuer: Buffer; serial: Buffer } {
  const tbs = children(der, readTlv(der, 0))[0];
  const f = children(der, tbs);
  const i = f[0].tag === 0xa0 ? 1 : 0; // optional [0] version
  return { serial: contentOf(der, f[i]), issuer: bytesOf(der, f[i + 2]) };
}

export interface VerifyOptions {
  /** PEM certificates of issuers (CAs) that may be missing from the signature's own set. */
  issuers?: string[];
}

export async function verifyPdf(pdf: Uint8Array, opts: VerifyOptions = {}): Promise<Verification> {
  const buf = Buffer.from(pdf);
  const ranges = findByteRanges(buf);
  if (!ranges.length)
    throw docError(
      "not_signed",
      "unprocessable",
      "Tệp PDF không có chữ ký số",
      "The PDF carries no digital signature",
    );
  const last = ranges[ranges.length - 1];
  const out: Verification = {
    valid: false,
    signer: { commonName: "", organisation: "" },
    signedAt: undefined,
    coversWholeDocument: false,
    reason: undefined,
    location: undefined,
    certificate: undefined,
    signatureCount: ranges.length,
    problems: [],
  };
  try {
    const field = readSigField(buf, last.pos, last.range);
    const [, b, c, d] = field.byteRange;
    out.reason = field.reason;
    out.location = field.location;
    out.signedAt = field.m;
    out.coversWholeDocument = c + d === buf.length;
    if (!out.coversWholeDocument) out.problems.push("bytes were added after the signature");
    const signed = Buffer.concat([buf.subarray(0, b), buf.subarray(c, c + d)]);
    const issuers = (opts.issuers ?? []).map((pem) => new X509Certificate(pem));
    checkCms(field.contents.subarray(0, readTlv(field.contents, 0).end), signed, out, issuers);
  } catch (e) {
    if (e instanceof DerError || e instanceof SigFieldError)
      out.problems.push(`malformed signature: ${e.message}`);
    else throw e;
  }
  return out;
}

function checkCms(
  cms: Buffer,
  signedBytes: Buffer,
  out: Verification,
  issuers: X509Certificate[],
): void {
  const [typeOid, wrapped] = children(cms, readTlv(cms, 0));
  if (oid(contentOf(cms, typeOid)) !== OID_SIGNED_DATA) throw new DerError("not a CMS SignedData");
  const sd = children(cms, children(cms, wrapped)[0]);
  const certs = sd
    .filter((t) => t.tag === 0xa0)
    .flatMap((t) => children(cms, t))
    .filter((t) => t.tag === 0x30)
    .map((t) => Buffer.from(bytesOf(cms, t)));
  const infos = children(cms, sd[sd.length - 1]);
  if (infos.length !== 1) throw new DerError(`expected one SignerInfo, found ${infos.length}`);
  const si = children(cms, infos[0]);
  const [, sid, digestAlg] = si;
  const attrs = si.find((t) => t.tag === 0xa0);
  const sigAlg = si[attrs ? 4 : 3];
  const signature = contentOf(cms, si[attrs ? 5 : 4]);
  const hash = HASHES[oid(contentOf(cms, children(cms, digestAlg)[0]))];
  if (!hash) throw new DerError("unsupported digest algorithm");
  if (oid(contentOf(cms, children(cms, sigAlg)[0])) === OID_RSA_PSS)
    throw new DerError("RSA-PSS is not supported");

  const digest = createHash(hash).update(signedBytes).digest();
  let toVerify = signedBytes;
  if (attrs) {
    let md: Buffer | undefined;
    for (const attr of children(cms, attrs)) {
      const [type, values] = children(cms, attr);
      const value = children(cms, values)[0];
      const id = oid(contentOf(cms, type));
      if (id === OID_MESSAGE_DIGEST) md = contentOf(cms, value);
      if (id === OID_SIGNING_TIME)
        out.signedAt = asn1Time(value.tag, contentOf(cms, value)) ?? out.signedAt;
    }
    if (!md?.equals(digest))
      out.problems.push("document digest does not match: the signed bytes were changed");
    // The signature covers the attributes DER-encoded as a SET OF (tag 0x31), not as [0].
    toVerify = Buffer.concat([Buffer.from([0x31]), bytesOf(cms, attrs).subarray(1)]);
  }
  const cert = pickCertificate(cms, sid, certs, toVerify, hash, signature);
  if (!cert) {
    out.problems.push("the signature does not verify with any embedded certificate");
    return;
  }
  out.signer = {
    commonName: subjectField(cert.subject, "CN"),
    organisation: subjectField(cert.subject, "O"),
  };
  out.certificate = {
    fingerprint256: cert.fingerprint256,
    serialNumber: cert.serialNumber,
    selfSigned: cert.issuer === cert.subject && cert.verify(cert.publicKey),
    validFrom: new Date(cert.validFrom),
    validTo: new Date(cert.validTo),
  };
  // The name we report is only as good as the certificate: its own signature must verify with an
  // embedded or given issuer (itself when self-signed), or the subject could have been edited.
  const pool = [...certs.map((der) => new X509Certificate(der)), ...issuers];
  if (!pool.some((ca) => cert.issuer === ca.subject && cert.verify(ca.publicKey)))
    out.problems.push("certificate is altered or its issuer is neither embedded nor given");
  if (
    out.signedAt &&
    (out.signedAt < out.certificate.validFrom || out.signedAt > out.certificate.validTo)
  )
    out.problems.push("signing time is outside the certificate's validity");
  // Appended bytes do not void the signature (coversWholeDocument says so); the rest does.
  out.valid = !out.problems.some((p) =>
    /^(document digest|signing time|certificate is altered)/.test(p),
  );
}

/** The embedded certificate named by the SignerIdentifier whose key verifies the signature. */
function pickCertificate(
  cms: Buffer,
  sid: Tlv,
  certs: Buffer[],
  data: Buffer,
  hash: string,
  signature: Buffer,
): X509Certificate | undefined {
  let ordered = certs;
  if (sid.tag === 0x30) {
    const [issuer, serial] = children(cms, sid);
    const named = certs.filter((der) => {
      const ref = issuerAndSerial(der);
      return ref.issuer.equals(bytesOf(cms, issuer)) && ref.serial.equals(contentOf(cms, serial));
    });
    ordered = named.length ? named : certs;
  }
  for (const der of ordered) {
    const cert = new X509Certificate(der);
    try {
      if (cryptoVerify(hash, data, cert.publicKey, signature)) return cert;
    } catch {
      // a key of another type (e.g. EC for an RSA signature): not this certificate
    }
  }
  return undefined;
}
