// AWS Signature Version 4 for S3 requests (header form), with node:crypto only: the canonical
// request, the string to sign, the derived key and the signature, as the S3 API reference
// "Authenticating Requests: Using the Authorization Header (AWS Signature Version 4)" defines
// them. The simulator checks requests with the same functions; the published examples pin both.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export const ALGORITHM = "AWS4-HMAC-SHA256";
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
export const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

export interface SigningKeys {
  accessKey: string;
  secret: string;
  region: string;
  /** "s3" unless told otherwise. */
  service?: string;
}

export const sha256Hex = (data: string | Uint8Array): string =>
  createHash("sha256").update(data).digest("hex");

const hmac = (key: Buffer | string, data: string): Buffer =>
  createHmac("sha256", key).update(data, "utf8").digest();

/** RFC 3986 encoding with upper-case hex; "/" kept in a path, encoded elsewhere. */
export function uriEncode(s: string, keepSlash: boolean): string {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c) || (keepSlash && c === "/")) out += c;
    else out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** The canonical URI: each segment of the (percent-decoded) path encoded once; S3 does not normalise. */
export function canonicalPath(rawPath: string): string {
  const path = rawPath === "" ? "/" : rawPath;
  return path
    .split("/")
    .map((seg) => uriEncode(safeDecode(seg), false))
    .join("/");
}

/** The canonical query: names and values encoded, sorted by name then value; "?a" is "a=". */
export function canonicalQuery(rawQuery: string): string {
  const q = rawQuery.startsWith("?") ? rawQuery.slice(1) : rawQuery;
  if (!q) return "";
  return q
    .split("&")
    .filter(Boolean)
    .map((pair) => {
      const i = pair.indexOf("=");
      const name = i < 0 ? pair : pair.slice(0, i);
      const value = i < 0 ? "" : pair.slice(i + 1);
      const dec = (s: string) => safeDecode(s.replace(/\+/g, " "));
      return [uriEncode(dec(name), false), uriEncode(dec(value), false)] as const;
    })
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([n, v]) => `${n}=${v}`)
    .join("&");
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export interface CanonicalInput {
  method: string;
  /** The path as sent (percent-encoded or not). */
  path: string;
  /** The query as sent, without or with its "?". */
  query: string;
  /** Lower-case names → values; only the signed ones are read. */
  headers: Record<string, string>;
  signedHeaders: readonly string[];
  payloadHash: string;
}

export function canonicalRequest(r: CanonicalInput): string {
  const names = [...r.signedHeaders].map((h) => h.toLowerCase()).sort();
  const headerLines = names
    .map((n) => `${n}:${(r.headers[n] ?? "").trim().replace(/\s+/g, " ")}\n`)
    .join("");
  return [
    r.method.toUpperCase(),
    canonicalPath(r.path),
    canonicalQuery(r.query),
    headerLines,
    names.join(";"),
    r.payloadHash,
  ].join("\n");
}

/** "20130524T000000Z" */
export const amzDate = (d: Date): string => `${d.toISOString().replace(/[-:]/g, "").slice(0, 15)}Z`;

const scopeOf = (date: string, keys: SigningKeys) =>
  `${date.slice(0, 8)}/${keys.region}/${keys.service ?? "s3"}/aws4_request`;

export function stringToSign(amzDateTime: string, keys: SigningKeys, canonical: string): string {
  return [ALGORITHM, amzDateTime, scopeOf(amzDateTime, keys), sha256Hex(canonical)].join("\n");
}

export function signingKey(secret: string, day: string, region: string, service = "s3"): Buffer {
  const kDate = hmac(`AWS4${secret}`, day);
  return hmac(hmac(hmac(kDate, region), service), "aws4_request");
}

/** The hex signature of a canonical request made at `amzDateTime`. */
export function signatureOf(
  r: CanonicalInput,
  amzDateTime: string,
  keys: SigningKeys,
): { signature: string; canonical: string; stringToSign: string } {
  const canonical = canonicalRequest(r);
  const sts = stringToSign(amzDateTime, keys, canonical);
  const key = signingKey(keys.secret, amzDateTime.slice(0, 8), keys.region, keys.service);
  return {
    signature: createHmac("sha256", key).update(sts, "utf8").digest("hex"),
    canonical,
    stringToSign: sts,
  };
}

export interface RequestToSign {
  method: string;
  url: URL;
  /** Headers the caller sends besides host, x-amz-date and x-amz-content-sha256 (all signed). */
  headers?: Record<string, string>;
  payloadHash: string;
}

/** The headers to send: the caller's, host, x-amz-date, x-amz-content-sha256 and authorization. */
export function signRequest(
  r: RequestToSign,
  keys: SigningKeys,
  now: Date,
): Record<string, string> {
  const when = amzDate(now);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
  headers.host = r.url.host;
  headers["x-amz-date"] = when;
  headers["x-amz-content-sha256"] = r.payloadHash;
  const signed = Object.keys(headers).sort();
  const { signature } = signatureOf(
    {
      method: r.method,
      path: r.url.pathname,
      query: r.url.search,
      headers,
      signedHeaders: signed,
      payloadHash: r.payloadHash,
    },
    when,
    keys,
  );
  headers.authorization = `${ALGORITHM} Credential=${keys.accessKey}/${scopeOf(when, keys)}, SignedHeaders=${signed.join(";")}, Signature=${signature}`;
  return headers;
}

export interface ParsedAuthorization {
  accessKey: string;
  day: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

/** The parts of an Authorization header, or null when it is not a SigV4 header. */
export function parseAuthorization(h: string | undefined): ParsedAuthorization | null {
  if (!h?.startsWith(`${ALGORITHM} `)) return null;
  const parts = Object.fromEntries(
    h
      .slice(ALGORITHM.length + 1)
      .split(",")
      .map((p) => p.trim())
      .map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]),
  ) as Record<string, string | undefined>;
  const cred = parts.Credential?.split("/");
  if (cred?.length !== 5 || cred[4] !== "aws4_request") return null;
  if (!parts.SignedHeaders || !parts.Signature) return null;
  return {
    accessKey: cred[0],
    day: cred[1],
    region: cred[2],
    service: cred[3],
    signedHeaders: parts.SignedHeaders.split(";"),
    signature: parts.Signature,
  };
}

/** Constant-time comparison of two hex signatures. */
export function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}
