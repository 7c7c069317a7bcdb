// SMS through a brandname gateway's HTTP API, in the shape the Vietnamese SMS providers publish
// (eSMS "SendMultipleMessage_V4_post_json": ApiKey, SecretKey, Brandname, SmsType 2 = customer
// care, RequestId for idempotence; CodeResult "100" = accepted).
import { DeliveryError, httpRefusal } from "../http/delivery-error.ts";
import { postJson } from "../http/json-server.ts";

export interface SmsConfig {
  url: string;
  apiKey: string;
  secretKey: string;
  brandname: string;
}

export class SmsGateway {
  constructor(readonly config: SmsConfig) {}

  /** The provider's message id; throws a DeliveryError with its result code (never the number). */
  async send(phone: string, content: string, requestId: string): Promise<string> {
    const r = await postJson(
      `${this.config.url}/MainService.svc/json/SendMultipleMessage_V4_post_json/`,
      {
        ApiKey: this.config.apiKey,
        SecretKey: this.config.secretKey,
        Brandname: this.config.brandname,
        SmsType: "2",
        IsUnicode: "0",
        Phone: phone,
        Content: content,
        RequestId: requestId,
      },
    );
    if (r.status !== 200) throw httpRefusal("SMS", r, "-");
    const code = String(r.json.CodeResult ?? "-");
    // 99: the number or the text is refused (sending it again cannot help); 101/104: our keys or
    // brandname (a setting the administrator fixes): retried.
    if (code !== "100") throw new DeliveryError(`SMS ${code}`, code === "99");
    return String(r.json.SMSID);
  }
}
