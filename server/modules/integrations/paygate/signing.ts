// The payment gateway's signature, in the shape the Vietnamese gateways publish (VNPAY API 2.1.0):
// the vnp_ parameters sorted by name, form-encoded and joined with "&", signed with HMAC-SHA512
// under the merchant's secret; the hex signature travels as vnp_SecureHash.
import { createHmac, timingSafeEqual } from "node:crypto";

export type Params = Record<string, string>;

const formEncode = (v: string) => encodeURIComponent(v).replace(/%20/g, "+");

/** The signed text: every vnp_ parameter but the signature fields, sorted, form-encoded. */
export function signedText(params: Params): string {
  return Object.keys(params)
    .filter((k) => k.startsWith("vnp_") && k !== "vnp_SecureHash" && k !== "vnp_SecureHashType")
    .filter((k) => params[k] !== "")
    .sort()
    .map((k) => `${k}=${formEncode(params[k])}`)
    .join("&");
}

export function sign(params: Params, secret: string): string {
  return createHmac("sha512", secret).update(signedText(params), "utf8").digest("hex");
}

export function withSignature(params: Params, secret: string): Params {
  return { ...params, vnp_SecureHash: sign(params, secret) };
}

export function signatureValid(params: Params, secret: string): boolean {
  const given = params.vnp_SecureHash ?? "";
  const want = sign(params, secret);
  return (
    given.length === want.length &&
    timingSafeEqual(Buffer.from(given.toLowerCase()), Buffer.from(want))
  );
}

export function toQuery(params: Params): string {
  return Object.keys(params)
    .sort()
    .map((k) => `${k}=${formEncode(params[k])}`)
    .join("&");
}

/** yyyyMMddHHmmss in Vietnam time (UTC+7), as the gateway dates its messages. */
export function gatewayDate(at: Date): string {
  const v = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return v.slice(0, 19).replace(/[-T:]/g, "");
}
