// CMS (PKCS#7) detached signer for @signpdf over a PKCS#12 identity. It does what
// @signpdf/signer-p12 does, and also copies the certificate's issuer Name byte for byte into the
// SignerInfo: node-forge re-encodes UTF-8 names twice, so with a Vietnamese CA or agency name the
// signer could not be found by other verifiers (OpenSSL, Acrobat).
import { Signer } from "@signpdf/signpdf";
import forge from "node-forge";

export class P12CmsSigner extends Signer {
  readonly #key: forge.pki.PrivateKey;
  readonly #cert: forge.pki.Certificate;
  readonly #chain: forge.pki.Certificate[];

  constructor(p12: Buffer, passphrase: string) {
    super();
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
    const certs = (
      parsed.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? []
    )
      .map((b) => b.cert)
      .filter((c): c is forge.pki.Certificate => !!c);
    const own = certs.find((c) => {
      const pub = c.publicKey as forge.pki.rsa.PublicKey;
      return pub.n?.equals(key.n) && pub.e?.equals(key.e);
    });
    if (!own) throw new Error("no certificate matches the private key");
    this.#key = key;
    this.#cert = own;
    this.#chain = certs;
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString("binary"));
    for (const c of this.#chain) p7.addCertificate(c);
    p7.addSigner({
      key: this.#key as never,
      certificate: this.#cert,
      digestAlgorithm: forge.pki.oids.sha256,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime, value: (signingTime ?? new Date()) as never },
        { type: forge.pki.oids.messageDigest },
      ],
    });
    p7.sign({ detached: true });
    const asn1 = p7.toAsn1();
    // ContentInfo → [0] → SignedData → signerInfos (last) → SignerInfo → sid → issuer Name.
    const signedData = (asn1.value[1] as forge.asn1.Asn1).value[0] as forge.asn1.Asn1;
    const infos = signedData.value as forge.asn1.Asn1[];
    const sid = (
      (infos[infos.length - 1].value[0] as forge.asn1.Asn1).value as forge.asn1.Asn1[]
    )[1];
    const tbs = (this.#cert as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate
      .value as forge.asn1.Asn1[];
    const issuer = tbs[tbs[0].tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 3 : 2];
    (sid.value as forge.asn1.Asn1[])[0] = issuer;
    return Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");
  }
}
