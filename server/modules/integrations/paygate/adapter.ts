// The province's payment gateway, as its merchant integration is published (VNPAY API 2.1.0):
// the citizen is redirected to a signed payment URL; the gateway calls back the merchant's IPN
// address server to server (authoritative, may be repeated) and returns the browser to the
// return address (informative); both carry a signature checked with HMAC-SHA512.
import { gatewayDate, type Params, signatureValid, toQuery, withSignature } from "./signing.ts";

export interface PaygateConfig {
  /** Base address of the gateway (…/paymentv2/vpcpay.html is appended). */
  url: string;
  /** The merchant's terminal code (vnp_TmnCode). */
  tmnCode: string;
  /** The merchant's hash secret. */
  secret: string;
}

export interface PaymentOrder {
  /** Our reference, unique per attempt (vnp_TxnRef). */
  txnRef: string;
  /** In đồng. */
  amount: number;
  info: string;
  returnUrl: string;
  clientIp: string;
  at: Date;
}

export interface GatewayResult {
  txnRef: string;
  amount: number;
  /** "00" paid; anything else: not paid (24 cancelled, 51 insufficient funds…). */
  responseCode: string;
  transactionStatus: string;
  transactionNo: string;
  bankCode: string;
  payDate: string;
  paid: boolean;
}

export class PaymentGateway {
  constructor(readonly config: PaygateConfig) {}

  paymentUrl(o: PaymentOrder): string {
    const params: Params = {
      vnp_Version: "2.1.0",
      vnp_Command: "pay",
      vnp_TmnCode: this.config.tmnCode,
      // The gateway counts in hundredths of a đồng.
      vnp_Amount: String(o.amount * 100),
      vnp_CurrCode: "VND",
      vnp_TxnRef: o.txnRef,
      vnp_OrderInfo: o.info,
      vnp_OrderType: "other",
      vnp_Locale: "vn",
      vnp_ReturnUrl: o.returnUrl,
      vnp_IpAddr: o.clientIp,
      vnp_CreateDate: gatewayDate(o.at),
      vnp_ExpireDate: gatewayDate(new Date(o.at.getTime() + 15 * 60_000)),
    };
    return `${this.config.url.replace(/\/$/, "")}/paymentv2/vpcpay.html?${toQuery(withSignature(params, this.config.secret))}`;
  }

  /** The callback's or return's parameters, if their signature is the gateway's; else null. */
  verify(params: Params): GatewayResult | null {
    if (params.vnp_TmnCode !== this.config.tmnCode) return null;
    if (!signatureValid(params, this.config.secret)) return null;
    const hundredths = Number(params.vnp_Amount);
    if (!Number.isInteger(hundredths) || hundredths % 100 !== 0) return null;
    const responseCode = params.vnp_ResponseCode ?? "";
    const transactionStatus = params.vnp_TransactionStatus ?? "";
    return {
      txnRef: params.vnp_TxnRef ?? "",
      amount: hundredths / 100,
      responseCode,
      transactionStatus,
      transactionNo: params.vnp_TransactionNo ?? "",
      bankCode: params.vnp_BankCode ?? "",
      payDate: params.vnp_PayDate ?? "",
      paid: responseCode === "00" && transactionStatus === "00",
    };
  }
}

/** The IPN answers the gateway expects (it retries on anything but these). */
export const IPN = {
  ok: { RspCode: "00", Message: "Confirm Success" },
  notFound: { RspCode: "01", Message: "Order not found" },
  alreadyConfirmed: { RspCode: "02", Message: "Order already confirmed" },
  badAmount: { RspCode: "04", Message: "Invalid amount" },
  badSignature: { RspCode: "97", Message: "Invalid signature" },
  error: { RspCode: "99", Message: "Unknown error" },
} as const;
