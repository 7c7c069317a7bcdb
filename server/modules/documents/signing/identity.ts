// Self-signed signing identities for the demo and the simulator. A province signs with the
// CA-issued certificates of its agencies and officers (USB token or remote signing service,
// Law on Electronic Transactions 2023); this file only stands in for those.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import forge from "node-forge";
import { type Clock, systemClock } from "../../../platform/clock.ts";
import { badInput } from "../../../platform/errors.ts";

export interface IdentityInput {
  commonName: string;
  organisation: string;
  /** Validity in days from now. */
  days: number;
  /** Protects the PKCS#12 file; empty by default. */
  passphrase?: string;
}

export interface SigningIdentity {
  /** PKCS#12 (.p12) holding the private key and its certificate. */
  p12: Buffer;
  certPem: string;
}

export function createSigningIdentity(
  input: IdentityInput,
  clock: Clock = systemClock,
): SigningIdentity {
  if (!input.commonName.trim())
    throw badInput("documents.bad_identity", "commonName", "không được để trống", "is empty");
  if (!input.organisation.trim())
    throw badInput("documents.bad_identity", "organisation", "không được để trống", "is empty");
  if (!Number.isInteger(input.days) || input.days < 1 || input.days > 3650)
    throw badInput("documents.bad_identity", "days", "phải từ 1 đến 3650", "must be 1 to 3650");
  // Node's native key generation: much faster than forge's pure-JS RSA.
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(
    privateKey.export({ type: "pkcs1", format: "pem" }).toString(),
  );
  const pub = forge.pki.publicKeyFromPem(
    publicKey.export({ type: "spki", format: "pem" }).toString(),
  );

  const cert = forge.pki.createCertificate();
  cert.publicKey = pub;
  // Positive serial: first byte below 0x80.
  cert.serialNumber = `01${randomBytes(15).toString("hex")}`;
  const now = clock.now();
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime() + input.days * 86400_000);
  const attrs = [
    { shortName: "CN", value: input.commonName, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: "O", value: input.organisation, valueTagClass: forge.asn1.Type.UTF8 },
    { shortName: "C", value: "VN" },
  ];
  cert.setSubject(attrs as forge.pki.CertificateField[]);
  cert.setIssuer(attrs as forge.pki.CertificateField[]);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true },
    { name: "subjectKeyIdentifier" },
  ]);
  cert.sign(key, forge.md.sha256.create());

  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], input.passphrase ?? "", {
    algorithm: "3des",
    friendlyName: input.commonName,
  });
  return {
    p12: Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), "binary"),
    certPem: forge.pki.certificateToPem(cert),
  };
}
