// CMS (PKCS#7) detached signer for @signpdf over a PKCS#12 identity (RFC 5652 SignedData, SHA-256,
// RSASSA-PKCS1-v1_5, signed attributes contentType, signingTime and messageDigest). node-forge only
// reads the PKCS#12 file; the content's digest and the RSA signature are Node's crypto (native),
// and the certificate's issuer Name is copied into the SignerInfo byte for byte (forge re-encodes
// UTF-8 names, so with a Vietnamese CA or agency name other verifiers could not find the signer).
// An identity is read once per process (keyed by a digest of the file and passphrase, in memory
// only): decrypting a PKCS#12 file costs far more than a signature.
import { createHash, createPrivateKey, type KeyObject, sign } from "node:crypto";
import { Signer } from "@signpdf/signpdf";
import forge from "node-forge";

const { asn1 } = forge;
const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  sha256: "2.16.840.1.101.3.4.2.1",
  rsaEncryption: "1.2.840.113549.1.1.1",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
};

interface Identity {
  key: KeyObject;
  /** DER of every certificate in the file, the signer's first. */
  certs: forge.asn1.Asn1[];
  issuer: forge.asn1.Asn1;
  serial: forge.asn1.Asn1;
}

const identities = new Map<string, Identity>();

function readIdentity(p12: Buffer, passphrase: string): Identity {
  const id = createHash("sha256").update(p12).update("\0").update(passphrase).digest("hex");
  const known = identities.get(id);
  if (known) return known;
  const parsed = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(p12.toString("binary")),
    false,
    passphrase,
  );
  const keyBags = [
    ...(parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[
      forge.pki.oids.pkcs8ShroudedKeyBag
    ] ?? []),
    ...(parsed.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const key = keyBags[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new Error("no private key in the PKCS#12 file");
  const certs = (parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [])
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => !!c);
  const own = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.equals(key.n) && pub.e?.equals(key.e);
  });
  if (!own) throw new Error("no certificate matches the private key");
  // forge keeps each certificate's original TBSCertificate, so these are the file's bytes.
  const tbs = (own as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate
    .value as forge.asn1.Asn1[];
  const v = tbs[0].tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  const identity: Identity = {
    key: createPrivateKey(forge.pki.privateKeyToPem(key)),
    certs: [own, ...certs.filter((c) => c !== own)].map((c) => forge.pki.certificateToAsn1(c)),
    serial: tbs[v],
    issuer: tbs[v + 2],
  };
  if (identities.size >= 64) identities.clear();
  identities.set(id, identity);
  return identity;
}

const seq = (value: forge.asn1.Asn1[]) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, value);
const set = (value: forge.asn1.Asn1[]) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, value);
const oid = (o: string) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(o).getBytes());
const octets = (b: Buffer) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, b.toString("binary"));
const nul = () => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, "");
const int = (n: number) =>
  asn1.create(asn1.Class.UNIVERSAL, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
const algorithm = (o: string) => seq([oid(o), nul()]);
const der = (a: forge.asn1.Asn1) => Buffer.from(asn1.toDer(a).getBytes(), "binary");

export class P12CmsSigner extends Signer {
  readonly #id: Identity;

  constructor(p12: Buffer, passphrase: string) {
    super();
    this.#id = readIdentity(p12, passphrase);
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const id = this.#id;
    const attributes = [
      seq([oid(OID.contentType), set([oid(OID.data)])]),
      seq([
        oid(OID.signingTime),
        set([
          asn1.create(
            asn1.Class.UNIVERSAL,
            asn1.Type.UTCTIME,
            false,
            asn1.dateToUtcTime(signingTime ?? new Date()),
          ),
        ]),
      ]),
      seq([oid(OID.messageDigest), set([octets(createHash("sha256").update(pdfBuffer).digest())])]),
    ];
    // The signature is over the DER of the attributes as a SET OF (RFC 5652 §5.4).
    const signature = sign("sha256", der(set(attributes)), id.key);
    const signerInfo = seq([
      int(1),
      seq([id.issuer, id.serial]),
      algorithm(OID.sha256),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, attributes),
      algorithm(OID.rsaEncryption),
      octets(signature),
    ]);
    const signedData = seq([
      int(1),
      set([algorithm(OID.sha256)]),
      seq([oid(OID.data)]),
      asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, id.certs),
      set([signerInfo]),
    ]);
    return der(
      seq([oid(OID.signedData), asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [signedData])]),
    );
  }
}
