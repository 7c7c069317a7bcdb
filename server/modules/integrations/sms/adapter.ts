// SMS through a brandname gateway's HTTP API, in the shape the Vietnamese SMS providers publish
// (eSMS "SendMultipleMessage_V4_post_json": ApiKey, SecretKey, Brandname, SmsType 2 = customer
// care, RequestId for idempotence; CodeResult "100" = accepted).
import { postJson } from "../http/json-server.ts";

export interface SmsConfig {
  url: string;
  apiKey: string;
  secretKey: string;
  brandname: string;
}

export class SmsGateway {
  constructor(readonly config: SmsConfig) {}

  /** The provider's message id; throws with its result code (never the number) otherwise. */
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
    if (r.json.CodeResult !== "100")
      throw new Error(`SMS ${String(r.json.CodeResult ?? r.status)}`);
    return String(r.json.SMSID);
  }
}
