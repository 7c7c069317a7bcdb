// The signer against the examples AWS publishes in the S3 API reference ("Authenticating
// Requests: Using the Authorization Header (AWS Signature Version 4)", examples with the
// documentation's credentials at 2013-05-24T00:00:00Z): a signer that disagrees with them is
// refused by every real S3 service, whatever our own simulator says.
import { describe, expect, it } from "vitest";
import {
  canonicalQuery,
  EMPTY_SHA256,
  parseAuthorization,
  sha256Hex,
  signatureOf,
  signRequest,
} from "./sigv4.ts";

const KEYS = {
  accessKey: "AKIAIOSFODNN7EXAMPLE",
  secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  region: "us-east-1",
};
const AT = new Date("2013-05-24T00:00:00Z");
const HOST = "https://examplebucket.s3.amazonaws.com";
const signatureIn = (h: Record<string, string>) => parseAuthorization(h.authorization)?.signature;

describe("SigV4 signer: the published S3 examples", () => {
  it("GET Object (Range: bytes=0-9): the canonical request, string to sign and signature", () => {
    const h = signRequest(
      {
        method: "GET",
        url: new URL(`${HOST}/test.txt`),
        headers: { Range: "bytes=0-9" },
        payloadHash: EMPTY_SHA256,
      },
      KEYS,
      AT,
    );
    expect(h.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, " +
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, " +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
    const parts = signatureOf(
      {
        method: "GET",
        path: "/test.txt",
        query: "",
        headers: h,
        signedHeaders: ["host", "range", "x-amz-content-sha256", "x-amz-date"],
        payloadHash: EMPTY_SHA256,
      },
      "20130524T000000Z",
      KEYS,
    );
    expect(parts.canonical).toBe(
      [
        "GET",
        "/test.txt",
        "",
        "host:examplebucket.s3.amazonaws.com",
        "range:bytes=0-9",
        `x-amz-content-sha256:${EMPTY_SHA256}`,
        "x-amz-date:20130524T000000Z",
        "",
        "host;range;x-amz-content-sha256;x-amz-date",
        EMPTY_SHA256,
      ].join("\n"),
    );
    expect(parts.stringToSign).toBe(
      [
        "AWS4-HMAC-SHA256",
        "20130524T000000Z",
        "20130524/us-east-1/s3/aws4_request",
        "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972",
      ].join("\n"),
    );
  });

  it("PUT Object (a '$' in the key, a signed payload, Date and x-amz-storage-class)", () => {
    const payload = sha256Hex("Welcome to Amazon S3.");
    expect(payload).toBe("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072");
    const h = signRequest(
      {
        method: "PUT",
        url: new URL(`${HOST}/test$file.text`),
        headers: {
          Date: "Fri, 24 May 2013 00:00:00 GMT",
          "x-amz-storage-class": "REDUCED_REDUNDANCY",
        },
        payloadHash: payload,
      },
      KEYS,
      AT,
    );
    expect(h.authorization).toContain(
      "SignedHeaders=date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class",
    );
    expect(signatureIn(h)).toBe("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
  });

  it("GET Bucket Lifecycle (a query name without a value)", () => {
    const h = signRequest(
      { method: "GET", url: new URL(`${HOST}/?lifecycle`), payloadHash: EMPTY_SHA256 },
      KEYS,
      AT,
    );
    expect(signatureIn(h)).toBe("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");
  });

  it("GET Bucket (List Objects): the query sorted whatever order it is sent in", () => {
    for (const q of ["max-keys=2&prefix=J", "prefix=J&max-keys=2"]) {
      const h = signRequest(
        { method: "GET", url: new URL(`${HOST}/?${q}`), payloadHash: EMPTY_SHA256 },
        KEYS,
        AT,
      );
      expect(signatureIn(h)).toBe(
        "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
      );
    }
    expect(canonicalQuery("?list-type=2&prefix=a/b&continuation-token=x+y")).toBe(
      "continuation-token=x%20y&list-type=2&prefix=a%2Fb",
    );
  });

  it("a different secret, day or region gives a different signature", () => {
    const base = { method: "GET", url: new URL(`${HOST}/test.txt`), payloadHash: EMPTY_SHA256 };
    const ref = signatureIn(signRequest(base, KEYS, AT));
    expect(signatureIn(signRequest(base, { ...KEYS, secret: `${KEYS.secret}x` }, AT))).not.toBe(
      ref,
    );
    expect(signatureIn(signRequest(base, { ...KEYS, region: "ap-southeast-1" }, AT))).not.toBe(ref);
    expect(signatureIn(signRequest(base, KEYS, new Date("2013-05-25T00:00:00Z")))).not.toBe(ref);
  });
});
